-- The Atom feed lists the most recently published fiches first.
create index fiche_published_at_idx on fiche (published_at desc, id desc);
