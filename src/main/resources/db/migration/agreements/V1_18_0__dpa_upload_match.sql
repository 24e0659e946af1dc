-- How a copy signed by hand compares with the document the organization was given
-- (DocumentMatch): checked once, when it is uploaded. Copies uploaded before were never
-- checked.
alter table dpa_upload add column document_match varchar(20) default 'UNCHECKED' not null;
