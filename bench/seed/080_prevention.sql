-- Prevention plans: for each of the :scale bench schools of 010 (1,000 at scale 1000) a plan for each of the
-- school years 2022-2023 … 2026-2027 from template version 1, i.e. 5 × :scale plans, as a plan in use holds it:
-- a rating for most goals (one in seven left empty), an improvement text for one in three goals, two or three
-- focus goals, a note on one in three checklist questions, five PDCA actions, the five dialogue steps (the
-- older the year, the further along), two CLB comments on goals and one on an action, and twelve months of
-- monitoring counts per school year (up to this month). About 60 % of the plans are shared with the lab. Ratings drift upwards over
-- the years and differ by level, so that the lab's trend has a shape.
--
-- Plan ids are fixed, 1,000,000 + 10 × n + (start year − 2022) for Benchmarkschool n, so that the pages file
-- can name them; the identity sequence is moved past them. The bench's school user "benchschool" (password of
-- the demo users) belongs to Benchmarkschool 000001: its 2026-2027 plan is /preventieplan/1000014.

insert into prevention_plan (id, school_id, start_year, template_id, shared, created_at, updated_at)
select 1000000 + 10 * b.n + (y.start_year - 2022), b.id, y.start_year, t.id,
       (b.n * 7 + y.start_year) % 5 < 3,
       make_date(y.start_year, 9, 15), make_date(y.start_year, 9, 15) + (b.n % 200)
from (select s.id, substring(s.name from 'Benchmarkschool ([0-9]+)')::int as n
      from school s where s.name like 'Benchmarkschool % (bench)') b
cross join generate_series(2022, 2026) as y (start_year)
cross join (select id from plan_template where version = 1) t
where b.n <= :scale
on conflict (school_id, start_year) do nothing;

select setval(pg_get_serial_sequence('prevention_plan', 'id'), greatest(1000000, (select max(id) from prevention_plan)));

-- Goal entries: every goal of the plan's template; rating 0–10 (none for one in seven), higher in later years
insert into plan_goal_entry (plan_id, goal_id, rating, improvement, focus, updated_at)
select p.id, g.id,
       case when (p.id + g.position * 3 + g.phase) % 7 <> 0
            then least(10, 2 + (p.id * 7 + g.position * 5 + g.phase * 3) % 6 + (p.start_year - 2022)
                           + case s.level when 'BAO' then 1 when 'BUSO' then -1 else 0 end) end,
       case when (p.id + g.position) % 3 = 0
            then 'We willen inzetten op ' || g.label || ': afspraken in het team, opvolging per trimester en '
                 || 'een bespreking met het CLB (bench).' end,
       (p.id + g.phase * 5 + g.position) % 6 = 0,
       p.updated_at
from prevention_plan p
join school s on s.id = p.school_id
join plan_goal g on g.template_id = p.template_id
where p.id > 1000000;

-- Notes on one in three checklist questions
insert into plan_answer (plan_id, question_id, note)
select p.id, q.id,
       'Zo doen we dit: het leerlingenbegeleidingsteam bespreekt dit elke maand, de afspraken staan in het '
       || 'schoolreglement en in het zorgbeleid (bench ' || p.id || ').'
from prevention_plan p
join plan_goal g on g.template_id = p.template_id
join plan_question q on q.goal_id = g.id
where p.id > 1000000 and (p.id + q.id) % 3 = 0;

-- The five dialogue steps: all done in older years, further along in the current one
insert into plan_dialogue (plan_id, step, status, started_on, completed_on, note, updated_at)
select p.id, st.step,
       case when p.start_year < 2026 or st.step < 2 then 'DONE'
            when st.step < 4 then 'IN_PROGRESS' else 'NOT_STARTED' end,
       case when p.start_year < 2026 or st.step < 4 then make_date(p.start_year, 9, 1) + st.step * 30 end,
       case when p.start_year < 2026 or st.step < 2 then make_date(p.start_year, 9, 1) + st.step * 30 + 20 end,
       case when st.step % 2 = 1 then 'Besproken op het overleg met het CLB; verslag in de map (bench).' end,
       p.updated_at
from prevention_plan p
cross join generate_series(1, 5) as st (step)
where p.id > 1000000;

-- Five PDCA actions per plan, on its focus goals first
insert into plan_action (plan_id, goal_id, what, who, due_on, check_note, status, created_at, updated_at)
select p.id, g.id,
       (array['Ouderavond over aanwezigheid organiseren', 'Registratie van afwezigheden elke dag controleren',
              'Welkom-terug-gesprek bij elke terugkerende leerling', 'Consultatief overleg met het CLB inplannen',
              'Leerlingenraad betrekken bij het schoolklimaat'])[a.k] || ' (bench)',
       (array['directie', 'zorgcoördinator', 'klastitularis', 'leerlingenbegeleider en CLB', 'secretariaat'])[a.k],
       make_date(p.start_year, 10, 1) + a.k * 45,
       case when a.k % 2 = 0 then 'Check in het team na de rapportperiode.' end,
       case when p.start_year < 2026 then (array['DONE', 'DONE', 'DONE', 'DROPPED', 'DONE'])[a.k]
            else (array['DONE', 'IN_PROGRESS', 'PLANNED', 'PLANNED', 'IN_PROGRESS'])[a.k] end,
       p.created_at, p.updated_at
from prevention_plan p
cross join generate_series(1, 5) as a (k)
join lateral (select g.id from plan_goal g where g.template_id = p.template_id
              order by g.phase, g.position offset (p.id + a.k * 3) % 15 limit 1) g on true
where p.id > 1000000;

-- CLB comments: two on goals and one on an action per plan
insert into plan_comment (plan_id, goal_id, action_id, author_name, body, created_at)
select p.id, g.id, null, 'CLB-medewerker (bench)',
       'Goed dat jullie hierop inzetten. Bekijk ook de fiche in de toolbox en plan een opvolgmoment (bench).',
       p.updated_at + make_interval(days => c.k)
from prevention_plan p
cross join generate_series(1, 2) as c (k)
join lateral (select g.id from plan_goal g where g.template_id = p.template_id
              order by g.phase, g.position offset (p.id + c.k * 5) % 15 limit 1) g on true
where p.id > 1000000;

insert into plan_comment (plan_id, goal_id, action_id, author_name, body, created_at)
select a.plan_id, null, min(a.id), 'CLB-medewerker (bench)',
       'Wie volgt dit op als de zorgcoördinator afwezig is? (bench)', min(a.updated_at)
from plan_action a
where a.plan_id > 1000000
group by a.plan_id;

-- Monitoring: twelve months per school year, September to August
insert into plan_monitoring (school_id, month, half_days_5, half_days_30, truancy_contracts, clb_consultations)
select p.school_id, (make_date(p.start_year, 9, 1) + make_interval(months => m.k))::date,
       5 + (p.id + m.k * 3) % 25, (p.id + m.k) % 6, (p.id + m.k) % 3, 1 + (p.id * 3 + m.k) % 5
from prevention_plan p
cross join generate_series(0, 11) as m (k)
where p.id > 1000000 and make_date(p.start_year, 9, 1) + make_interval(months => m.k) <= current_date
on conflict do nothing;

-- The bench's school user, for the plan page and its PDF
insert into account (username, display_name, email, password_hash, school_id)
select 'benchschool', 'Benchmarkschool-gebruiker (bench)', 'benchschool@aanboord.test',
       '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8',
       s.id
from school s
where s.name = 'Benchmarkschool 000001 (bench)'
on conflict do nothing;

insert into account_role (account_id, role)
select id, 'SCHOOL' from account where username = 'benchschool'
on conflict do nothing;
