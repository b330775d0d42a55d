-- Whether an organisation is a centre for pupil guidance (CLB). Schools name their CLB and trajectories the CLB
-- that referred the pupil, chosen from these organisations; school and CLB users (issue of the prevention plan)
-- are linked to them. The two Leuven CLBs of the reference data (V3) are CLBs.
alter table organisation add column clb boolean not null default false;
update organisation set clb = true where name in ('GO! CLB Leuven-Tienen-Landen', 'Vrij CLB Leuven');
create index organisation_clb_idx on organisation (name) where clb;
