-- The customers' data stores a breach names, by id, one a line: their data maps give each customer
-- told the categories and the approximate number of people in its draft notification.
alter table incident add column scope_store_ids varchar(4000);
