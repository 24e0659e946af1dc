-- Exports of an organization's data: requested by a member, built by a job into a ZIP file on disk
-- (named after the id, in article28.exports.directory), downloadable until it expires.
create table account_export (
  id uuid not null primary key,
  organization_id uuid not null,
  parts varchar(500) not null,
  status varchar(10) not null,
  requested_by uuid not null,
  requested_at timestamp with time zone not null,
  started_at timestamp with time zone,
  heartbeat_at timestamp with time zone,
  completed_at timestamp with time zone,
  expires_at timestamp with time zone,
  rows_total bigint not null,
  rows_written bigint not null,
  size_bytes bigint,
  sha256 varchar(64),
  failure varchar(500),
  constraint account_export_status_known check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'EXPIRED'))
);
create index account_export_by_organization on account_export (organization_id, requested_at);
create index account_export_by_status on account_export (status, expires_at);
