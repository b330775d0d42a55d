-- Demo trajectories (development and tests only): the 2021-2022 targets of the action plans
-- (19 Ris+K BaO trajectories of 10 h, 21 Ris+K SO, at least 10 supplementary NAFT trajectories,
-- 28 bridge-coaching trajectories of about 6 h) and a smaller 2020-2021 for comparison. Pupils
-- appear only by a pseudonymous code; schools and coaches are fictitious. Idempotent: each block
-- only runs when its project and school year have no trajectories yet.

-- Ris+K (BaO and SO), 2020-2021 and 2021-2022
insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, start_date, end_date,
                        planned_hours, question_type, level, question, evaluation, logged_by_id, logged_by_name)
select 'RISK', p.id, v.school_year, s.id, o.id,
       case when v.school_year = 2020 or n % 4 <> 0 then 'FINISHED' when n % 8 = 0 then 'RUNNING' else 'APPROVED' end,
       make_date(v.school_year, 10, 1) + (n * 5), make_date(v.school_year + 1, 5, 31),
       10,
       (array['CURATIVE', 'PREVENTIVE', 'CARE_POLICY'])[1 + n % 3],
       case when v.code = 'RISK_SO' then 'SO' when s.level = 'KLEUTER' then 'SAMEN_SPEL' else s.level end,
       (array['Het team zoekt handvatten om rust te brengen in een klasgroep die vaak escaleert.',
              'Hoe gaan we als team eenduidig om met grensoverschrijdend gedrag op de speelplaats?',
              'We willen ons zorgbeleid rond moeilijk hanteerbaar gedrag herwerken met het zorgteam.',
              'Leerkrachten willen de conflictcyclus leren herkennen en erop reageren.',
              'Samenwerking met ouders verbeteren bij herhaald storend gedrag in de klas.'])[1 + n % 5],
       case when v.school_year = 2020 or n % 4 <> 0
            then 'Het team ervaart meer rust en hanteert een gedeelde aanpak; opvolging in het lerend netwerk.' end,
       (select id from account where username = 'coordinator'), 'Koen Coördinator (demo)'
from (values ('RISK_BAO', 2021, 19), ('RISK_SO', 2021, 21), ('RISK_BAO', 2020, 16), ('RISK_SO', 2020, 18))
     as v (code, school_year, how_many)
join project p on p.code = v.code
cross join lateral generate_series(1, v.how_many) as n
join lateral (
    select sc.id, sc.level from school sc
    where (v.code = 'RISK_BAO' and sc.level in ('KLEUTER', 'BAO', 'BUBAO'))
       or (v.code = 'RISK_SO' and sc.level in ('SO', 'BUSO'))
    order by sc.name offset (n % (case when v.code = 'RISK_BAO' then 7 else 5 end)) limit 1) s on true
join lateral (
    select org.id from organisation org
    where org.name = case
        when v.code = 'RISK_BAO' and s.level = 'KLEUTER' then 'UCLL'
        when v.code = 'RISK_BAO' then (array['Arktos', 'De Schommel'])[1 + n % 2]
        else (array['Arktos', 'Koïnoor', 'Profo', 'De Acht', 'DOCA', 'Yuneco', 'Alba'])[1 + n % 7] end) o on true
where not exists (select 1 from trajectory t where t.project_id = p.id and t.school_year = v.school_year);

-- NAFT 2021-2022: 14 trajectories executed by Cidar, 11 supplementary to the regular offer;
-- three still waiting.
insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, start_date, end_date,
                        planned_hours, pupil_code, referring_clb_id, referral_date, waiting_position,
                        round_table_date, round_table_participants, naft_forms, intensity, duration_weeks,
                        supplementary, staff_hours, outcome, logged_by_id, logged_by_name)
select 'NAFT', p.id, 2021, s.id, cidar.id,
       case when n > 11 then 'WAITING' when n > 8 then 'RUNNING' else 'FINISHED' end,
       case when n <= 11 then make_date(2021, 10, 4) + n * 9 end,
       case when n <= 8 then make_date(2022, 3, 1) + n * 7 end,
       24, 'N21-DEMO' || lpad(n::text, 2, '0'),
       s.clb_id, make_date(2021, 9, 13) + n * 8, case when n > 11 then n - 11 end,
       case when n <= 11 then make_date(2021, 9, 27) + n * 9 end,
       case when n <= 11 then 'CLB,NAFT_WORKER,PARENTS,PUPIL,SCHOOL' end,
       (array['INDIVIDUAL_COACHING', 'ALTERNATIVE_LEARNING_INDIVIDUAL,INDIVIDUAL_COACHING',
              'CLASS_GUIDANCE,TEACHER_COACHING', 'ALTERNATIVE_LEARNING_GROUP', 'RESTORATIVE_INTERVENTION',
              'STUDY_SUPPORT,WORKPLACE_LEARNING'])[1 + n % 6],
       (array['2 halve dagen per week', '1 dag per week', '3 halve dagen per week'])[1 + n % 3],
       8 + n % 5 * 2, n <= 11, 30 + n * 2,
       case when n <= 8 then (array['OWN_SCHOOL', 'OWN_SCHOOL', 'OTHER_SCHOOL', 'TRAINING', 'OWN_SCHOOL', 'WORK',
                                    'OWN_SCHOOL', 'DROPPED_OUT'])[n] end,
       (select id from account where username = 'beheerder'), 'Bea Beheer (demo)'
from project p
join organisation cidar on cidar.name = 'Cidar'
cross join generate_series(1, 14) as n
join lateral (select sc.id, sc.clb_id from school sc where sc.level in ('SO', 'BUSO')
              order by sc.name offset (n % 5) limit 1) s on true
where p.code = 'NAFT'
  and not exists (select 1 from trajectory t where t.project_id = p.id and t.school_year = 2021);

-- A NAFT pupil is known by code, school and level: here the level of the school.
update trajectory t set level = s.level
from school s
where s.id = t.school_id and t.kind = 'NAFT' and t.level is null and t.pupil_code like 'N21-DEMO%';

-- Bridge coaching 2021-2022: 28 trajectories of about 6 hours, coached from Arktos.
insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, start_date, end_date,
                        planned_hours, pupil_code, coach, logged_by_id, logged_by_name)
select 'BRIDGE', p.id, 2021, s.id, arktos.id,
       case when n <= 22 then 'FINISHED' when n <= 26 then 'RUNNING' else 'APPROVED' end,
       make_date(2021, 9, 20) + n * 6, case when n <= 22 then make_date(2021, 12, 1) + n * 6 end,
       6, 'B21-DEMO' || lpad(n::text, 2, '0'),
       (array['Brugcoach A (Arktos)', 'Brugcoach B (Arktos)', 'Brugcoach C (Arktos)'])[1 + n % 3],
       (select id from account where username = 'beheerder'), 'Bea Beheer (demo)'
from project p
join organisation arktos on arktos.name = 'Arktos'
cross join generate_series(1, 28) as n
join lateral (select sc.id from school sc where sc.level in ('BAO', 'SO', 'BUSO')
              order by sc.name offset (n % 7) limit 1) s on true
where p.code = 'BRUGCOACHES'
  and not exists (select 1 from trajectory t where t.project_id = p.id and t.school_year = 2021);

-- Sessions: finished trajectories have used their planned hours, running ones about half.
insert into trajectory_session (trajectory_id, session_date, hours, activity, note, logged_by_id, logged_by_name)
select t.id, least(coalesce(t.start_date, make_date(t.school_year, 10, 1)) + (k - 1) * 14,
                   make_date(t.school_year + 1, 6, 30)),
       t.planned_hours / 4,
       (array['Intake met directie en zorgteam', 'Coaching van het team', 'Observatie in de klas',
              'Evaluatiegesprek'])[k],
       null, t.logged_by_id, t.logged_by_name
from trajectory t
cross join generate_series(1, 4) as k
where t.status in ('FINISHED', 'RUNNING', 'STOPPED')
  and (t.status <> 'RUNNING' or k <= 2)
  and not exists (select 1 from trajectory_session ts where ts.trajectory_id = t.id);

-- A session logged by the demo partner (Arktos) itself, which it may correct or remove.
insert into trajectory_session (trajectory_id, session_date, hours, activity, note, logged_by_id, logged_by_name)
select t.id, make_date(t.school_year + 1, 2, 7), 1.5, 'Coaching van het team na de krokusvakantie', null, a.id,
       a.display_name
from account a
join lateral (select t.id, t.school_year from trajectory t join project p on p.id = t.project_id
              join organisation o on o.id = t.partner_id
              where p.code = 'RISK_SO' and o.name = 'Arktos' order by t.id desc limit 1) t on true
where a.username = 'partner'
  and not exists (select 1 from trajectory_session ts where ts.trajectory_id = t.id and ts.logged_by_id = a.id);

update trajectory t
set logged_hours = coalesce(s.hours, 0), session_count = coalesce(s.sessions, 0)
from (select trajectory_id, sum(hours) as hours, count(*) as sessions from trajectory_session
      group by trajectory_id) s
where s.trajectory_id = t.id and (t.logged_hours <> s.hours or t.session_count <> s.sessions);

-- A baseline revision for the demo trajectories, so that their change history starts with
-- "created" like that of trajectories entered through the portal. Revision numbers below zero
-- never collide with the ones Hibernate draws from revinfo_seq.
insert into revinfo (rev, revtstmp, username)
values (-1, extract(epoch from timestamp with time zone '2021-09-01 08:00:00+02') * 1000, 'demo')
on conflict do nothing;

insert into trajectory_aud (id, rev, revtype, kind, project_id, school_year, school_id, partner_id, status, start_date,
                            end_date, planned_hours, question_type, level, question, evaluation, pupil_code,
                            referring_clb_id, referral_date, waiting_position, round_table_date,
                            round_table_participants, naft_forms, intensity, duration_weeks, supplementary,
                            staff_hours, outcome, coach)
select t.id, -1, 0, t.kind, t.project_id, t.school_year, t.school_id, t.partner_id, t.status, t.start_date,
       t.end_date, t.planned_hours, t.question_type, t.level, t.question, t.evaluation, t.pupil_code,
       t.referring_clb_id, t.referral_date, t.waiting_position, t.round_table_date, t.round_table_participants,
       t.naft_forms, t.intensity, t.duration_weeks, t.supplementary, t.staff_hours, t.outcome, t.coach
from trajectory t
where not exists (select 1 from trajectory_aud a where a.id = t.id);
