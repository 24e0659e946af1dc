-- When the controller last asked the person for more information (the clock keeps running).
alter table rights_request add column information_requested_at timestamp with time zone;
