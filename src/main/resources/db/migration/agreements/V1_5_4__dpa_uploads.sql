-- The other way to sign: a PDF signed by hand, uploaded by the customer and reviewed by staff.
-- An accepted upload binds like an online signature.
create table dpa_upload (
  id uuid not null primary key,
  organization_id uuid not null,
  version_id varchar(40) not null references dpa_version (id),
  uploaded_by uuid not null,
  uploaded_at timestamp with time zone not null,
  filename varchar(200) not null,
  pdf bytea not null,
  sha256 varchar(64) not null,
  status varchar(10) not null,
  reviewed_by uuid,
  reviewed_at timestamp with time zone,
  reason varchar(1000),
  constraint dpa_upload_status_known check (status in ('PENDING', 'ACCEPTED', 'REJECTED'))
);
create index dpa_upload_by_organization on dpa_upload (organization_id, uploaded_at);
create index dpa_upload_by_status on dpa_upload (status, uploaded_at);
