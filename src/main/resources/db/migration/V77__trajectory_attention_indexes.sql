-- What needs a coordinator's attention on the start page, one partial index per reason (the NAFT referrals
-- waiting long use trajectory_waiting_idx): the start page reads the first few per project in the order it
-- lists them, and counts them all from the index alone, instead of reading and sorting every trajectory of
-- the coordinator's projects that needs attention.
create index trajectory_requested_idx on trajectory (project_id, referral_date nulls last, id)
    where status = 'REQUESTED';
create index trajectory_hours_used_idx on trajectory (project_id, referral_date nulls last, id)
    where status in ('APPROVED', 'RUNNING') and planned_hours > 0 and logged_hours >= 0.8 * planned_hours;
