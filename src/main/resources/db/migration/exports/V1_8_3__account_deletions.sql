-- An owner's request to delete the account: scheduled for the end of the return period, then
-- cancelled or carried out. After the purge the row stays as evidence, naming no person.
create table account_deletion (
  id uuid not null primary key,
  organization_id uuid not null,
  requested_by uuid,
  requested_at timestamp with time zone not null,
  purge_after timestamp with time zone not null,
  status varchar(10) not null,
  closed_by uuid,
  closed_at timestamp with time zone,
  constraint account_deletion_status_known check (status in ('SCHEDULED', 'CANCELLED', 'PURGED'))
);
create index account_deletion_by_organization on account_deletion (organization_id, requested_at);
create index account_deletion_due on account_deletion (status, purge_after);
