-- Database backups the host platform took of an app, as it reports them: the customer's export lists
-- them with the platform's download address. The files themselves stay with the platform.
create table app_backup (
  app_id uuid not null references hosted_app (id),
  backup_id varchar(100) not null,
  organization_id uuid not null,
  taken_at timestamp with time zone not null,
  size_bytes bigint not null,
  download_url varchar(1000) not null,
  recorded_at timestamp with time zone not null,
  constraint app_backup_pk primary key (app_id, backup_id),
  constraint app_backup_size_positive check (size_bytes >= 0)
);
create index app_backup_by_organization on app_backup (organization_id, taken_at);
