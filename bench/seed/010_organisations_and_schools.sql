-- Benchmark seed: :scale extra organisations and :scale extra schools.
--
-- Run by bench/run.sh with psql -v scale=N in a single transaction, after Flyway has applied the
-- schema, the reference data and the demo data (dev profile). Deterministic: the same scale always
-- gives the same rows. Names carry "(bench)" so that they are easy to tell apart from the demo data.

-- Organisations, spread evenly over the six categories; about half have a website.
insert into organisation (name, category, description, website)
select format('Benchmarkorganisatie %s (bench)', to_char(i, 'FM000000')),
       (array['ONDERWIJS', 'ONDERSTEUNING_ONDERWIJS', 'WELZIJN', 'BRUG_ONDERWIJS_WELZIJN',
              'LOKALE_OVERHEID', 'OPLEIDING'])[1 + i % 6],
       format('Fictieve organisatie nummer %s voor de benchmark. Werkt in regio %s aan de ondersteuning van '
              || 'jongeren en scholen en neemt deel aan het overleg van het Labo.', i, 1 + i % 17),
       case when i % 2 = 0 then format('https://bench-%s.example.org', i) end
from generate_series(1, :scale) as i;

-- Schools over the five levels and the three networks; GO! and officieel schools are served by the
-- GO! CLB, katholieke schools by the Vrij CLB (left null when the demo CLBs are missing).
insert into school (name, level, network, school_community, clb_id, street, postal_code, city)
select format('Benchmarkschool %s (bench)', to_char(s.i, 'FM000000')),
       s.level, s.network,
       format('Scholengemeenschap Bench %s', 1 + s.i % 25),
       case when s.network = 'KATHOLIEK' then vrij.id else go.id end,
       format('Benchmarkstraat %s', 1 + s.i % 250),
       (array['3000', '3001', '3010', '3012', '3018'])[1 + s.i % 5],
       (array['Leuven', 'Heverlee', 'Kessel-Lo', 'Wilsele', 'Wijgmaal'])[1 + s.i % 5]
from (select i,
             (array['KLEUTER', 'BAO', 'SO', 'BUBAO', 'BUSO'])[1 + i % 5] as level,
             (array['GO', 'KATHOLIEK', 'OFFICIEEL'])[1 + i % 3] as network
      from generate_series(1, :scale) as i) as s
left join organisation go on go.name = 'GO! CLB Leuven-Tienen-Landen'
left join organisation vrij on vrij.name = 'Vrij CLB Leuven';
