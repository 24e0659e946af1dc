-- The suppression list of each app: the identities of the people erased from its data stores, as
-- keyed digests (HMAC-SHA256 under the organization's key of the identity trimmed and lower-cased),
-- never in clear, with the request and the plan that erased them. After a backup is restored or data
-- imported again, the stores are searched for these digests.
create table suppression_entry (
  app_id uuid not null,
  digest varchar(64) not null,
  organization_id uuid not null,
  request_id uuid,
  plan_id uuid not null,
  recorded_at timestamp with time zone not null,
  primary key (app_id, digest)
);
create index suppression_entry_by_organization on suppression_entry (organization_id);
