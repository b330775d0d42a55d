-- Help offers: as many as make 2 × :scale in all (2,000 at the default scale of 1000, the demo's included), of
-- every kind at its default level of care, with a summary and a Markdown description that use the directory's
-- words (spijbelen, schoolmoeheid, huiswerkbegeleiding, …), levels, audiences and ages, one in three reached only
-- through the CLB, one in ten Flanders-wide and the others serving three to eight municipalities, one in twenty
-- linked to a partner organisation, one in fifty archived. Slugs end in "-bench-<n>".
insert into help_offer (slug, name, kind, care_level, summary, description, levels, audiences, age_from, age_to,
                        access_route, flanders_wide, street, postal_code, city, phone, email, opening_hours,
                        organisation_id, checked_on, status)
select 'hulp-bench-' || g,
       k.label || ' ' || m.name || ' (bench ' || g || ')',
       k.kind, k.care_level,
       'Hulp bij ' || (array['spijbelen', 'schoolmoeheid', 'gedragsproblemen', 'demotivatie', 'huiswerk',
                             'conflicten thuis'])[1 + g % 6] || ' voor ' || m.name || '.',
       'Een aanbod rond **' || (array['spijbelen', 'schoolmoeheid', 'agressie', 'welbevinden', 'huiswerkbegeleiding',
                                      'leerrecht'])[1 + g % 6] || E'** in de regio.\n\n- consult voor scholen\n- '
           || 'begeleiding van leerlingen en ouders\n- samenwerking met het CLB',
       (array['{BAO}', '{SO}', '{BUO}', '{BAO,SO}', '{SO,BUO}', '{}'])[1 + g % 6]::varchar(10)[],
       (array['{PUPILS}', '{PARENTS,PUPILS}', '{SCHOOLS,TEACHERS}', '{PARENTS}', '{PUPILS,SCHOOLS}'])[1 + g % 5]::varchar(10)[],
       case when g % 4 = 0 then null else 6 + g % 8 end, case when g % 4 = 0 then null else 16 + g % 8 end,
       case when g % 3 = 0 then 'VIA_CLB' else 'DIRECT' end,
       g % 10 = 0,
       'Bankstraat ' || (1 + g % 200) || ' (fictief)', '3000', 'Leuven',
       '016 ' || lpad((10 + g % 90)::text, 2, '0') || ' ' || lpad((g % 100)::text, 2, '0') || ' ' || lpad((g * 7 % 100)::text, 2, '0'),
       'hulp' || g || '@example.be', 'Werkdagen van 9 tot 17 uur',
       case when g % 20 = 0 then (select id from organisation order by id offset (g / 20) % 10 limit 1) end,
       current_date - (g % 700),
       case when g % 50 = 0 then 'ARCHIVED' else 'PUBLISHED' end
from generate_series(1, greatest(0, 2 * :scale - (select count(*)::int from help_offer))) g
cross join lateral (
    select v.kind, v.care_level, v.label
    from (values (0, 'PEDAGOGICAL_GUIDANCE', 'BASIC_CARE', 'Pedagogische begeleiding'),
                 (1, 'STUDENT_COUNCIL', 'BASIC_CARE', 'Leerlingenbemiddeling'),
                 (2, 'PARENT_UMBRELLA', 'BASIC_CARE', 'Ouderwerking'),
                 (3, 'NETWORK_COORDINATOR', 'BASIC_CARE', 'Netwerk schooluitval'),
                 (4, 'LOCAL_GOVERNMENT', 'BASIC_CARE', 'Gemeentelijke dienst onderwijs'),
                 (5, 'LOCAL_INITIATIVE', 'INCREASED_CARE', 'Huiswerkklas'),
                 (6, 'SUPPORT_NETWORK', 'EXTENDED_CARE', 'Ondersteuningsteam'),
                 (7, 'CLB', 'EXTENDED_CARE', 'CLB-vestiging'),
                 (8, 'SCHOOL_EXTERNAL_INTERVENTION', 'EXTENDED_CARE', 'Time-outproject'),
                 (9, 'NAFT', 'THROUGH_CLB', 'Naft-traject'),
                 (10, 'DAY_CARE', 'THROUGH_CLB', 'Zorgboerderij'),
                 (11, 'ONE_FAMILY_ONE_PLAN', 'THROUGH_CLB', 'Gezinsplan'),
                 (12, 'POLICE', 'THROUGH_CLB', 'Jeugdpolitie'),
                 (13, 'JAC_CAW', 'THROUGH_CLB', 'Jongerenonthaal'),
                 (14, 'TEJO', 'THROUGH_CLB', 'Therapeutisch jongerenhuis'),
                 (15, 'CGG', 'THROUGH_CLB', 'Geestelijke gezondheidszorg'),
                 (16, 'COMMUNITY_SERVICE', 'THROUGH_CLB', 'Samenlevingsdienst'),
                 (17, 'WORK_ORGANISATION', 'STEP_TO_WORK', 'Werkwinkel'),
                 (18, 'START_JOB_PROJECT', 'STEP_TO_WORK', 'Startbaan'),
                 (19, 'OTHER', 'BASIC_CARE', 'Overleg')) as v (n, kind, care_level, label)
    where v.n = g % 20) k
cross join lateral (select name from municipality order by code offset g % 82 limit 1) m;

-- Three to eight municipalities per offer that is not Flanders-wide, always including the one in its name.
insert into help_offer_municipality (offer_id, municipality_code)
select o.id, mu.code
from help_offer o
cross join lateral (
    select code from municipality
    order by (hashtext(code || o.id) % 1000), code
    limit 3 + o.id % 6) mu
where o.slug like 'hulp-bench-%' and not o.flanders_wide
on conflict do nothing;

insert into help_offer_municipality (offer_id, municipality_code)
select o.id, mu.code
from help_offer o
join municipality mu on o.name like '% ' || mu.name || ' (bench %'
where o.slug like 'hulp-bench-%' and not o.flanders_wide
on conflict do nothing;
