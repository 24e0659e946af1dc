-- The unsigned content a document was made from: the provider's pre-signature changes the bytes
-- at each signing, the content does not, so the same document is shown until the content changes.
alter table dpa_document add column content_sha256 varchar(64);

-- Signatures: who signed which version, when, from where, over which exact document; and the
-- sealed PDF that resulted. One per organization and version.
create table dpa_signature (
  id uuid not null primary key,
  organization_id uuid not null,
  version_id varchar(40) not null references dpa_version (id),
  document_id uuid not null references dpa_document (id),
  document_sha256 varchar(64) not null,
  signer_id uuid not null,
  signed_at timestamp with time zone not null,
  ip_address varchar(64) not null,
  user_agent varchar(500) not null,
  company_name varchar(200) not null,
  company_address varchar(500) not null,
  signer_name varchar(200) not null,
  signer_title varchar(200) not null,
  dpo_name varchar(200) not null,
  dpo_email varchar(320) not null,
  signed_pdf bytea not null,
  signed_pdf_sha256 varchar(64) not null,
  constraint dpa_signature_once unique (organization_id, version_id)
);
create index dpa_signature_by_organization on dpa_signature (organization_id, signed_at);
