-- Demo prevention plans (development and tests only): the two demo schools of R__demo_school_accounts.sql, each with
-- a plan for 2025-2026 and 2026-2027 from template version 1, ratings that improve, focus goals, notes, the dialogue
-- with the CLB, PDCA actions (one overdue), comments of the demo CLB worker, monitoring counts and links from goals to
-- toolbox fiches. All fictitious; no pupil is named or coded anywhere. Flyway runs repeatable migrations by name:
-- "zz" puts this file after the accounts, schools and fiches it refers to.
insert into plan_goal_fiche (goal_id, fiche_id)
select g.id, f.id
from plan_goal g
join plan_template t on t.id = g.template_id and t.version = 1
join (values
    ('G0.1', 'van-onmacht-naar-kracht-nieuwe-autoriteit'),
    ('G0.1', 'preventief-klasklimaat-samenwerken'),
    ('G0.1', 'schoolbeleid-regeloverschrijdend-gedrag-voorkomen'),
    ('G0.3', 'preventieplan-afwezigheden'),
    ('G0.3', 'actieplan-aanwezigheidsbeleid'),
    ('G0.4', 'dialoogfiche-school-aanwezig-op-school'),
    ('G0.4', 'jij-ziet-mij-leerkracht-als-schakel'),
    ('G0.5', 'dialoogdocument-school-aanwezigheidsbeleid'),
    ('G1.2', 'dialoogdocument-ouders-spijbelende-leerling'),
    ('G1.4', 'psychisch-kwetsbare-jongeren'),
    ('G2.4', 'jij-ziet-mij-leerkracht-als-schakel'),
    ('G3.1', 'psychisch-kwetsbare-jongeren')
) as l (code, slug) on l.code = g.code
join fiche f on f.slug = l.slug
on conflict do nothing;

insert into prevention_plan (school_id, start_year, template_id, shared)
select s.id, y.start_year, t.id, y.shared
from school s
join (values ('Basisschool De Regenboogbrug (fictief)'), ('Stedelijk Lyceum De Brug (fictief)')) as n (name)
    on n.name = s.name
cross join (values (2025, true), (2026, false)) as y (start_year, shared)
join plan_template t on t.version = 1
on conflict do nothing;

-- Ratings: 2025-2026 lower, 2026-2027 a little higher where the school worked on it
insert into plan_goal_entry (plan_id, goal_id, rating, improvement, focus)
select p.id, g.id, r.rating, r.improvement, r.focus
from prevention_plan p
join school s on s.id = p.school_id
join plan_goal g on g.template_id = p.template_id
join (values
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G0.1', 6, 'Groeigesprekken met alle leerlingen van de derde graad.', true),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G0.2', 7, null, false),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G0.3', 4, 'Eén afsprakenlijst voor de registratie, ook voor de middagtoezichters.', true),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G0.4', 5, null, false),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G0.5', 6, null, false),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G1.1', 5, null, false),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G1.3', 3, 'Consultatief overleg met het CLB inplannen vanaf 5 B-codes.', true),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.1', 7, 'Welbevinden twee keer per jaar bevragen.', false),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.2', 7, null, false),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.3', 6, 'Het overzicht per klas maandelijks bespreken op het zorgoverleg.', true),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.4', 5, 'Een welkomstmoment voor wie terugkeert na afwezigheid.', true),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G1.3', 6, null, false),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 'G0.1', 5, 'Proactieve cirkels in de eerste graad.', true),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 'G0.3', 6, null, false),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 'G0.4', 4, 'Opvolging na registratie bij één aanspreekpunt per graad.', true),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 'G1.4', 3, null, false),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 'G2.3', 5, null, false),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G0.1', 6, 'Proactieve cirkels uitbreiden naar de tweede graad.', true),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G0.3', 7, null, false),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G0.4', 6, null, false),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G1.4', 5, 'Ook Z- en P-codes bekijken op de klassenraad.', true),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G2.3', 5, null, false)
) as r (school, start_year, code, rating, improvement, focus)
    on r.school = s.name and r.start_year = p.start_year and r.code = g.code
on conflict do nothing;

insert into plan_answer (plan_id, question_id, note)
select p.id, q.id, a.note
from prevention_plan p
join school s on s.id = p.school_id
join plan_goal g on g.template_id = p.template_id
join plan_question q on q.goal_id = g.id
join (values
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.1', 2, 'Spelkoffers op de speelplaats en een speelplaatsteam van leerlingen.'),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.1', 10, 'Ja, herwerkt in 2025; de eerste signalen worden op het zorgoverleg besproken.'),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.3', 2, 'Klastitularis registreert om 8.45 u en 13.15 u; het secretariaat belt dezelfde dag.'),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G0.1', 1, 'Nieuwe autoriteit in de eerste graad, proactieve cirkels op maandag.'),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G1.4', 1, 'Z-codes werden tot nu niet besproken; vanaf januari op de klassenraad.')
) as a (school, start_year, code, position, note)
    on a.school = s.name and a.start_year = p.start_year and a.code = g.code and a.position = q.position
on conflict do nothing;

insert into plan_dialogue (plan_id, step, status, started_on, completed_on, note)
select p.id, d.step, d.status, d.started_on::date, d.completed_on::date, d.note
from prevention_plan p
join school s on s.id = p.school_id
join (values
    ('Basisschool De Regenboogbrug (fictief)', 2025, 1, 'DONE', '2025-09-22', '2025-10-20', 'Brede beeldvorming met directie, zorg en secretariaat.'),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 2, 'DONE', '2025-10-20', '2025-11-17', null),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 3, 'DONE', '2025-11-17', '2026-01-12', null),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 4, 'DONE', '2026-01-12', '2026-06-15', null),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 5, 'DONE', '2026-06-15', '2026-06-26', 'Resultaten gedeeld op de personeelsvergadering.'),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 1, 'DONE', '2026-09-21', '2026-10-12', null),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 2, 'DONE', '2026-10-12', '2026-11-09', null),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 3, 'IN_PROGRESS', '2026-11-09', null, 'Werkgroep aanwezigheid stelt het plan op.'),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 1, 'DONE', '2025-10-06', '2025-11-03', null),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 2, 'DONE', '2025-11-03', '2025-12-01', null),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 3, 'DONE', '2025-12-01', '2026-02-02', null),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 4, 'IN_PROGRESS', '2026-02-02', null, null),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 1, 'IN_PROGRESS', '2026-10-05', null, 'Eerste gesprek met het CLB gepland.')
) as d (school, start_year, step, status, started_on, completed_on, note)
    on d.school = s.name and d.start_year = p.start_year
on conflict do nothing;

insert into plan_action (plan_id, goal_id, what, who, due_on, check_note, status)
select p.id, g.id, a.what, a.who, a.due_on::date, a.check_note, a.status
from prevention_plan p
join school s on s.id = p.school_id
join plan_goal g on g.template_id = p.template_id
join (values
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G0.3', 'Afsprakenlijst registratie opstellen en toelichten op de personeelsvergadering', 'zorgcoördinator, directie', '2025-12-19', 'Alle klassen registreren voor 9 u.', 'DONE'),
    ('Basisschool De Regenboogbrug (fictief)', 2025, 'G1.3', 'Consultatief overleg met het CLB vastleggen in de zorgkalender', 'zorgcoördinator', '2026-02-27', null, 'DONE'),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.3', 'Maandelijks overzicht van de afwezigheden per klas op het zorgoverleg', 'secretariaat, zorgcoördinator', '2026-10-30', 'Eerste overzicht besproken op 6/11.', 'IN_PROGRESS'),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.4', 'Welkomstmoment uitwerken voor leerlingen die terugkeren na afwezigheid', 'werkgroep aanwezigheid', '2026-11-27', null, 'PLANNED'),
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.1', 'Welbevinden bevragen in alle klassen van de derde graad', 'klastitularissen', '2027-02-26', null, 'PLANNED'),
    ('Stedelijk Lyceum De Brug (fictief)', 2025, 'G0.4', 'Eén aanspreekpunt afwezigheden per graad aanduiden', 'directie', '2025-12-12', null, 'DONE'),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G0.1', 'Vorming proactieve cirkels voor de leraren van de tweede graad', 'pedagogisch coördinator', '2027-01-29', null, 'PLANNED'),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G1.4', 'Z- en P-codes toevoegen aan het overzicht voor de klassenraad', 'leerlingenbegeleiding', '2026-11-20', null, 'IN_PROGRESS')
) as a (school, start_year, code, what, who, due_on, check_note, status)
    on a.school = s.name and a.start_year = p.start_year and a.code = g.code
where not exists (select 1 from plan_action x where x.plan_id = p.id and x.what = a.what);

insert into plan_comment (plan_id, goal_id, author_id, author_name, body, created_at)
select p.id, g.id, u.id, u.display_name, c.body, c.created_at::timestamptz
from prevention_plan p
join school s on s.id = p.school_id
join plan_goal g on g.template_id = p.template_id
join account u on u.username = 'clb'
join (values
    ('Basisschool De Regenboogbrug (fictief)', 2026, 'G0.3', 'Sterk dat het secretariaat dezelfde dag belt. Bekijk ook of de L-codes (te laat) mee in het overzicht komen.', '2026-11-10 10:15:00+01'),
    ('Stedelijk Lyceum De Brug (fictief)', 2026, 'G1.4', 'We brengen op het volgende overleg de cijfers van Z-codes per graad mee.', '2026-11-16 14:30:00+01')
) as c (school, start_year, code, body, created_at)
    on c.school = s.name and c.start_year = p.start_year and c.code = g.code
where not exists (select 1 from plan_comment x where x.plan_id = p.id and x.body = c.body);

insert into plan_comment (plan_id, action_id, author_id, author_name, body, created_at)
select a.plan_id, a.id, u.id, u.display_name, 'Het CLB kan het welkomstmoment mee voorbereiden met de klastitularissen.',
       '2026-11-18 09:00:00+01'::timestamptz
from plan_action a
join account u on u.username = 'clb'
where a.what = 'Welkomstmoment uitwerken voor leerlingen die terugkeren na afwezigheid'
  and not exists (select 1 from plan_comment x where x.action_id = a.id);

-- Monitoring: aggregate counts per month, September 2025 to November 2026 (not July and August); the counts of
-- pupils with 5 or more and with 30 or more unjustified half days grow through a school year
insert into plan_monitoring (school_id, month, half_days_5, half_days_30, truancy_contracts, clb_consultations)
select s.id, m.month, k.base5 + m.nth, k.base30 + m.nth / 3, k.contracts, k.consultations
from school s
join (values ('Basisschool De Regenboogbrug (fictief)', 2, 0, 0, 1),
             ('Stedelijk Lyceum De Brug (fictief)', 6, 1, 2, 3)) as k (name, base5, base30, contracts, consultations)
    on k.name = s.name
cross join (
    select d::date as month,
           ((extract(year from d) * 12 + extract(month from d) - 9)::int % 12) as nth
    from generate_series('2025-09-01'::date, '2026-11-01'::date, interval '1 month') as d
    where extract(month from d) not in (7, 8)
) as m
on conflict do nothing;
