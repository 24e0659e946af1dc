create table authority_access (
    id uuid primary key,
    authority varchar(200) not null,
    issued_at timestamp with time zone not null,
    issued_by uuid not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    revoked_by uuid,
    token_digest varchar(64) not null
);
create unique index authority_access_by_token on authority_access (token_digest);
create index authority_access_by_issue on authority_access (issued_at);
