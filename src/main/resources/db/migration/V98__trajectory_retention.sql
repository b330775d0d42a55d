-- Retention of pupil-level trajectories (NAFT, bridge coaching) and of their access log.
--
-- 1. When a trajectory was closed. closed_at is set by the database when a trajectory reaches a closed
--    status (FINISHED, STOPPED; both are final), on every path: the portal, an import, a script. A row
--    inserted already closed counts from its end date when that is earlier than now. Existing closed
--    trajectories count from the first revision of their change history in a closed status, or from
--    their end date when that is earlier, else from when they were entered.
alter table trajectory add column closed_at timestamp with time zone;
alter table trajectory add column anonymised_at timestamp with time zone;

update trajectory t
set closed_at = coalesce(least(
        (select to_timestamp(min(r.revtstmp) / 1000.0)
         from trajectory_aud a join revinfo r on r.rev = a.rev
         where a.id = t.id and a.status in ('FINISHED', 'STOPPED')),
        (t.end_date + 1)::timestamp at time zone 'Europe/Brussels'), t.created_at)
where t.status in ('FINISHED', 'STOPPED');

create function trajectory_closed_at() returns trigger
language plpgsql as $$
begin
    if new.status not in ('FINISHED', 'STOPPED') then
        new.closed_at := null;
    elsif tg_op = 'INSERT' then
        new.closed_at := coalesce(new.closed_at,
            least(now(), (new.end_date + 1)::timestamp at time zone 'Europe/Brussels'));
    elsif old.status not in ('FINISHED', 'STOPPED') or old.closed_at is null then
        new.closed_at := coalesce(new.closed_at, now());
    end if;
    return new;
end;
$$;
create trigger trajectory_closed_at
    before insert or update of status on trajectory
    for each row execute function trajectory_closed_at();

-- 2. Anonymised trajectories (TrajectoryRetention): a pupil-level trajectory keeps its pupil code until the
--    retention job removes it together with every free text; the check that such a trajectory has a code
--    holds until then. The job's filter reads only the closed pupil-level trajectories not yet anonymised.
do $$
declare
    name text;
begin
    select conname into strict name from pg_constraint
    where conrelid = 'trajectory'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%pupil_code IS NOT NULL%';
    execute format('alter table trajectory drop constraint %I', name);
end;
$$;
alter table trajectory add constraint trajectory_pupil_code_check
    check (kind = 'RISK' or pupil_code is not null or anonymised_at is not null);
alter table trajectory add constraint trajectory_anonymised_closed_check
    check (anonymised_at is null or status in ('FINISHED', 'STOPPED'));
create index trajectory_retention_idx on trajectory (closed_at)
    where anonymised_at is null and kind in ('NAFT', 'BRIDGE');
-- what was done in a session is free text too, removed with the rest (the date and the hours stay)
alter table trajectory_session alter column activity drop not null;
alter table trajectory_session_change alter column old_activity drop not null;

-- 3. The access log: append-only, and rows past their retention removed by one path only.
--    Append-only protects the trail's integrity: no row is ever changed, and no row is removed by the
--    application's ordinary statements, by a mistake or by someone covering their tracks. Retention
--    (GDPR storage limitation) removes whole rows, never parts of them, only once they are older than
--    the retention period (aanboord.privacy.access-log-retention, five years), and only through
--    trajectory_access_log_purge(cutoff), which the nightly job calls. The trigger lets a DELETE
--    through only when all of these hold:
--    - the function has announced its cutoff in a setting local to its transaction, and the DELETE
--      runs inside that function (its name is on the call stack);
--    - the row is older than that cutoff;
--    - the row is older than the floor of one year, held here in the database, so that even that path
--      (a wrong setting, a wrong clock) cannot remove recent rows.
--    UPDATE and TRUNCATE stay refused always. The triggers stay enabled ALWAYS (V32).
create or replace function trajectory_access_log_append_only() returns trigger
language plpgsql as $$
declare
    stack  text;
    cutoff text;
begin
    if tg_op = 'DELETE' then
        cutoff := nullif(current_setting('aanboord.access_log_purge_cutoff', true), '');
        get diagnostics stack = pg_context;
        if cutoff is not null and stack like '%function trajectory_access_log_purge(%'
                and old.at < cutoff::timestamptz and old.at < now() - interval '1 year' then
            return old;
        end if;
    end if;
    raise exception 'trajectory_access_log is append-only: % refused', tg_op
        using hint = 'rows past their retention are removed only by trajectory_access_log_purge(cutoff)';
end;
$$;

-- Removes the access log's rows older than cutoff, which must lie at least one year in the past;
-- returns how many it removed and writes that number to the server log.
create function trajectory_access_log_purge(cutoff timestamp with time zone) returns bigint
language plpgsql as $$
declare
    removed bigint;
begin
    if cutoff is null or cutoff > now() - interval '1 year' then
        raise exception 'trajectory_access_log_purge: cutoff % is less than one year ago; refused', cutoff;
    end if;
    perform set_config('aanboord.access_log_purge_cutoff', cutoff::text, true);
    delete from trajectory_access_log where at < cutoff;
    get diagnostics removed = row_count;
    perform set_config('aanboord.access_log_purge_cutoff', '', true);
    raise log 'trajectory_access_log_purge: removed % rows older than %', removed, cutoff;
    return removed;
end;
$$;
