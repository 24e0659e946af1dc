-- Files the controller attaches to its answer (a copy of the data, a letter), kept with the request
-- and readable by the person through its private link.
create table request_attachment (
  id uuid not null primary key,
  request_id uuid not null references rights_request (id) on delete cascade,
  filename varchar(200) not null,
  content_type varchar(100) not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  content bytea not null,
  added_at timestamp with time zone not null
);
create index request_attachment_by_request on request_attachment (request_id, added_at);
