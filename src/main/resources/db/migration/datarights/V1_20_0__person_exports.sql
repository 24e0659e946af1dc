-- The exports of a person's data for a rights request: each a work item (queued, running with its
-- heartbeat, completed with its counts and the attachment it became, or failed with the reason). The
-- data itself is never kept here: the ZIP goes to the request's answer as an attachment.
create table person_export (
  id uuid not null primary key,
  organization_id uuid not null,
  request_id uuid not null,
  status varchar(16) not null,
  requested_by uuid,
  requested_at timestamp with time zone not null,
  started_at timestamp with time zone,
  heartbeat_at timestamp with time zone,
  finished_at timestamp with time zone,
  table_count int,
  row_count bigint,
  size_bytes bigint,
  sha256 varchar(64),
  attachment_id uuid,
  failure varchar(300)
);
create index person_export_by_request on person_export (request_id, requested_at);
create index person_export_by_status on person_export (status, requested_at);
