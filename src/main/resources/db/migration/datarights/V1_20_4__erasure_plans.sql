-- The plans of erasures of a requester's data, or of the restriction of its processing: what each store's part does (statements with their
-- values bound apart, never written in; the rows each touches; what is kept and why; what the
-- database does beyond them; what blocks the plan) as JSON, for a rectification the keyed digest of its
-- new values (the values themselves are never kept), the digest the owner's confirmation
-- approves, what came of each store's transaction, and the certificate attached to the answer. Names and counts only, never a value.
create table erasure_plan (
  id uuid not null primary key,
  kind varchar(16) not null,
  organization_id uuid not null,
  request_id uuid not null,
  app_id uuid not null,
  app_name varchar(200) not null,
  status varchar(16) not null,
  digest varchar(64) not null,
  stores varchar(1000000) not null,
  planned_by uuid,
  planned_at timestamp with time zone not null,
  confirmed_by uuid,
  confirmed_at timestamp with time zone,
  heartbeat_at timestamp with time zone,
  finished_at timestamp with time zone,
  failure varchar(300),
  certificate_id uuid,
  values_digest varchar(64)
);
create index erasure_plan_by_request on erasure_plan (request_id, planned_at);
create index erasure_plan_by_status on erasure_plan (status, confirmed_at);
