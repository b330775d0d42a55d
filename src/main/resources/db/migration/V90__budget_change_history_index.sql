-- The history of a school year is read newest first, 25 changes a page (10 on the advice page), with its count.
-- In the order of the page and with the kind of change (the city's filter) in the index, the page is an index
-- scan that stops after its rows and the count an index-only scan; the step changes, which the city's filter
-- looks up (the last time the advice was sent), get a small index of their own.
create index budget_change_history_idx on budget_change (school_year, changed_at desc, id desc) include (what);
create index budget_change_step_idx on budget_change (school_year, id) where what = 'step';
drop index budget_change_year_idx;
