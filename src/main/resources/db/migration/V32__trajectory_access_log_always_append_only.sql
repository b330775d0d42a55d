-- The access log's append-only triggers fire in every session, also one that switches ordinary
-- triggers off for replication (session_replication_role = replica), which a superuser connection
-- could otherwise use to update or delete log rows.
alter table trajectory_access_log enable always trigger trajectory_access_log_no_update_or_delete;
alter table trajectory_access_log enable always trigger trajectory_access_log_no_truncate;
