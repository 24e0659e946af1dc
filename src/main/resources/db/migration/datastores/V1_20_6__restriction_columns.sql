-- The column of a table of a store's data map that marks a person's rows as restricted (GDPR art.
-- 18): a boolean set to true, or a timestamp or date set to the moment. Names only.
create table datastore_restriction_column (
  store_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  column_name varchar(128) not null,
  declared_at timestamp with time zone not null,
  primary key (store_id, schema_name, table_name)
);
