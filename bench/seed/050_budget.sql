-- Budget volumes for the benchmark. The budget itself stays small by nature (a school year holds one request
-- per project, a handful of years), so :scale drives what grows with use: the history of school year
-- 2019-2020 gets 5 x :scale changes (shown 10 at a time on the advice page and 25 per page in the full
-- history), and each of its projects gets :scale / 50 comments of the city (20 at scale 1000), all shown on
-- the advice page. Deterministic; rows are marked "(bench)".

insert into budget_change (school_year, project_id, changed_at, changed_by, what, old_value, new_value, reason)
select 2019, r.project_id,
       timestamp with time zone '2019-03-01 09:00:00+01' + make_interval(mins => g),
       'Bench Beheer (bench)', 'advised',
       translate(to_char(1000 + g % 9000, 'FM999,990.00'), ',.', '.,'),
       translate(to_char(1000 + (g + 1) % 9000, 'FM999,990.00'), ',.', '.,'), null
from generate_series(1, 5 * :scale) as g
join (select project_id, row_number() over (order by project_id) - 1 as n, count(*) over () as c
      from funding_request where school_year = 2019) as r on r.n = g % r.c;

insert into budget_comment (school_year, project_id, author, written_at, text)
select 2019, r.project_id, 'Bench Stad (bench)',
       timestamp with time zone '2019-06-10 09:00:00+02' + make_interval(mins => g),
       'Opmerking ' || g || ' van de stad bij dit project (bench).'
from generate_series(1, greatest(:scale / 50, 1)) as g
cross join (select project_id from funding_request where school_year = 2019) as r;
