-- Image and video links of a fiche, its own fields rather than lines among the references: a web address with a
-- description (of an image; the link text for whoever cannot see it) or a title (of a video).
create table fiche_media_link (
    fiche_id bigint       not null references fiche (id) on delete cascade,
    position integer      not null,
    kind     varchar(10)  not null check (kind in ('IMAGE', 'VIDEO')),
    url      varchar(500) not null check (url ~ '^https?://'),
    text     varchar(300) not null,
    primary key (fiche_id, position)
);

-- Image and video references with a web address become such links; the other references close ranks.
insert into fiche_media_link (fiche_id, position, kind, url, text)
select fiche_id, row_number() over (partition by fiche_id order by position) - 1, kind, url, label
from fiche_reference
where kind in ('IMAGE', 'VIDEO') and url ~ '^https?://';
delete from fiche_reference where kind in ('IMAGE', 'VIDEO') and url ~ '^https?://';
update fiche_reference r
set position = -1 - n.rank
from (select fiche_id, position, row_number() over (partition by fiche_id order by position) - 1 as rank
      from fiche_reference) n
where n.fiche_id = r.fiche_id and n.position = r.position;
update fiche_reference set position = -1 - position where position < 0;

-- The published snapshots hold them too, and the snapshots' references change the same way.
alter table fiche_version add column media_links jsonb not null default '[]';
update fiche_version
set media_links = (select coalesce(jsonb_agg(jsonb_build_object('kind', r ->> 'kind', 'url', r ->> 'url',
                                                                'text', r ->> 'label') order by n), '[]')
                   from jsonb_array_elements(reference_list) with ordinality as e(r, n)
                   where r ->> 'kind' in ('IMAGE', 'VIDEO') and r ->> 'url' ~ '^https?://'),
    reference_list = (select coalesce(jsonb_agg(r order by n), '[]')
                      from jsonb_array_elements(reference_list) with ordinality as e(r, n)
                      where not (r ->> 'kind' in ('IMAGE', 'VIDEO') and coalesce(r ->> 'url', '') ~ '^https?://'));

create or replace view published_fiche as
select f.id, f.number, f.slug, v.number as version, v.title, v.summary, v.body, v.body_html, v.themes, v.phases,
       v.levels, v.audiences, v.organisation_id, v.plg_province, v.source_key, v.licence, v.reference_list,
       v.search_vector, f.published_at, v.published_at as version_published_at, f.last_reviewed_on,
       f.download_count, v.media_links
from fiche_version v
join fiche f on f.id = v.fiche_id
where v.live;
