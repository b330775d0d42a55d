-- Demo data of the lab's meetings and the learning networks (development and tests only). Flyway runs
-- repeatable migrations in the order of their names: this one after R__demo_agenda (the activities),
-- R__demo_budget (the school years) and R__demo_data (the people and schools) - hence its name, which sorts
-- after all three. Every statement joins on the activities' fixed slugs and
-- is idempotent (primary keys, "on conflict do nothing" or "where not exists"). All people and their
-- addresses are invented; the addresses end in example.org.

-- E-mail addresses of the people who follow the lab through its minutes (lab role MINUTES_ONLY).
update person p set email = v.email
from (values
    ('Kristien Moens', 'kristien.moens@example.org'),
    ('Luc Verbist', 'luc.verbist@example.org'),
    ('Inge Geerts', 'inge.geerts@example.org')
) as v (full_name, email)
where p.full_name = v.full_name and p.email is null;

-- Participants of the three lab meetings of 2021-2022 (seed 000 §3-4: the chair, the core group and the
-- participants; those who follow by the minutes only do not attend).
insert into meeting_participant (activity_id, person_id, role)
select a.id, p.id, p.lab_role
from activity a
join (values
    ('labo-2021-10', 'Marleen Verhaegen'), ('labo-2021-10', 'Tom Vandeputte'), ('labo-2021-10', 'Veerle Peeters'),
    ('labo-2021-10', 'Wouter Maes'), ('labo-2021-10', 'Nathalie Claes'), ('labo-2021-10', 'Joris Vermeulen'),
    ('labo-2021-10', 'Evi Smets'), ('labo-2021-10', 'Liesbeth Cools'),
    ('labo-2022-02', 'Marleen Verhaegen'), ('labo-2022-02', 'Tom Vandeputte'), ('labo-2022-02', 'Veerle Peeters'),
    ('labo-2022-02', 'Nathalie Claes'), ('labo-2022-02', 'Joris Vermeulen'), ('labo-2022-02', 'Ruben Goris'),
    ('labo-2022-02', 'Eline Lenaerts'), ('labo-2022-02', 'Griet Vandamme'),
    ('labo-2022-06', 'Marleen Verhaegen'), ('labo-2022-06', 'Tom Vandeputte'), ('labo-2022-06', 'Wouter Maes'),
    ('labo-2022-06', 'Nathalie Claes'), ('labo-2022-06', 'Joris Vermeulen'), ('labo-2022-06', 'Evi Smets'),
    ('labo-2022-06', 'Ruben Goris'), ('labo-2022-06', 'Liesbeth Cools')
) as v (slug, full_name) on v.slug = a.slug
join person p on p.full_name = v.full_name and p.lab_role <> 'MINUTES_ONLY'
on conflict do nothing;

-- The agendas (seed 000 §4: the partners inform each other, look for synergy, and advise the city on funding).
insert into meeting_agenda_item (activity_id, position, title)
select a.id, v.position, v.title
from activity a
join (values
    ('labo-2021-10', 1, 'Verwelkoming en goedkeuring van het verslag van de vorige vergadering'),
    ('labo-2021-10', 2, 'Stand van zaken Ris+K basis- en secundair onderwijs'),
    ('labo-2021-10', 3, 'Centrum voor Leerzorg: de interne lerende netwerken in 2021-2022'),
    ('labo-2021-10', 4, 'Toolbox: keuze van de eerste infofiches'),
    ('labo-2022-02', 1, 'Goedkeuring van het verslag van oktober'),
    ('labo-2022-02', 2, 'Brugcoaches: inzet van de middelen na Covid'),
    ('labo-2022-02', 3, 'Reflectie-instrument ReflectLeer: drukken en verspreiden'),
    ('labo-2022-02', 4, 'Voorbereiding van de financieringsaanvragen 2022-2023'),
    ('labo-2022-06', 1, 'Goedkeuring van het verslag van februari'),
    ('labo-2022-06', 2, 'Bespreking van de financieringsaanvragen 2022-2023'),
    ('labo-2022-06', 3, 'Ponton 43: stand van het voorbereidingstraject'),
    ('labo-2022-06', 4, 'Planning van het schooljaar 2022-2023')
) as v (slug, position, title) on v.slug = a.slug
on conflict do nothing;

-- Approved minutes, a week after each meeting.
insert into meeting_minutes (activity_id, text, status, approved_at, approved_by)
select a.id, v.text, 'APPROVED', a.starts_at + interval '7 days', 'Marleen Verhaegen'
from activity a
join (values
    ('labo-2021-10', E'## Ris+K\n\nBeide lerende netwerken zijn gestart; in het basisonderwijs nemen acht scholen deel. De '
        || E'trajecten in het buitengewoon onderwijs worden vanuit het CLZ aangestuurd.\n\n## CLZ\n\nDe interne lerende '
        || E'netwerken voor gewoon en buitengewoon onderwijs komen elk vijf keer samen.\n\n## Toolbox\n\n'
        || E'De kerngroep stelt een eerste lijst van infofiches voor.'),
    ('labo-2022-02', E'## Brugcoaches\n\nHet project loopt verder met de beschikbare middelen; bijkomende middelen worden '
        || E'met de partners besproken.\n\n## ReflectLeer\n\nHet instrument wordt drukklaar gemaakt en via de '
        || E'scholengemeenschappen verspreid.\n\n## Financieringsaanvragen\n\nDe projecten dienen hun aanvraag in '
        || E'vóór 1 mei.'),
    ('labo-2022-06', E'## Financieringsaanvragen 2022-2023\n\nHet labo besprak de aanvragen van alle projecten en '
        || E'schrijft zijn advies aan de stad.\n\n## Ponton 43\n\nHet voorbereidingstraject loopt verder met als doel '
        || E'te starten op 1 september 2023.')
) as v (slug, text) on v.slug = a.slug
on conflict do nothing;

insert into meeting_decision (activity_id, position, text)
select a.id, v.position, v.text
from activity a
join (values
    ('labo-2021-10', 1, 'De toolbox start met vijf infofiches over klasklimaat en herstelgericht werken.'),
    ('labo-2022-02', 1, 'Het budget voor ReflectLeer wordt verhoogd om het instrument te drukken.'),
    ('labo-2022-02', 2, 'De projecten dienen hun financieringsaanvraag 2022-2023 in vóór 1 mei.'),
    ('labo-2022-06', 1, 'Het labo bezorgt zijn advies over de financieringsaanvragen 2022-2023 aan de stad.')
) as v (slug, position, text) on v.slug = a.slug
on conflict do nothing;

-- Action points: most are done; one of February is still open, so it returns on the agenda of June.
insert into meeting_action_point (activity_id, description, owner_id, deadline, status)
select a.id, v.description, p.id, v.deadline, v.status
from activity a
join (values
    ('labo-2021-10', 'Eerste lijst van infofiches voorleggen aan de redactie', 'Tom Vandeputte', date '2021-12-15', 'DONE'),
    ('labo-2021-10', 'Data van de CLZ-netwerken doorgeven aan de partners', 'Joris Vermeulen', date '2021-11-01', 'DONE'),
    ('labo-2022-02', 'Offerte voor het drukken van ReflectLeer opvragen', 'Veerle Peeters', date '2022-03-31', 'DONE'),
    ('labo-2022-02', 'Overzicht van de wachtlijsten voor Naft-trajecten bezorgen', 'Ruben Goris', date '2022-05-31', 'OPEN'),
    ('labo-2022-06', 'Advies over de financieringsaanvragen aan de stad bezorgen', 'Marleen Verhaegen', date '2022-06-30', 'DONE')
) as v (slug, description, full_name, deadline, status) on v.slug = a.slug
join person p on p.full_name = v.full_name
where not exists (select 1 from meeting_action_point ap where ap.activity_id = a.id and ap.description = v.description);

-- The lab meeting of 2021-2022 closest to the day the requests of 2022-2023 were discussed.
update budget_year y set discussed_meeting_id = (
    select a.id from activity a
    where a.slug in ('labo-2021-10', 'labo-2022-02', 'labo-2022-06')
    order by abs(extract(epoch from (a.starts_at - y.discussed_on::timestamptz))), a.id
    limit 1)
where y.school_year = 2022 and y.discussed_meeting_id is null;

-- The CLZ internal learning networks (seed 000 §6.5): member schools in the school year of their meetings,
-- recorded as every membership is (school_network_membership), and per school the people taking part.
insert into school_network_membership (school_id, school_year, network)
select s.id, y.start_year, v.network
from (values
    ('Basisschool De Linde (fictief)', 'CLZ_REGULAR', 'clz-regulier-2026-1'),
    ('Basisschool De Regenboogbrug (fictief)', 'CLZ_REGULAR', 'clz-regulier-2026-1'),
    ('Atheneum Dijlestad (fictief)', 'CLZ_REGULAR', 'clz-regulier-2026-1'),
    ('College Ter Beemden (fictief)', 'CLZ_REGULAR', 'clz-regulier-2026-1'),
    ('Buitengewone Basisschool De Horizon (fictief)', 'CLZ_SPECIAL', 'clz-buo-2026-1'),
    ('BuSO De Kompasroos (fictief)', 'CLZ_SPECIAL', 'clz-buo-2026-1'),
    ('BuSO Het Anker (fictief)', 'CLZ_SPECIAL', 'clz-buo-2026-1')
) as v (school, network, first_meeting)
join school s on s.name = v.school
join activity a on a.slug = v.first_meeting
join school_year y on (a.starts_at at time zone 'Europe/Brussels')::date between y.starts_on and y.ends_on
on conflict do nothing;

insert into network_participant (school_id, school_year, network, full_name, function_title)
select m.school_id, m.school_year, m.network, v.full_name, v.function_title
from (values
    ('Basisschool De Linde (fictief)', 'CLZ_REGULAR', 'An Wouters', 'Zorgcoördinator'),
    ('Basisschool De Regenboogbrug (fictief)', 'CLZ_REGULAR', 'Bram Jacobs', 'Zorgleerkracht'),
    ('Atheneum Dijlestad (fictief)', 'CLZ_REGULAR', 'Carine Dewit', 'Leerlingenbegeleider'),
    ('Atheneum Dijlestad (fictief)', 'CLZ_REGULAR', 'Dries Hermans', 'Graadcoördinator'),
    ('College Ter Beemden (fictief)', 'CLZ_REGULAR', 'Els Martens', 'Zorgcoördinator'),
    ('Buitengewone Basisschool De Horizon (fictief)', 'CLZ_SPECIAL', 'Frank Wuyts', 'Pedagogisch verantwoordelijke'),
    ('BuSO De Kompasroos (fictief)', 'CLZ_SPECIAL', 'Gitte Aerts', 'Pedagogisch verantwoordelijke'),
    ('BuSO De Kompasroos (fictief)', 'CLZ_SPECIAL', 'Hans Claessens', 'Orthopedagoog'),
    ('BuSO Het Anker (fictief)', 'CLZ_SPECIAL', 'Ilse Van Damme', 'Pedagogisch verantwoordelijke')
) as v (school, network, full_name, function_title)
join school s on s.name = v.school
join school_network_membership m on m.school_id = s.id and m.network = v.network
where not exists (select 1 from network_participant np
                  where np.school_id = m.school_id and np.school_year = m.school_year and np.network = m.network
                    and np.full_name = v.full_name);

-- Attendance of the meetings that have taken place: each listed person attended the numbered meetings.
insert into network_attendance (activity_id, participant_id)
select a.id, np.id
from (values
    ('An Wouters', 'clz-regulier-2026-', array[1, 2, 3, 4, 5]),
    ('Bram Jacobs', 'clz-regulier-2026-', array[1, 2, 3, 5]),
    ('Carine Dewit', 'clz-regulier-2026-', array[1, 3]),
    ('Dries Hermans', 'clz-regulier-2026-', array[2, 3, 4]),
    ('Els Martens', 'clz-regulier-2026-', array[2]),
    ('Frank Wuyts', 'clz-buo-2026-', array[1, 2, 3, 4, 5]),
    ('Gitte Aerts', 'clz-buo-2026-', array[1, 2, 4]),
    ('Hans Claessens', 'clz-buo-2026-', array[3]),
    ('Ilse Van Damme', 'clz-buo-2026-', array[1, 2, 3, 4])
) as v (full_name, prefix, meetings)
cross join lateral unnest(v.meetings) as n (number)
join activity a on a.slug = v.prefix || n.number and a.starts_at <= now()
join network_participant np on np.full_name = v.full_name
    and np.network = a.learning_network
on conflict do nothing;
