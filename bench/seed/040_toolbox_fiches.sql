-- Toolbox: 10 × :scale published fiches (10,000 at the default scale of 1000), variations on the demo fiches
-- (same texts, facets and sources, so that searches and facets match as with real content), each with a
-- published (live) version, which is what the public pages read; then the suggestion words are refreshed.
-- Rows are marked "(bench n)" in the title.
insert into fiche (number, slug, title, summary, body, body_html, themes, phases, levels, audiences,
                   organisation_id, plg_province, licence, status, published_at, published_version,
                   last_reviewed_on, download_count)
select 1000 + g, d.slug || '-bench-' || g, d.title || ' (bench ' || g || ')', d.summary,
       d.body || E'\n\nVariant ' || g || ' voor ' || (array['leerkrachten', 'schoolteams', 'zorgcoördinatoren',
           'CLB-medewerkers', 'directies', 'leerlingbegeleiders'])[1 + g % 6] || '.',
       d.body_html, d.themes, d.phases, d.levels, d.audiences, d.organisation_id, d.plg_province, d.licence,
       'PUBLISHED', timestamptz '2020-01-01 08:00+01' + g * interval '2 hours', 1,
       date '2023-01-01' + (g % 1200), g % 97
from generate_series(1, 10 * :scale) g
join (select row_number() over (order by number) - 1 as k, f.*
      from fiche f where f.number between 1 and 18) d on d.k = g % 18;

insert into fiche_version (fiche_id, number, title, summary, body, body_html, themes, phases, levels, audiences,
                           organisation_id, plg_province, licence, reference_list, published_at, published_by, live)
select id, 1, title, summary, body, body_html, themes, phases, levels, audiences, organisation_id, plg_province,
       licence, '[]', published_at, 'bench', true
from fiche where title like '%(bench %' on conflict do nothing;

select setval('fiche_number_seq', (select max(number) from fiche));
refresh materialized view fiche_word;
