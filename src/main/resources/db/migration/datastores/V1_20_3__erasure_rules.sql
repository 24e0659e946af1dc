-- What erasing a person does to each table of a store's data map: delete the person's rows,
-- anonymize them in place column by column (set to null, a fixed value, a keyed pseudonym, or kept
-- with a legal reason), or keep them whole for a legal reason. Names of the customer's schema and its
-- own words only. A reached table without a rule has its person's rows deleted.
create table datastore_erasure_rule (
  store_id uuid not null,
  schema_name varchar(128) not null,
  table_name varchar(128) not null,
  action varchar(16) not null,
  reason varchar(500),
  column_rules varchar(4000) not null,
  declared_at timestamp with time zone not null,
  primary key (store_id, schema_name, table_name)
);
