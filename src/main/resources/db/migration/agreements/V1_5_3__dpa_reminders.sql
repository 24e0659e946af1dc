-- Reminders sent to customers who have not accepted the current DPA version yet.
create table dpa_reminder (
  organization_id uuid not null,
  version_id varchar(40) not null references dpa_version (id),
  number int not null,
  sent_at timestamp with time zone not null,
  primary key (organization_id, version_id, number)
);
