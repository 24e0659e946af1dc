-- A request whose app the person could not name: the provider's support finds the app and assigns
-- it (app_id, app_name and organization_id are set then), keeping its receipt and its due day.
-- app_hint keeps what the person typed of the app, if anything.
alter table rights_request add column app_unknown boolean default false not null;
alter table rights_request add column app_hint varchar(500);
alter table rights_request add column assigned_at timestamp with time zone;
