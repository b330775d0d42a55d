-- Corrections to help offers as visitors propose them (issue 14): two waiting in the editors' queue, one of them with
-- an address for a reply (on the reserved domain example.org), and one rejected with the editor's note. Idempotent:
-- reruns replace these corrections (found by their text) and leave every other correction alone.
delete from help_correction
where body in ('Het JAC heeft sinds september andere openingsuren: op woensdag open tot 19 uur.',
               'Het telefoonnummer van de brugfiguren is veranderd, het is nu 016 27 99 10.',
               'Dit aanbod bestaat volgens mij niet meer.');

insert into help_correction (offer_id, body, email, status, proposed_at, handled_at, handled_by, editor_note)
select o.id, v.body, v.email, v.status, now() - cast(v.ago as interval),
       case when v.status = 'PROPOSED' then null else now() - interval '1 day' end,
       case when v.status = 'PROPOSED' then null else (select id from account where username = 'redactie') end,
       v.note
from (values
    ('jac-leuven', 'Het JAC heeft sinds september andere openingsuren: op woensdag open tot 19 uur.',
     'leerkracht.demo@example.org', 'PROPOSED', '3 days', null),
    ('brugfiguren-basisonderwijs-leuven',
     'Het telefoonnummer van de brugfiguren is veranderd, het is nu 016 27 99 10.', null, 'PROPOSED', '1 day', null),
    ('lop-leuven', 'Dit aanbod bestaat volgens mij niet meer.', null, 'REJECTED', '20 days',
     'Nagevraagd bij het LOP: het aanbod loopt nog.')
) as v (slug, body, email, status, ago, note)
join help_offer o on o.slug = v.slug;
