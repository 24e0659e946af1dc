-- The customer's hosted databases that its apps use, as the platform provisions them. The password
-- is kept only encrypted (AES-GCM, the key outside the database); the last connection check says
-- whether the store could be reached, never what the driver said.
create table data_store (
  id uuid not null primary key,
  organization_id uuid not null,
  app_id uuid not null,
  label varchar(100) not null,
  engine varchar(16) not null,
  host varchar(253),
  port int not null,
  database_name varchar(63) not null,
  username varchar(63) not null,
  tls_mode varchar(16) not null,
  password_ciphertext varchar(2000) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  check_status varchar(32),
  check_server_version varchar(200),
  check_millis bigint,
  checked_at timestamp with time zone
);
create index data_store_by_organization on data_store (organization_id, label, id);
create index data_store_by_app on data_store (app_id);
