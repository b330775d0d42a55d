-- A published fiche stays public, as it was published, while its contributor writes a new version: the public
-- pages, search, feed and PDF read the live snapshot in fiche_version; contributors and editors work on the fiche
-- row itself. A snapshot now holds everything the public sees. Snapshots taken before this migration hold only
-- their text (licence is null there).
alter table fiche_version
    add column body            text          not null default '',
    add column themes          varchar(30)[] not null default '{}',
    add column phases          varchar(20)[] not null default '{}',
    add column levels          varchar(20)[] not null default '{}',
    add column audiences       varchar(20)[] not null default '{}',
    add column organisation_id bigint references organisation (id),
    add column plg_province    varchar(30) check (plg_province in ('ANTWERPEN', 'BRUSSEL_VLAAMS_BRABANT', 'LIMBURG',
                                                                  'OOST_VLAANDEREN', 'WEST_VLAANDEREN')),
    add column licence         varchar(20) check (licence in ('CC_BY', 'CC_BY_SA', 'CC_BY_NC', 'CC_BY_NC_SA',
                                                              'CC_BY_NC_ND', 'ALL_RIGHTS_RESERVED')),
    add column reference_list  jsonb         not null default '[]',
    -- the version the public sees; at most one per fiche, none once the fiche is archived
    add column live            boolean       not null default false;

alter table fiche_version
    add column source_key    varchar(40) generated always as
                                 (coalesce('PLG_' || plg_province, 'ORG_' || organisation_id::text)) stored,
    add column search_vector tsvector generated always as (
                                 setweight(to_tsvector('public.dutch_unaccent', coalesce(title, '')), 'A')
                                 || setweight(to_tsvector('public.dutch_unaccent', coalesce(summary, '')), 'B')
                                 || setweight(to_tsvector('public.dutch_unaccent', coalesce(body, '')), 'C')) stored;

-- The current publication of every fiche becomes its live snapshot. A fiche that was being revised at this
-- moment keeps its published text; its facts and references are the only ones still known, those of the draft.
update fiche_version v
set body = case when f.status = 'PUBLISHED' then f.body
                else trim(regexp_replace(regexp_replace(v.body_html, '<[^>]+>', ' ', 'g'), '\s+', ' ', 'g')) end,
    themes = f.themes, phases = f.phases, levels = f.levels, audiences = f.audiences,
    organisation_id = f.organisation_id, plg_province = f.plg_province, licence = f.licence,
    reference_list = (select coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'label', r.label, 'url', r.url)
                                                order by r.position), '[]')
                      from fiche_reference r where r.fiche_id = f.id),
    live = (f.status <> 'ARCHIVED')
from fiche f
where f.id = v.fiche_id and v.number = f.published_version;

create unique index fiche_version_live_idx on fiche_version (fiche_id) where live;
create index fiche_version_search_idx on fiche_version using gin (search_vector) where live;
create index fiche_version_themes_idx on fiche_version using gin (themes) where live;
create index fiche_version_phases_idx on fiche_version using gin (phases) where live;
create index fiche_version_levels_idx on fiche_version using gin (levels) where live;
create index fiche_version_audiences_idx on fiche_version using gin (audiences) where live;
create index fiche_version_source_idx on fiche_version (source_key) where live;
create index fiche_version_title_idx on fiche_version (lower(title)) where live;

-- What the public sees of each fiche: its live snapshot with the fiche's address, number and counters.
create view published_fiche as
select f.id, f.number, f.slug, v.number as version, v.title, v.summary, v.body, v.body_html, v.themes, v.phases,
       v.levels, v.audiences, v.organisation_id, v.plg_province, v.source_key, v.licence, v.reference_list,
       v.search_vector, f.published_at, v.published_at as version_published_at, f.last_reviewed_on,
       f.download_count
from fiche_version v
join fiche f on f.id = v.fiche_id
where v.live;

drop materialized view fiche_word;
create materialized view fiche_word as
select distinct word
from (select regexp_split_to_table(lower(public.unaccent('public.unaccent'::regdictionary, title || ' ' || summary)), '[^a-z0-9]+') as word
      from published_fiche) words
where length(word) >= 4;
create unique index fiche_word_idx on fiche_word (word);
create index fiche_word_trgm_idx on fiche_word using gin (word gin_trgm_ops);

-- The working copy is no longer searched.
drop index fiche_search_idx;
drop index fiche_themes_idx;
drop index fiche_phases_idx;
drop index fiche_levels_idx;
drop index fiche_audiences_idx;
drop index fiche_source_idx;
drop index fiche_title_idx;
alter table fiche drop column search_vector, drop column source_key;

-- Attachments follow the same rule: one added to a new version is public only once that version is published;
-- one removed from it (withdrawn) stays public until then.
alter table fiche_attachment
    add column published boolean not null default false,
    add column withdrawn boolean not null default false,
    add constraint fiche_attachment_withdrawn_check check (published or not withdrawn);
update fiche_attachment a
set published = true
from fiche_version v
where v.fiche_id = a.fiche_id and v.live and a.created_at <= v.published_at;
create index fiche_attachment_published_idx on fiche_attachment (fiche_id, id) where published;
