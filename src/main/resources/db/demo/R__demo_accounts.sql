-- One demo user per role; every demo password is AanBoord-demo-2026 (development only).
insert into account (username, display_name, email, password_hash)
values ('beheerder',   'Bea Beheer (demo)',      'beheerder@aanboord.test',   '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8'),
       ('coordinator', 'Koen Coördinator (demo)', 'coordinator@aanboord.test', '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8'),
       ('partner',     'Pia Partner (demo)',     'partner@aanboord.test',     '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8'),
       ('redactie',    'Ruben Redactie (demo)',  'redactie@aanboord.test',    '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8'),
       ('stad',        'Sofie Stad (demo)',      'stad@aanboord.test',        '{argon2}$argon2id$v=19$m=16384,t=2,p=1$F3n25TEilfTGnVzpzooT8w$2vic8Krp4UEhe3QFH/lVRE3dPSzA7+NLfwufv5y2lH8')
on conflict do nothing;

insert into account_role (account_id, role)
select a.id, r.role
from account a
join (values ('beheerder', 'ADMIN'), ('coordinator', 'COORDINATOR'), ('partner', 'PARTNER'),
             ('redactie', 'EDITOR'), ('stad', 'CITY')) as r (username, role) on r.username = a.username
on conflict do nothing;

insert into account_project (account_id, project_id)
select a.id, p.id
from account a, project p
where a.username = 'coordinator' and p.code in ('RISK_BAO', 'RISK_SO')
on conflict do nothing;

update account set organisation_id = (select id from organisation where name ilike 'Arktos%' order by id limit 1)
where username = 'partner' and organisation_id is null;
