-- A sub-processor announced by a change is PLANNED until the change takes effect; a removed one
-- stays in the table, REMOVED, so that past changes and the feed can still name it.
alter table subprocessor add column status varchar(10) default 'ACTIVE' not null;
alter table subprocessor add constraint subprocessor_status_known check (status in ('PLANNED', 'ACTIVE', 'REMOVED'));

-- A change to the register announced to customers: the sub-processor coming in (ADD, REPLACE)
-- and the one going out (REPLACE, REMOVE), effective on a date; applied_at is set by the job.
create table subprocessor_change (
  id uuid not null primary key,
  change_type varchar(10) not null,
  incoming_id uuid references subprocessor (id),
  outgoing_id uuid references subprocessor (id),
  summary varchar(2000) not null,
  effective_on date not null,
  announced_at timestamp with time zone not null,
  announced_by uuid,
  notified_organizations int not null,
  applied_at timestamp with time zone,
  constraint subprocessor_change_type_known check (change_type in ('ADD', 'REPLACE', 'REMOVE'))
);
create index subprocessor_change_by_date on subprocessor_change (announced_at);
create index subprocessor_change_due on subprocessor_change (applied_at, effective_on);

-- What one organization was told of a change, under the terms of the DPA version binding it then,
-- and what it answered: an objection (and staff's decision on it), or its consent or refusal.
-- The primary key makes the notice, and so its notifications, exist once per organization.
create table subprocessor_change_notice (
  change_id uuid not null references subprocessor_change (id),
  organization_id uuid not null,
  dpa_version varchar(40) not null,
  regime varchar(30) not null,
  notified_at timestamp with time zone not null,
  objection_window_days int,
  objection_closes_at timestamp with time zone,
  answer varchar(10),
  ground varchar(30),
  justification varchar(2000),
  answered_at timestamp with time zone,
  answered_by uuid,
  decision varchar(10),
  decision_reason varchar(2000),
  decided_at timestamp with time zone,
  decided_by uuid,
  constraint subprocessor_change_notice_pk primary key (change_id, organization_id),
  constraint subprocessor_change_notice_regime_known check (regime in ('PRIOR_WRITTEN_CONSENT', 'OBJECTION_WINDOW')),
  constraint subprocessor_change_notice_answer_known check (answer in ('OBJECTED', 'CONSENTED', 'REFUSED')),
  constraint subprocessor_change_notice_decision_known check (decision in ('UPHELD', 'DISMISSED'))
);
create index subprocessor_change_notice_by_organization on subprocessor_change_notice (organization_id, notified_at);
