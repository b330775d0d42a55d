-- News items (issue 14): a new learning lab, the help-line card "Eerste Hulp bij schooluitval" (seed 004) and the
-- yearly information moment of Meldpunt SI (seed 002), dated from the day the demo data is loaded, with their links
-- to fiches and activities; one draft. Three fictitious confirmed newsletter subscribers. Idempotent: reruns update
-- the items by slug and keep their ids.
with v (slug, title, days_ago, body, status) as (values
('nieuw-leerlabo-secundair-onderwijs', 'Nieuw leerlabo voor het secundair onderwijs', 3,
 $md$Na de leerlabo's voor het basisonderwijs start het labo met CLZ en Ris+K een **leerlabo voor leerkrachten en
zorgcoördinatoren uit het secundair onderwijs**. We vertrekken van jullie eigen casussen rond moeilijk hanteerbaar
gedrag en werken met de basishouding van *nieuwe autoriteit*.

Schrijf je in via de activiteit in de agenda: de plaatsen zijn beperkt.$md$, 'PUBLISHED'),
('eerste-hulp-bij-schooluitval-kaart', 'Eerste Hulp bij schooluitval: maak de kaart voor je school', 10,
 $md$Een leerkracht maakt zich zorgen over een leerling die spijbelt: wie bel je? De kaart **Eerste Hulp bij
schooluitval** zet de hulplijnen per zorgniveau op één A4 voor de leraarskamer: van brede basiszorg over
verhoogde zorg en uitbreiding van zorg tot wat via het CLB loopt.

1. Kies je school en je gemeente.
2. Vink aan met wie je al samenwerkt.
3. Vul je eigen contactpersonen en nummers in.
4. Druk af en hang op.

Op de kaart staat niets over leerlingen.$md$, 'PUBLISHED'),
('infomoment-meldpunt-si', 'Infomoment Meldpunt SI: schoolexterne interventies in Vlaams-Brabant', 20,
 $md$Het **Meldpunt SI** geeft een overzicht van alle aanbieders van schoolexterne interventies in de provincie en
heeft een medewerkster bij wie je terechtkunt voor consult. Op het jaarlijkse infomoment stellen de aanbieders zich
voor en hoor je hoe een aanmelding verloopt.

Meer op [www.meldpuntsi.be](https://www.meldpuntsi.be).$md$, 'PUBLISHED'),
('studiedag-aanwezigheidsbeleid-aangekondigd', 'Studiedag over aanwezigheidsbeleid aangekondigd', 1,
 $md$De studiedag over aanwezigheidsbeleid komt eraan. Het programma volgt.$md$, 'DRAFT'))
insert into news_item (slug, title, news_date, body, status, published_at, created_at, updated_at)
select v.slug, v.title, (now() at time zone 'Europe/Brussels')::date - v.days_ago, v.body, v.status,
       case when v.status = 'PUBLISHED' then now() - make_interval(days => v.days_ago) end,
       now() - make_interval(days => v.days_ago), now() - make_interval(days => v.days_ago)
from v
on conflict (slug) do update set title = excluded.title, news_date = excluded.news_date, body = excluded.body,
    status = excluded.status, published_at = excluded.published_at, updated_at = excluded.updated_at;

delete from news_item_fiche where news_item_id in (select id from news_item where slug in
    ('nieuw-leerlabo-secundair-onderwijs', 'eerste-hulp-bij-schooluitval-kaart', 'infomoment-meldpunt-si'));
delete from news_item_activity where news_item_id in (select id from news_item where slug in
    ('nieuw-leerlabo-secundair-onderwijs', 'eerste-hulp-bij-schooluitval-kaart', 'infomoment-meldpunt-si'));

insert into news_item_fiche (news_item_id, fiche_id)
select n.id, f.id
from (values ('nieuw-leerlabo-secundair-onderwijs', 'van-onmacht-naar-kracht-nieuwe-autoriteit'),
             ('nieuw-leerlabo-secundair-onderwijs', 'gepast-reageren-agressiecurve'),
             ('eerste-hulp-bij-schooluitval-kaart', 'preventieplan-afwezigheden'),
             ('infomoment-meldpunt-si', 'actieplan-aanwezigheidsbeleid')) l (item, fiche)
join news_item n on n.slug = l.item
join fiche f on f.slug = l.fiche;

insert into news_item_activity (news_item_id, activity_id)
select n.id, a.id
from (values ('nieuw-leerlabo-secundair-onderwijs', 'leerlabo-so-2026'),
             ('infomoment-meldpunt-si', 'provinciaal-platform-2027')) l (item, activity)
join news_item n on n.slug = l.item
join activity a on a.slug = l.activity;

insert into newsletter_subscriber (email, requested_at, confirmed_at)
values ('an.leerkracht@example.org', now() - interval '40 days', now() - interval '40 days'),
       ('zorgcoordinator@example.org', now() - interval '30 days', now() - interval '29 days'),
       ('clb.medewerker@example.org', now() - interval '12 days', now() - interval '12 days')
on conflict do nothing;

-- Links to help offers (R__demo_help.sql runs before this file)
delete from news_item_offer where news_item_id in (select id from news_item where slug in
    ('eerste-hulp-bij-schooluitval-kaart', 'infomoment-meldpunt-si'));
insert into news_item_offer (news_item_id, offer_id)
select n.id, o.id
from (values ('eerste-hulp-bij-schooluitval-kaart', 'vrij-clb-leuven'),
             ('eerste-hulp-bij-schooluitval-kaart', 'go-clb-leuven-tienen-landen'),
             ('eerste-hulp-bij-schooluitval-kaart', 'netwerkcoordinator-schooluitval-vlaams-brabant'),
             ('infomoment-meldpunt-si', 'meldpunt-schoolexterne-interventies')) l (item, offer)
join news_item n on n.slug = l.item
join help_offer o on o.slug = l.offer;
