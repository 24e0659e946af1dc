-- The data map's declarations: the tables that describe a person with their identity columns (a
-- JSON array of names), and the links without a foreign key (a column holding the value of another
-- table's column, such as an audit log's actor_email). Names of the customer's schema only.
create table datastore_subject (
  store_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  identity_columns varchar(4000) not null,
  declared_at timestamp with time zone not null,
  primary key (store_id, schema_name, table_name)
);

create table datastore_link (
  id uuid not null primary key,
  store_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  column_name varchar(128) not null,
  target_schema varchar(128) not null,
  target_table varchar(128) not null,
  target_column varchar(128) not null,
  declared_at timestamp with time zone not null
);
create index datastore_link_by_store on datastore_link (store_id);
