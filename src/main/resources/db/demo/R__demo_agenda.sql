-- The agenda's activities (issue 13): the learning labs for primary and secondary of the current school year (the
-- secondary one small enough to be full), a past learning lab with its report, study and inspiration days, the
-- provincial platform, the Meet & Greet of 2 June 2026 with its programme and workshops (seed 003), the lab's three
-- meetings of 2021-2022 and the CLZ internal learning networks' five meetings each. The slugs are fixed: the demo
-- registrations and meetings refer to them. The two coming learning labs are dated from the day the demo data is
-- loaded (two and three weeks later), so that registering always works in a fresh demo. Idempotent: reruns update
-- the activities by slug and keep their ids (and so what refers to them).
with v (slug, type, network, title, description, starts, ends, address, online, audiences, levels, capacity,
        opens, closes, required, status, report, projects) as (values
('leerlabo-bao-2026', 'LEERLABO', null, 'Leerlabo basisonderwijs: moeilijk hanteerbaar gedrag in de klas',
 $md$Een namiddag voor leerkrachten en zorgcoördinatoren uit het **basisonderwijs**: we vertrekken van jullie eigen
casussen en gaan aan de slag met de basishouding van *nieuwe autoriteit*.

- uitwisselen in kleine groepen
- een kader om het gesprek met ouders voor te bereiden
- materialen uit de toolbox om mee te nemen$md$,
 (date_trunc('day', now() at time zone 'Europe/Brussels') + interval '14 days 14 hours') at time zone 'Europe/Brussels',
 (date_trunc('day', now() at time zone 'Europe/Brussels') + interval '14 days 16 hours 30 minutes') at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR,TEACHER', 'BAO', 25,
 now() - interval '7 days', null::timestamptz, true, 'PUBLISHED', null, 'RISK_BAO,CLZ'),
('leerlabo-so-2026', 'LEERLABO', null, 'Leerlabo secundair onderwijs: spijbelen en schoolmoeheid',
 $md$Voor leerkrachten, leerlingbegeleiders en CLB-medewerkers uit het **secundair onderwijs**. Hoe herken je
schoolmoeheid vroeg, en wat doe je samen met de leerling en de ouders? Het aantal plaatsen is beperkt: wie geen
plaats meer heeft, komt op de wachtlijst.$md$,
 (date_trunc('day', now() at time zone 'Europe/Brussels') + interval '21 days 13 hours 30 minutes') at time zone 'Europe/Brussels',
 (date_trunc('day', now() at time zone 'Europe/Brussels') + interval '21 days 16 hours') at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', 'https://meet.example.org/leerlabo-so', 'CARE_COORDINATOR,CLB,TEACHER', 'SO', 4,
 now() - interval '7 days', null::timestamptz, true, 'PUBLISHED', null, 'RISK_SO,CLZ'),
('leerlabo-bao-2025', 'LEERLABO', null, 'Leerlabo basisonderwijs: de agressiecurve',
 'Wat gebeurt er in elke fase van de agressiecurve, en wat helpt dan?',
 timestamp '2025-11-19 14:00' at time zone 'Europe/Brussels', timestamp '2025-11-19 16:30' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'TEACHER', 'BAO', 25, null, null, true, 'PUBLISHED',
 $md$Achttien leerkrachten uit elf scholen namen deel. De fasen van de **agressiecurve** werden geoefend aan de hand
van eigen casussen; de fiche *Agressiecurve* uit de toolbox werd als leidraad gebruikt.

Afspraak: de volgende editie gaat dieper in op herstelgesprekken.$md$, 'RISK_BAO'),
('studiedag-aanwezigheidsbeleid-2027', 'STUDY_DAY', null, 'Studiedag aanwezigheidsbeleid',
 'Een dag voor schoolteams en CLB over een warm en duidelijk aanwezigheidsbeleid, met de materialen van de PLG''s.',
 timestamp '2027-03-10 09:00' at time zone 'Europe/Brussels', timestamp '2027-03-10 16:00' at time zone 'Europe/Brussels',
 'Provinciehuis Vlaams-Brabant, Provincieplein 1, 3010 Leuven', null, 'CARE_COORDINATOR,CLB,SCHOOL_LEADER', 'BAO,BUO,SO', 120,
 timestamp '2026-12-01 00:00' at time zone 'Europe/Brussels', timestamp '2027-03-01 00:00' at time zone 'Europe/Brussels',
 true, 'PUBLISHED', null, 'CLZ'),
('inspiratiedag-2027', 'INSPIRATION_DAY', null, 'Inspiratiedag: iedereen aan boord',
 'Scholen vertellen hoe ze samen met partners leerlingen aan boord houden. Online te volgen.',
 timestamp '2027-01-27 13:30' at time zone 'Europe/Brussels', timestamp '2027-01-27 17:00' at time zone 'Europe/Brussels',
 null, 'https://meet.example.org/inspiratiedag', 'PARTNER,TEACHER', 'BAO,SO', null, null, null, true, 'PUBLISHED', null,
 'RISK_BAO,RISK_SO'),
('provinciaal-platform-2027', 'PROVINCIAL_PLATFORM', null, 'Provinciaal platform Samen tegen Schooluitval',
 'Het platform van de provinciale lerende gemeenschappen en hun ankerfiguren.',
 timestamp '2027-05-12 09:30' at time zone 'Europe/Brussels', timestamp '2027-05-12 12:30' at time zone 'Europe/Brussels',
 'Provinciehuis Vlaams-Brabant, Provincieplein 1, 3010 Leuven', null, 'CLB,PARTNER', '', null, null, null, false,
 'PUBLISHED', null, 'CLZ'),
('studiedag-ontwerp-2027', 'STUDY_DAY', null, 'Studiedag herstelgericht werken (ontwerp)',
 'Nog in voorbereiding.',
 timestamp '2027-04-21 09:00' at time zone 'Europe/Brussels', timestamp '2027-04-21 16:00' at time zone 'Europe/Brussels',
 null, null, 'TEACHER', 'SO', 60, null, null, true, 'DRAFT', null, 'RISK_SO'),
('meet-and-greet-2026', 'EVENT', null, 'Meet & Greet: Samen tegen Schooluitval',
 $md$Een dag over de werking van de provinciale lerende gemeenschappen (PLG's) en hun ankerfiguren: wat ze samen
maakten, en waar je hun materialen vindt in de toolbox. Met een keynote van **Illias El Hadioui** over *de
transformatieve school* en 's namiddags een workshop naar keuze.$md$,
 timestamp '2026-06-02 09:30' at time zone 'Europe/Brussels', timestamp '2026-06-02 15:30' at time zone 'Europe/Brussels',
 'Provinciehuis Vlaams-Brabant, Provincieplein 1, 3010 Leuven', null, 'CARE_COORDINATOR,CLB,SCHOOL_LEADER,TEACHER',
 'BAO,BUO,SO', 150, timestamp '2026-04-01 00:00' at time zone 'Europe/Brussels',
 timestamp '2026-05-27 00:00' at time zone 'Europe/Brussels', true, 'PUBLISHED',
 $md$Een volle zaal: ruim honderd deelnemers uit scholen, CLB's en partnerorganisaties. De PLG's stelden hun
materialen voor; die staan nu allemaal in de **toolbox**. De keynote van Illias El Hadioui gaf veel stof tot
nadenken over de kloof tussen de straat-, school- en thuiscultuur.$md$, 'CLZ'),
('labo-2021-10', 'LAB_MEETING', null, 'Labovergadering oktober 2021', 'Eerste labovergadering van het schooljaar.',
 timestamp '2021-10-14 14:00' at time zone 'Europe/Brussels', timestamp '2021-10-14 16:30' at time zone 'Europe/Brussels',
 'SOM, Leuven', null, '', '', null, null, null, false, 'PUBLISHED', null, ''),
('labo-2022-02', 'LAB_MEETING', null, 'Labovergadering februari 2022', 'Bespreking van de financieringsaanvragen.',
 timestamp '2022-02-10 14:00' at time zone 'Europe/Brussels', timestamp '2022-02-10 16:30' at time zone 'Europe/Brussels',
 'SOM, Leuven', null, '', '', null, null, null, false, 'PUBLISHED', null, ''),
('labo-2022-06', 'LAB_MEETING', null, 'Labovergadering juni 2022', 'Terugblik op het schooljaar en vooruitblik.',
 timestamp '2022-06-16 14:00' at time zone 'Europe/Brussels', timestamp '2022-06-16 16:30' at time zone 'Europe/Brussels',
 'SOM, Leuven', null, '', '', null, null, null, false, 'PUBLISHED', null, ''),
('clz-regulier-2026-1', 'NETWORK_MEETING', 'CLZ_REGULAR', 'CLZ intern lerend netwerk gewoon onderwijs: bijeenkomst 1', '',
 timestamp '2026-10-08 13:30' at time zone 'Europe/Brussels', timestamp '2026-10-08 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BAO,SO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-regulier-2026-2', 'NETWORK_MEETING', 'CLZ_REGULAR', 'CLZ intern lerend netwerk gewoon onderwijs: bijeenkomst 2', '',
 timestamp '2026-12-10 13:30' at time zone 'Europe/Brussels', timestamp '2026-12-10 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BAO,SO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-regulier-2026-3', 'NETWORK_MEETING', 'CLZ_REGULAR', 'CLZ intern lerend netwerk gewoon onderwijs: bijeenkomst 3', '',
 timestamp '2027-02-11 13:30' at time zone 'Europe/Brussels', timestamp '2027-02-11 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BAO,SO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-regulier-2026-4', 'NETWORK_MEETING', 'CLZ_REGULAR', 'CLZ intern lerend netwerk gewoon onderwijs: bijeenkomst 4', '',
 timestamp '2027-04-15 13:30' at time zone 'Europe/Brussels', timestamp '2027-04-15 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BAO,SO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-regulier-2026-5', 'NETWORK_MEETING', 'CLZ_REGULAR', 'CLZ intern lerend netwerk gewoon onderwijs: bijeenkomst 5', '',
 timestamp '2027-06-10 13:30' at time zone 'Europe/Brussels', timestamp '2027-06-10 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BAO,SO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-buo-2026-1', 'NETWORK_MEETING', 'CLZ_SPECIAL', 'CLZ intern lerend netwerk buitengewoon onderwijs: bijeenkomst 1', '',
 timestamp '2026-10-15 13:30' at time zone 'Europe/Brussels', timestamp '2026-10-15 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BUO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-buo-2026-2', 'NETWORK_MEETING', 'CLZ_SPECIAL', 'CLZ intern lerend netwerk buitengewoon onderwijs: bijeenkomst 2', '',
 timestamp '2026-12-17 13:30' at time zone 'Europe/Brussels', timestamp '2026-12-17 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BUO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-buo-2026-3', 'NETWORK_MEETING', 'CLZ_SPECIAL', 'CLZ intern lerend netwerk buitengewoon onderwijs: bijeenkomst 3', '',
 timestamp '2027-02-18 13:30' at time zone 'Europe/Brussels', timestamp '2027-02-18 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BUO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-buo-2026-4', 'NETWORK_MEETING', 'CLZ_SPECIAL', 'CLZ intern lerend netwerk buitengewoon onderwijs: bijeenkomst 4', '',
 timestamp '2027-04-22 13:30' at time zone 'Europe/Brussels', timestamp '2027-04-22 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BUO', null, null, null, false, 'PUBLISHED', null, 'CLZ'),
('clz-buo-2026-5', 'NETWORK_MEETING', 'CLZ_SPECIAL', 'CLZ intern lerend netwerk buitengewoon onderwijs: bijeenkomst 5', '',
 timestamp '2027-06-17 13:30' at time zone 'Europe/Brussels', timestamp '2027-06-17 16:00' at time zone 'Europe/Brussels',
 'CLZ, Vital Decosterstraat 102, 3000 Leuven', null, 'CARE_COORDINATOR', 'BUO', null, null, null, false, 'PUBLISHED', null, 'CLZ')
), saved as (
    insert into activity (slug, type, learning_network, title, description, starts_at, ends_at, address, online_link,
                          audiences, levels, capacity, registration_opens_at, registration_closes_at,
                          registration_required, status, report)
    select slug, type, network, title, description, starts, ends, address, online, audiences, levels, capacity,
           opens, closes, required, status, report
    from v
    on conflict (slug) do update set type = excluded.type, learning_network = excluded.learning_network,
        title = excluded.title, description = excluded.description, starts_at = excluded.starts_at,
        ends_at = excluded.ends_at, address = excluded.address, online_link = excluded.online_link,
        audiences = excluded.audiences, levels = excluded.levels, capacity = excluded.capacity,
        registration_opens_at = excluded.registration_opens_at,
        registration_closes_at = excluded.registration_closes_at,
        registration_required = excluded.registration_required, status = excluded.status, report = excluded.report
    returning id, slug
)
insert into activity_project (activity_id, project_id)
select s.id, p.id
from saved s
join v on v.slug = s.slug
join project p on p.code = any (string_to_array(nullif(v.projects, ''), ','))
on conflict do nothing;

-- The lead organisations of the organising projects take part as partners
insert into activity_partner (activity_id, organisation_id)
select distinct ap.activity_id, p.lead_organisation_id
from activity_project ap
join activity a on a.id = ap.activity_id
join project p on p.id = ap.project_id
where p.lead_organisation_id is not null
  and a.slug in ('leerlabo-bao-2026', 'leerlabo-so-2026', 'meet-and-greet-2026', 'studiedag-aanwezigheidsbeleid-2027')
on conflict do nothing;

-- The Meet & Greet's programme (seed 003), with three workshops to choose from in the afternoon; kept by position
insert into activity_programme_item (activity_id, position, kind, starts_at, ends_at, title, speakers, capacity)
select a.id, v.position, v.kind,
       (timestamp '2026-06-02 00:00' + v.starts) at time zone 'Europe/Brussels',
       (timestamp '2026-06-02 00:00' + v.ends) at time zone 'Europe/Brussels',
       v.title, v.speakers, v.capacity
from activity a
cross join (values
    (0, 'PLENARY', interval '9 hours 30 minutes', interval '11 hours',
     'Plenair luik: stand van zaken en toekomst, de PLG''s en ankerfiguren, hun materialen in de toolbox', 'Team STS', null::integer),
    (1, 'BREAK', interval '11 hours', interval '11 hours 15 minutes', 'Pauze', null, null),
    (2, 'KEYNOTE', interval '11 hours 15 minutes', interval '12 hours 30 minutes', 'De transformatieve school', 'Illias El Hadioui', null),
    (3, 'PLENARY', interval '12 hours 30 minutes', interval '12 hours 50 minutes', 'Wrap-up', 'Team STS', null),
    (4, 'LUNCH', interval '13 hours', interval '13 hours 50 minutes', 'Lunchpauze', null, null),
    (5, 'WORKSHOP', interval '14 hours', interval '15 hours 30 minutes', 'Workshop PLG Antwerpen: preventieplan afwezigheden', 'PLG Antwerpen', 40),
    (6, 'WORKSHOP', interval '14 hours', interval '15 hours 30 minutes', 'Workshop PLG Limburg: dialoogfiches voor school, leerkracht en ouders', 'PLG Limburg', 40),
    (7, 'WORKSHOP', interval '14 hours', interval '15 hours 30 minutes', 'Workshop PLG West-Vlaanderen: psychisch kwetsbare jongeren', 'PLG West-Vlaanderen', 2)
) as v (position, kind, starts, ends, title, speakers, capacity)
where a.slug = 'meet-and-greet-2026'
  and not exists (select 1 from activity_programme_item i where i.activity_id = a.id and i.position = v.position);
