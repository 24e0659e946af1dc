-- The address a failed sign-in came from, as a digest: failures are counted per address too.
alter table login_failure add column source_digest varchar(64);
create index login_failure_by_source on login_failure (source_digest, failed_at);
