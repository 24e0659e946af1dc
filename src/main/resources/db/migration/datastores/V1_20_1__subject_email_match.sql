-- How a search compares the e-mail addresses of a subject's identity columns: IGNORE_CASE (case and
-- surrounding spaces aside) or EXACT.
alter table datastore_subject add column email_match varchar(16) default 'IGNORE_CASE' not null;
