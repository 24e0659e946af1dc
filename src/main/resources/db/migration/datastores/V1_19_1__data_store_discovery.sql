-- Discoveries of a data store's schema: each a work item (queued, running with its step and
-- heartbeat, completed or failed with what the connection came to), then a snapshot of the catalog
-- (names, types and keys only: never a value of the customer's data), and what changed since the
-- discovery before. The contents of the two latest completed snapshots of a store are kept.
create table datastore_discovery (
  id uuid not null primary key,
  store_id uuid not null,
  organization_id uuid not null,
  status varchar(16) not null,
  step varchar(24),
  requested_at timestamp with time zone not null,
  started_at timestamp with time zone,
  heartbeat_at timestamp with time zone,
  finished_at timestamp with time zone,
  table_count int,
  column_count int,
  failure varchar(32),
  previous_id uuid,
  tables_added int,
  tables_dropped int,
  columns_added int,
  columns_dropped int,
  columns_changed int
);
create index datastore_discovery_by_store on datastore_discovery (store_id, requested_at);
create index datastore_discovery_by_status on datastore_discovery (status, requested_at);

create table datastore_table (
  discovery_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  kind varchar(24) not null,
  estimated_rows bigint,
  primary_key varchar(4000) not null,
  primary key (discovery_id, schema_name, table_name)
);

create table datastore_column (
  discovery_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  column_name varchar(128) not null,
  position int not null,
  data_type varchar(200) not null,
  nullable boolean not null,
  max_length int,
  primary key (discovery_id, schema_name, table_name, column_name)
);

-- Foreign keys and indexes; their column lists are JSON arrays of names.
create table datastore_key (
  discovery_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  kind varchar(16) not null,
  key_name varchar(128) not null,
  unique_key boolean not null,
  columns varchar(4000) not null,
  referenced_schema varchar(128),
  referenced_table varchar(128),
  referenced_columns varchar(4000),
  primary key (discovery_id, schema_name, table_name, kind, key_name)
);

create table datastore_change (
  discovery_id uuid not null,
  change_kind varchar(24) not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  column_name varchar(128)
);
create index datastore_change_by_discovery on datastore_change (discovery_id, schema_name, table_name);

-- The category of personal data of each column: suggested by the classifier from the column's name,
-- type and a sample of its values (the evidence names the rules and the shares, never a value), then
-- reviewed by the customer. Kept by column across discoveries; a column that a later discovery no
-- longer finds is marked missing, its review kept.
create table datastore_classification (
  store_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  column_name varchar(128) not null,
  suggested_category varchar(24) not null,
  confidence int not null,
  evidence varchar(2000) not null,
  reviewed_category varchar(24),
  reviewed_by uuid,
  reviewed_at timestamp with time zone,
  discovery_id uuid not null,
  missing boolean not null,
  primary key (store_id, schema_name, table_name, column_name)
);
