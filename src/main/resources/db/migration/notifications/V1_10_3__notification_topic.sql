-- What many notifications were stored for together (a breach told to every customer of a region),
-- so that their delivery is counted through an index rather than by scanning the keys.
alter table notification add column topic varchar(100);

create index notification_by_topic on notification (topic, status);
