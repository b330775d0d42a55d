-- Benchmark seed: 200 × :scale trajectories with five sessions each over ten school years (2017-2018 up to
-- 2026-2027): 200,000 trajectories and 1,000,000 sessions at the default scale of 1000 (the volumes the issue
-- fixes), 1,000,000 trajectories at scale 5000 for the growth runs. 20 × :scale trajectories a year: 40 % Ris+K
-- BaO, 30 % Ris+K SO, 5 % Ris+K BuO, 15 % NAFT, 10 % bridge coaching; spread over all schools and the partner
-- organisations of the demo data. Deterministic; pupil codes start with "X" and the logger is "(bench)".

create temporary table bench_ref as
select (select array_agg(id order by id) from school) as schools,
       (select array_agg(id order by id) from organisation
        where name in ('Arktos', 'De Schommel', 'UCLL', 'Koïnoor', 'Profo', 'De Acht', 'DOCA', 'Yuneco', 'Alba',
                       'Centrum voor Leerzorg (CLZ)')) as partners,
       (select id from organisation where name = 'Cidar') as cidar,
       (select id from organisation where name = 'Arktos') as arktos,
       (select array_agg(id order by id) from organisation where name like '%CLB%') as clbs,
       (select id from project where code = 'RISK_BAO') as bao,
       (select id from project where code = 'RISK_SO') as so,
       (select id from project where code = 'RISK_BUO') as buo,
       (select id from project where code = 'NAFT') as naft,
       (select id from project where code = 'BRUGCOACHES') as bridge;

insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, start_date, end_date,
                        planned_hours, logged_hours, session_count, question_type, level, question, pupil_code,
                        referring_clb_id, referral_date, waiting_position, supplementary, staff_hours, coach,
                        logged_by_name)
select case when m < 75 then 'RISK' when m < 90 then 'NAFT' else 'BRIDGE' end,
       case when m < 40 then r.bao when m < 70 then r.so when m < 75 then r.buo when m < 90 then r.naft
            else r.bridge end,
       y,
       r.schools[1 + k % array_length(r.schools, 1)],
       case when m < 75 then r.partners[1 + k % array_length(r.partners, 1)] when m < 90 then r.cidar
            else r.arktos end,
       case when m >= 75 and m < 90
            then (array['REFERRED', 'WAITING', 'RUNNING', 'FINISHED', 'FINISHED', 'STOPPED'])[1 + k % 6]
            else (array['REQUESTED', 'APPROVED', 'RUNNING', 'FINISHED', 'FINISHED', 'STOPPED'])[1 + k % 6] end,
       make_date(y, 9, 15) + (k % 200), make_date(y + 1, 6, 30),
       case when m < 75 then 10 when m < 90 then 20 else 6 end,
       5 * 0.25 * (1 + k % 8),
       5,
       case when m < 75 then (array['CURATIVE', 'PREVENTIVE', 'CARE_POLICY'])[1 + k % 3] end,
       case when m < 75 then (array['SAMEN_SPEL', 'KLEUTER', 'BAO', 'SO', 'BUBAO', 'BUSO'])[1 + k % 6] end,
       case when m < 75 then 'Vraag van het schoolteam rond moeilijk hanteerbaar gedrag (bench ' || k || ')' end,
       case when m >= 75 then 'X' || k end,
       case when m >= 75 and m < 90 then r.clbs[1 + k % array_length(r.clbs, 1)] end,
       case when m >= 75 and m < 90 then make_date(y, 9, 1) + (k % 250) end,
       case when m >= 75 and m < 90 and k % 6 < 2 then 1 + k % 40 end,
       case when m >= 75 and m < 90 then k % 3 <> 0 end,
       case when m >= 75 and m < 90 then 20 + k % 30 end,
       case when m >= 90 then 'Brugcoach ' || (1 + k % 12) || ' (bench)' end,
       '(bench)'
from bench_ref r,
     generate_series(1, 200 * :scale) as k,
     lateral (select 2017 + (k - 1) / (20 * :scale) as y, k % 100 as m) as v;

-- Five sessions per trajectory of a quarter hour to two hours each; they add up to the logged hours
-- set above.
insert into trajectory_session (trajectory_id, session_date, hours, activity, logged_by_name)
select t.id, t.start_date + s * 14, t.logged_hours / 5,
       (array['Intake', 'Coaching van het team', 'Observatie in de klas', 'Overleg met het zorgteam',
              'Evaluatie'])[s],
       '(bench)'
from trajectory t
cross join generate_series(1, 5) as s
where t.logged_by_name = '(bench)';
