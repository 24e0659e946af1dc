-- An owner may restrict the processing of the account's data (GDPR Art. 18): the provider then
-- only stores it. Null when the account is not restricted.
alter table organization add column restricted_at timestamp with time zone;
