-- A mail may carry one attachment, such as the signed DPA, stored with it so that a retry sends the same file.
alter table notification add column attachment_name varchar(200);
alter table notification add column attachment bytea;
