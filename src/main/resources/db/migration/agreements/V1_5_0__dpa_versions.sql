-- DPA versions: the text as a Markdown template, the terms as columns every workflow reads.
create table dpa_version (
  id varchar(40) not null primary key,
  title varchar(200) not null,
  published_at timestamp with time zone not null,
  template varchar(100000) not null,
  sub_processing varchar(30) not null,
  objection_window_days int,
  objection_grounds varchar(200) not null,
  audits_per_year int not null,
  audit_notice_weeks int not null,
  return_period_days int not null,
  trail_retention_months int not null,
  governing_law varchar(200) not null,
  constraint dpa_version_regime_known check (sub_processing in ('PRIOR_WRITTEN_CONSENT', 'OBJECTION_WINDOW'))
);

-- Each document shown to a customer for signature, kept with its hash: a signature names the
-- exact bytes it accepts.
create table dpa_document (
  id uuid not null primary key,
  organization_id uuid not null,
  version_id varchar(40) not null references dpa_version (id),
  sha256 varchar(64) not null,
  pdf bytea not null,
  created_at timestamp with time zone not null
);
create index dpa_document_by_organization on dpa_document (organization_id, version_id, created_at);
create index dpa_document_by_hash on dpa_document (sha256);
