-- A school's help card for the PDF benchmark, under a known private link:
--   /hulp/kaart/MC_fo8Cu5ZP0kdA-RS-BotTAXYJZaOAfUEfFx26lvwQ.pdf
-- (only the SHA-256 of the token is stored). It holds what a well-filled card holds: 25 ticked offers serving
-- Leuven for BaO and SO, most with a local contact, and 12 lines of the school's own over the levels of care.
delete from help_card where school_name = 'Basisschool Benchmark (fictief)';

insert into help_card (token_hash, school_name, municipality_code, levels)
values (decode('c89fe24ec172bbd0dfb00bfdb7899155b4d1b9fe0d4689651c2b1876bceb9c18', 'hex'),
        'Basisschool Benchmark (fictief)', 'leuven', 'BAO,SO');

insert into help_card_offer (card_id, offer_id, contact_person, phone, email)
select c.id, o.id,
       case when o.n % 4 <> 0 then 'Contactpersoon ' || o.n || ' (fictief)' end,
       case when o.n % 3 <> 0 then '016 ' || lpad((o.n % 100)::text, 2, '0') || ' 12 34' end,
       case when o.n % 5 = 0 then 'contact' || o.n || '@example.be' end
from help_card c
cross join (
    select h.id, row_number() over (order by h.id) as n
    from help_offer h
    where h.status = 'PUBLISHED'
      and (h.flanders_wide or exists (select 1 from help_offer_municipality m
                                      where m.offer_id = h.id and m.municipality_code = 'leuven'))
      and (cardinality(h.levels) = 0 or h.levels && array['BAO', 'SO']::varchar[])
    order by h.id
    limit 25
) o
where c.school_name = 'Basisschool Benchmark (fictief)';

insert into help_card_line (card_id, care_level, name, contact_person, phone, email, note, position)
select c.id,
       (array['BASIC_CARE', 'INCREASED_CARE', 'EXTENDED_CARE', 'THROUGH_CLB', 'STEP_TO_WORK'])[1 + g % 5],
       'Eigen lijn ' || g || ' (fictief)', 'Persoon ' || g, '0470 00 ' || lpad(g::text, 2, '0') || ' 00',
       'lijn' || g || '@example.be', 'Op woensdag, via de zorgcoördinator', g - 1
from help_card c
cross join generate_series(1, 12) g
where c.school_name = 'Basisschool Benchmark (fictief)';
