-- People named in an entry are chained by their keyed pseudonym, kept beside the identifier:
-- erasing a person replaces the identifier by the pseudonym and leaves the chain whole.
alter table trail_entry add column actor_pseudonym varchar(64);
alter table trail_entry add column object_pseudonym varchar(64);
create index trail_entry_by_actor on trail_entry (actor_id);
create index trail_entry_by_object on trail_entry (object_type, object_id);
