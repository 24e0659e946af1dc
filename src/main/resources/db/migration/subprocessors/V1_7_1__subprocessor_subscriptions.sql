-- Anyone may follow the changes of sub-processors by email, after confirming the address
-- (double opt-in). The token, random and secret, is in every mail: it confirms and unsubscribes.
-- Unsubscribing deletes the row; unconfirmed rows are deleted after a few days.
create table subprocessor_subscription (
  id uuid not null primary key,
  email varchar(320) not null,
  token varchar(64) not null,
  requested_at timestamp with time zone not null,
  confirmed_at timestamp with time zone,
  -- When the last confirmation mail was asked for: re-sends are limited on it.
  last_mail_at timestamp with time zone not null,
  constraint subprocessor_subscription_email_unique unique (email),
  constraint subprocessor_subscription_token_unique unique (token)
);
create index subprocessor_subscription_pending on subprocessor_subscription (confirmed_at, last_mail_at);
