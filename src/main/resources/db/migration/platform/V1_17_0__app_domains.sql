-- The custom domains of an app (acme-health.example), besides its host name on the platform: a
-- person names the app by the address it knows. Lower-case host names, each on one app only.
create table app_domain (
  domain varchar(253) not null primary key,
  app_id uuid not null references hosted_app (id),
  position int not null
);
create index app_domain_by_app on app_domain (app_id, position);
