-- A request of the security staff to tell the customers a breach affects (or to send them
-- a phase of follow-up information): queued at once, worked through in batches, with its progress.
create table breach_notification (
    id uuid primary key,
    incident_id uuid not null references incident (id),
    kind varchar(20) not null,
    phase int,
    requested_at timestamp with time zone not null,
    requested_by uuid not null,
    status varchar(20) not null,
    organizations int,
    told int not null,
    finished_at timestamp with time zone,
    constraint breach_notification_kind_known check (kind in ('NOTICE', 'FOLLOW_UP')),
    constraint breach_notification_status_known check (status in ('QUEUED', 'RUNNING', 'DONE'))
);

create index breach_notification_by_incident on breach_notification (incident_id, requested_at);

-- One customer told of one breach: when, which of its apps, when it says it became aware, when it
-- says it notified its supervisory authority (with the draft version sent) or decided it need not
-- (with the reason), and when it was reminded of its deadline.
create table breach_notice (
    incident_id uuid not null,
    organization_id uuid not null,
    notified_at timestamp with time zone not null,
    aware_at timestamp with time zone,
    aware_recorded_by uuid,
    authority_decided_at timestamp with time zone,
    authority_code varchar(2),
    authority_reference varchar(200),
    authority_draft_version int,
    authority_recorded_by uuid,
    not_notified_reason varchar(5000),
    reminded_at timestamp with time zone,
    primary key (incident_id, organization_id)
);

create index breach_notice_by_organization on breach_notice (organization_id, notified_at);

create index breach_notice_to_remind on breach_notice (reminded_at, authority_decided_at, notified_at);

-- The apps of each notice. Neither the notices nor their apps have foreign keys: a breach of a
-- region inserts tens of thousands of rows in one go, and PostgreSQL checked each one with a plan of
-- the key lookup made while the referenced table was nearly empty, a scan of the whole table per row
-- (bench/README.md). Incidents are never deleted; notices and apps are written and erased together
-- by BreachNotices.
create table breach_notice_app (
    incident_id uuid not null,
    organization_id uuid not null,
    app_id uuid not null,
    app_name varchar(100) not null,
    region_code varchar(40) not null,
    primary key (incident_id, organization_id, app_id)
);

-- Information the provider adds in phases after the first notice (Art. 33(4) GDPR).
create table breach_follow_up (
    incident_id uuid not null references incident (id),
    phase int not null,
    body varchar(5000) not null,
    posted_at timestamp with time zone not null,
    posted_by uuid not null,
    primary key (incident_id, phase)
);

-- Every saved version of a customer's draft notification to its supervisory authority.
create table authority_draft (
    incident_id uuid not null,
    organization_id uuid not null,
    version int not null,
    authority varchar(2),
    nature varchar(5000) not null,
    approximate_people bigint,
    approximate_records bigint,
    contact varchar(1000) not null,
    consequences varchar(5000) not null,
    measures varchar(5000) not null,
    delay_reasons varchar(5000),
    saved_at timestamp with time zone not null,
    saved_by uuid not null,
    primary key (incident_id, organization_id, version)
);
