-- Agenda: 2 × :scale activities (2,000 at the default scale of 1000) from two years back to two years ahead, of
-- every type, most published (one in twenty cancelled, one in ten a draft), each organised by one of the
-- projects, with an address, audiences and levels like the demo's; every tenth event has a programme of four
-- items. Slugs end in "-bench-<n>".
insert into activity (slug, type, learning_network, title, description, starts_at, ends_at, address, audiences,
                      levels, capacity, registration_opens_at, registration_required, status, report)
select 'activiteit-bench-' || g,
       t.type,
       case when t.type = 'NETWORK_MEETING' then (array['RISK_BAO', 'RISK_SO', 'CLZ_REGULAR', 'CLZ_SPECIAL'])[1 + g % 4] end,
       (array['Leerlabo', 'Studiedag', 'Inspiratiedag', 'Netwerkbijeenkomst', 'Platform'])[1 + g % 5]
           || ' ' || (array['spijbelen', 'agressiecurve', 'nieuwe autoriteit', 'aanwezigheidsbeleid',
                            'herstelgericht werken', 'welbevinden'])[1 + g % 6] || ' (bench ' || g || ')',
       'Een activiteit van het labo over ' || (array['spijbelen', 'agressie', 'schoolmoeheid'])[1 + g % 3]
           || E'.\n\n- uitwisselen\n- materialen uit de **toolbox**',
       s.starts, s.starts + interval '150 minutes',
       'CLZ, Vital Decosterstraat 102, 3000 Leuven',
       (array['TEACHER', 'CARE_COORDINATOR,TEACHER', 'CLB,SCHOOL_LEADER', 'PARTNER'])[1 + g % 4],
       (array['BAO', 'SO', 'BUO', 'BAO,SO'])[1 + g % 4],
       case when g % 3 = 0 then null else 20 + g % 40 end,
       s.starts - interval '60 days', g % 7 <> 0,
       case when g % 10 = 0 then 'DRAFT' when g % 20 = 5 then 'CANCELLED' else 'PUBLISHED' end,
       case when s.starts < now() and g % 4 = 0 then 'Verslag van de activiteit (bench ' || g || ').' end
from generate_series(1, 2 * :scale) g
cross join lateral (select (array['LEERLABO', 'LEERLABO', 'STUDY_DAY', 'INSPIRATION_DAY', 'PROVINCIAL_PLATFORM',
                                  'EVENT', 'LAB_MEETING', 'NETWORK_MEETING'])[1 + g % 8] as type) t
cross join lateral (select date_trunc('hour', now() - interval '730 days'
                                + (g * (interval '1460 days' / (2 * :scale)))) + interval '9 hours' as starts) s;

insert into activity_project (activity_id, project_id)
select a.id, p.id
from activity a
join lateral (select id from project order by position offset (a.id % 4) limit 1) p on true
where a.slug like 'activiteit-bench-%'
on conflict do nothing;

insert into activity_programme_item (activity_id, position, kind, starts_at, ends_at, title, speakers, capacity)
select a.id, i, (array['PLENARY', 'BREAK', 'KEYNOTE', 'WORKSHOP'])[1 + i],
       a.starts_at + i * interval '30 minutes', a.starts_at + (i + 1) * interval '30 minutes',
       (array['Onthaal', 'Pauze', 'Keynote', 'Workshop'])[1 + i], null, case when i = 3 then 25 end
from activity a
cross join generate_series(0, 3) i
where a.slug like 'activiteit-bench-%' and substring(a.slug from '[0-9]+$')::int % 10 = 1;
