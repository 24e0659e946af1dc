-- Where a follow-up stopped: the last organization it reached, in the order it tells them, so
-- that a run resumed after a failure tells the others only.
alter table breach_notification add column resume_after uuid;
