-- Demo users for the roles SCHOOL and CLB (password AanBoord-demo-2026, development only, as in
-- R__demo_accounts.sql). They are linked to demo schools, which R__demo_data.sql inserts; Flyway runs
-- repeatable migrations by name, so this file comes after that one. Both schools are served by the GO! CLB,
-- the organisation of the CLB user, who thus sees them (and the GO! CLB's other demo schools).
insert into account (username, display_name, email, password_hash, school_id)
select v.username, v.display_name, v.email,
       '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8',
       s.id
from (values
    ('school',  'Sara School (demo)',  'school@aanboord.test',  'Basisschool De Regenboogbrug (fictief)'),
    ('school2', 'Sam Schoolteam (demo)', 'school2@aanboord.test', 'Stedelijk Lyceum De Brug (fictief)')
) as v (username, display_name, email, school_name)
join school s on s.name = v.school_name
on conflict do nothing;

insert into account (username, display_name, email, password_hash, organisation_id)
select 'clb', 'Charlotte CLB (demo)', 'clb@aanboord.test',
       '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8',
       o.id
from organisation o
where o.name = 'GO! CLB Leuven-Tienen-Landen' and o.clb
on conflict do nothing;

insert into account_role (account_id, role)
select a.id, r.role
from account a
join (values ('school', 'SCHOOL'), ('school2', 'SCHOOL'), ('clb', 'CLB')) as r (username, role)
    on r.username = a.username
on conflict do nothing;
