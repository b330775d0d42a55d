-- The organisations that execute trajectories for a project: the trajectory form offers only these as
-- "uitvoerende partner". The lab (admin) keeps the list per project; this fills it from the seeds.
create table project_executing_partner (
    project_id      bigint not null references project (id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade,
    primary key (project_id, organisation_id)
);

create index project_executing_partner_organisation_idx on project_executing_partner (organisation_id);

-- Ris+K BaO: Arktos, De Schommel and UCLL (Samen-Spel for pre-school); Ris+K SO: the partners of its learning
-- network; Ris+K BuO: steered by the CLZ, with the welfare partners of Ris+K; NAFT: Cidar (lead organisation), the
-- NAFT-Leerrecht offer, Koïnoor-Leerrecht and Arktos/NAFT; bridge coaching: bundled at Arktos.
insert into project_executing_partner (project_id, organisation_id)
select p.id, o.id
from (values ('RISK_BAO', 'Arktos'), ('RISK_BAO', 'De Schommel'), ('RISK_BAO', 'UCLL'),
             ('RISK_SO', 'Arktos'), ('RISK_SO', 'Koïnoor'), ('RISK_SO', 'Profo'), ('RISK_SO', 'De Acht'),
             ('RISK_SO', 'DOCA'), ('RISK_SO', 'Yuneco'), ('RISK_SO', 'Alba'),
             ('RISK_BUO', 'Centrum voor Leerzorg (CLZ)'), ('RISK_BUO', 'Arktos'), ('RISK_BUO', 'Koïnoor'),
             ('NAFT', 'Cidar'), ('NAFT', 'NAFT-Leerrecht Vlaams-Brabant Oost'), ('NAFT', 'Koïnoor'),
             ('NAFT', 'Arktos'),
             ('BRUGCOACHES', 'Arktos')) as v (code, organisation)
join project p on p.code = v.code
join organisation o on o.name = v.organisation
on conflict do nothing;
