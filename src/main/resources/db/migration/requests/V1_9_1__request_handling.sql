-- Handling a request: the one extension (by up to two months, with the reason told to the
-- person), the answer and its outcome, the closing, the escalation to the provider's support
-- when the owner does not acknowledge in time.
alter table rights_request add column extended_due_on date;
alter table rights_request add column extension_reason varchar(2000);
alter table rights_request add column extended_at timestamp with time zone;
alter table rights_request add column outcome varchar(25);
alter table rights_request add column answer varchar(5000);
alter table rights_request add column answered_at timestamp with time zone;
alter table rights_request add column answered_by uuid;
alter table rights_request add column closed_at timestamp with time zone;
alter table rights_request add column escalated_at timestamp with time zone;
alter table rights_request add constraint rights_request_outcome_known check (outcome in ('FULFILLED',
  'PARTIALLY_FULFILLED', 'REFUSED'));
create index rights_request_unacknowledged on rights_request (status, escalated_at, received_at);

-- The conversation of a request: messages of the person, of the controller, of the provider's
-- support, in order.
create table request_message (
  id uuid not null primary key,
  request_id uuid not null references rights_request (id) on delete cascade,
  author varchar(12) not null,
  body varchar(5000) not null,
  created_at timestamp with time zone not null,
  constraint request_message_author_known check (author in ('REQUESTER', 'CONTROLLER', 'PROVIDER'))
);
create index request_message_by_request on request_message (request_id, created_at);

-- Reminders sent before the due date, each once.
create table request_reminder (
  request_id uuid not null references rights_request (id) on delete cascade,
  days_before int not null,
  sent_at timestamp with time zone not null,
  constraint request_reminder_pk primary key (request_id, days_before)
);
