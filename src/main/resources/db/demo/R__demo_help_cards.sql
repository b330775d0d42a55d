-- Demo: the card "Eerste Hulp bij schooluitval" of a fictitious primary school in Leuven (development and tests
-- only), with some offers of the demo directory ticked, its local contacts (fictitious adults) and lines of its own.
-- Its private link, documented for trying it out:
--   /hulp/kaart/zbBRjR-lCx-BDbYGASc7XcqkkcpLbzV-N2HdzMRduyU
-- Only the SHA-256 of that token is stored, as for every card. Runs after R__demo_data.sql (schools) and
-- R__demo_help.sql (offers): Flyway runs repeatable migrations by name.
delete from help_card
where token_hash = decode('71b59068ce2f8dce2896b4d10bf76b245983fe7a1750796ac70a546b96e86c5b', 'hex');

insert into help_card (token_hash, school_name, municipality_code, levels, created_at, updated_at, last_opened_at)
values (decode('71b59068ce2f8dce2896b4d10bf76b245983fe7a1750796ac70a546b96e86c5b', 'hex'),
        'Basisschool Sint-Aldegondis (fictief)', 'leuven', 'BAO',
        now() - interval '20 days', now() - interval '2 days', now() - interval '2 days');

insert into help_card_offer (card_id, offer_id, contact_person, phone, email)
select c.id, o.id, v.contact_person, v.phone, v.email
from help_card c
cross join (values
    ('vrij-clb-leuven', 'Ilse Vermeulen (CLB-anker, fictief)', '016 00 41 41', 'ilse.vermeulen@clb.example'),
    ('pedagogische-begeleiding-katholiek-onderwijs-leuven', 'Tom Peeters (begeleider, fictief)', null, null),
    ('huiswerkklas-de-boekentas', 'Mieke (coördinator, fictief)', '0470 00 11 22', null),
    ('ondersteuningsnetwerk-oost-brabant', null, null, null),
    ('naft-leerrecht-vlaams-brabant-oost', null, null, null),
    ('jac-leuven', null, null, null)
) as v (slug, contact_person, phone, email)
join help_offer o on o.slug = v.slug
where c.token_hash = decode('71b59068ce2f8dce2896b4d10bf76b245983fe7a1750796ac70a546b96e86c5b', 'hex');

insert into help_card_line (card_id, care_level, name, contact_person, phone, email, note, position)
select c.id, v.care_level, v.name, v.contact_person, v.phone, v.email, v.note, v.position
from help_card c
cross join (values
    ('BASIC_CARE', 'Zorgcoördinator van de school', 'Els Janssens (fictief)', '016 00 12 34', null,
     'Eerste aanspreekpunt voor elke zorg', 0),
    ('INCREASED_CARE', 'Brugfiguur Kessel-Lo', 'Youssef (fictief)', '0471 00 22 33', null, 'Dinsdag en donderdag op school', 1),
    ('THROUGH_CLB', 'Zorgboerderij Het Vlierbos (fictief)', null, '016 00 77 88', 'info@vlierbos.example',
     'Via het CLB; halve dagen mogelijk', 2)
) as v (care_level, name, contact_person, phone, email, note, position)
where c.token_hash = decode('71b59068ce2f8dce2896b4d10bf76b245983fe7a1750796ac70a546b96e86c5b', 'hex');
