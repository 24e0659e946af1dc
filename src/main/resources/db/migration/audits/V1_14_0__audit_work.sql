-- The audit after its dates are agreed: the work starts, then ends; reports are attached by
-- either side; assistance beyond the contract is quoted and approved in writing first.
alter table audit_request drop constraint audit_request_status_known;
alter table audit_request add constraint audit_request_status_known
    check (status in ('SUBMITTED', 'CONCERNS_RAISED', 'AGREED', 'IN_PROGRESS', 'DONE', 'REFUSED'));
alter table audit_request add column started_at timestamp with time zone;
alter table audit_request add column started_by uuid;
alter table audit_request add column completed_at timestamp with time zone;
alter table audit_request add column completed_by uuid;

-- A quote for assistance the DPA does not include. The customer's written approval keeps
-- the name it typed and the SHA-256 of the quote as shown, so what was approved is provable.
create table audit_fee_quote (
    id uuid primary key,
    request_id uuid not null references audit_request (id),
    proposed_at timestamp with time zone not null,
    proposed_by uuid not null,
    assistance varchar(2000) not null,
    amount_cents bigint not null,
    currency varchar(3) not null,
    status varchar(20) not null,
    answered_at timestamp with time zone,
    answered_by uuid,
    approver_name varchar(200),
    approved_sha256 varchar(64),
    decline_reason varchar(2000),
    constraint audit_fee_quote_status_known check (status in ('PROPOSED', 'APPROVED', 'DECLINED')),
    constraint audit_fee_quote_amount_positive check (amount_cents > 0)
);

create index audit_fee_quote_by_request on audit_fee_quote (request_id, proposed_at);

-- Audit reports: visible to the organization and to the provider's staff only.
create table audit_report (
    id uuid primary key,
    request_id uuid not null references audit_request (id),
    side varchar(10) not null,
    filename varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    added_at timestamp with time zone not null,
    added_by uuid not null
);

create index audit_report_by_request on audit_report (request_id, added_at);
