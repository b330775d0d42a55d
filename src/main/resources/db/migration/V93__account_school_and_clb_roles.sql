-- Two roles for the attendance prevention plan and the help-line card: SCHOOL (staff of one school: its care
-- coordinator, director) and CLB (a worker of a centre for pupil guidance, for the schools whose clb_id is that
-- CLB). A school user is linked to their school; a CLB user to their CLB through organisation_id (an organisation
-- with clb = true). The user administration checks both with a Dutch message; the deferred triggers below keep
-- the database consistent whatever writes it.
alter table account add column school_id bigint references school (id);
create index account_school_idx on account (school_id) where school_id is not null;

alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('ADMIN', 'COORDINATOR', 'PARTNER', 'EDITOR', 'CITY', 'SCHOOL', 'CLB'));

-- A SCHOOL account has a school; a CLB account's organisation is a CLB. Checked at commit, when the account and
-- its roles are both written.
create function account_scope_check() returns trigger language plpgsql as $$
declare
    checked bigint;
begin
    if tg_table_name = 'account' then
        checked := new.id;
    else
        checked := new.account_id;
    end if;
    if exists (select 1 from account_role r join account a on a.id = r.account_id
               where r.account_id = checked and r.role = 'SCHOOL' and a.school_id is null) then
        raise exception 'account % has the role SCHOOL without a school', checked
            using errcode = 'check_violation';
    end if;
    if exists (select 1 from account_role r join account a on a.id = r.account_id
               left join organisation o on o.id = a.organisation_id
               where r.account_id = checked and r.role = 'CLB' and not coalesce(o.clb, false)) then
        raise exception 'account % has the role CLB without a CLB organisation', checked
            using errcode = 'check_violation';
    end if;
    return null;
end;
$$;

create constraint trigger account_role_scope_check after insert or update on account_role
    deferrable initially deferred for each row execute function account_scope_check();
create constraint trigger account_scope_check after update of school_id, organisation_id on account
    deferrable initially deferred for each row execute function account_scope_check();
