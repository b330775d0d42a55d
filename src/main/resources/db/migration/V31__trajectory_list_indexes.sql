-- The trajectory list sorts a school year's trajectories by school name or by newest first and counts them;
-- these indexes let PostgreSQL read only the page it shows and count from the index alone.
create index school_name_sort_idx on school (name, id);

drop index trajectory_school_idx;
create index trajectory_school_idx on trajectory (school_id, school_year, kind, status);

create index trajectory_year_id_idx on trajectory (school_year, id desc);
create index trajectory_year_start_idx on trajectory (school_year, start_date desc nulls last, id desc);
create index trajectory_year_kind_status_idx on trajectory (school_year, kind, status) include (project_id, partner_id, id);
