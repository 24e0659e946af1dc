-- The register of sub-processors, as published to customers and to the public.
create table subprocessor (
  id uuid not null primary key,
  name varchar(200) not null,
  contact varchar(500) not null,
  purpose varchar(500) not null,
  legal_basis varchar(300) not null,
  data_categories varchar(500) not null,
  country varchar(2) not null,
  location varchar(200) not null,
  transfer_safeguard varchar(20) not null,
  transfer_destination varchar(200),
  platform_regions varchar(300) not null,
  audits varchar(500) not null,
  created_at timestamp with time zone not null,
  constraint subprocessor_name_unique unique (name)
);
