-- Showing pupil-level trajectories in the list (with their pupil codes) is logged too.
alter table trajectory_access_log drop constraint trajectory_access_log_action_check;
alter table trajectory_access_log add constraint trajectory_access_log_action_check
    check (action in ('READ', 'LIST', 'CREATE', 'UPDATE', 'SESSION', 'EXPORT'));
