-- A file attached to an answer may be available for a limited time (a copy of the person's data):
-- once expired, it is deleted and the person's link no longer serves it.
alter table request_attachment add column expires_at timestamp with time zone;
create index request_attachment_by_expiry on request_attachment (expires_at);
