create table region (
  code varchar(40) not null primary key,
  infrastructure_provider varchar(100) not null,
  provider_region varchar(100) not null,
  datacenters varchar(500) not null,
  backup_location varchar(500) not null
);

create table hosted_app (
  id uuid not null primary key,
  organization_id uuid not null,
  name varchar(100) not null,
  region_code varchar(40) not null references region (code),
  contact_url varchar(500),
  created_at timestamp with time zone not null,
  constraint hosted_app_name_unique unique (name)
);
create index hosted_app_by_organization on hosted_app (organization_id);

create table invoice (
  number varchar(50) not null primary key,
  organization_id uuid not null,
  amount_cents bigint not null,
  currency varchar(3) not null,
  due_date date not null,
  status varchar(10) not null,
  updated_at timestamp with time zone not null,
  constraint invoice_status_known check (status in ('PAID', 'UNPAID'))
);
create index invoice_by_organization on invoice (organization_id);

-- The provider's own identity, as it appears on agreements and notices: one row.
create table provider_profile (
  id int not null primary key,
  legal_name varchar(200) not null,
  address varchar(500) not null,
  registration varchar(200) not null,
  dpo_name varchar(200) not null,
  dpo_email varchar(320) not null,
  support_email varchar(320) not null,
  constraint provider_profile_single_row check (id = 1)
);
