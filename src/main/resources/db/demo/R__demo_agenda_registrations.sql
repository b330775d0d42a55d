-- Demo registrations (development and tests only). Invented adults with example.org addresses, no real people.
-- The leerlabo for secondary education (4 seats) is full, with three people on the waiting list; the Meet & Greet
-- of 2 June 2026 had registrations with a workshop choice, and its attendance was recorded.
-- Runs after R__demo_agenda (name order); replaces its own rows each time it runs.
delete from activity_registration r
using activity a
where a.id = r.activity_id and a.slug in ('leerlabo-so-2026', 'meet-and-greet-2026') and r.email like '%@example.org';

insert into activity_registration (activity_id, name, email, organisation, job_function, status, registered_at,
                                   consented_at)
select a.id, v.name, v.email, v.organisation, v.job_function, v.status,
       now() - v.ago, now() - v.ago
from activity a
cross join (values
    ('Sofie Vermeulen',  'sofie.vermeulen@example.org',  'Sint-Pieterscollege',     'Leerlingbegeleider', 'CONFIRMED', interval '6 days'),
    ('Tom Claes',        'tom.claes@example.org',        'Heilig Hartinstituut',    'Leerkracht',         'CONFIRMED', interval '5 days 4 hours'),
    ('Leen Wouters',     'leen.wouters@example.org',     'CLB Leuven',              'CLB-medewerker',     'CONFIRMED', interval '5 days'),
    ('Bram De Smet',     'bram.desmet@example.org',      'Atheneum Redingenhof',    'Zorgcoördinator',    'CONFIRMED', interval '4 days'),
    ('Ines Goossens',    'ines.goossens@example.org',    'Sint-Jozefsinstituut',    'Leerkracht',         'WAITING',   interval '3 days'),
    ('Karim Mertens',    'karim.mertens@example.org',    'Miniemeninstituut',       'Leerlingbegeleider', 'WAITING',   interval '2 days'),
    ('Elke Van Damme',   'elke.vandamme@example.org',    'Don Bosco Haacht',        'Leerkracht',         'WAITING',   interval '1 day')
) as v (name, email, organisation, job_function, status, ago)
where a.slug = 'leerlabo-so-2026';

insert into activity_registration (activity_id, workshop_id, name, email, organisation, job_function, status,
                                   registered_at, consented_at, attended)
select a.id, w.id, v.name, v.email, v.organisation, v.job_function, 'CONFIRMED',
       timestamp '2026-05-20 10:00' at time zone 'Europe/Brussels' + v.later,
       timestamp '2026-05-20 10:00' at time zone 'Europe/Brussels' + v.later, v.attended
from activity a
cross join (values
    ('Hilde Peeters',    'hilde.peeters@example.org',    'Basisschool De Boomgaard', 'Directeur',          5, interval '0 hours',  true),
    ('Joris Maes',       'joris.maes@example.org',       'Stedelijke Basisschool',   'Zorgcoördinator',    6, interval '2 hours',  true),
    ('Nadia El Amrani',  'nadia.elamrani@example.org',   'CLB Leuven',               'CLB-medewerker',     7, interval '5 hours',  true),
    ('Pieter Jacobs',    'pieter.jacobs@example.org',    'Sint-Jan Berchmanscollege','Leerkracht',         7, interval '1 day',    false),
    ('Annelies Willems', 'annelies.willems@example.org', 'Vrije Basisschool Kessel-Lo','Leerkracht',       5, interval '2 days',   true)
) as v (name, email, organisation, job_function, position, later, attended)
join activity_programme_item w on w.position = v.position
where a.slug = 'meet-and-greet-2026' and w.activity_id = a.id and w.kind = 'WORKSHOP';
