-- When each user last signed in (shown to the administrators, for security and support), and an index for the
-- administrators' search of users by username, name or e-mail address (a substring, any case).
alter table account add column last_sign_in_at timestamp with time zone;

create extension if not exists pg_trgm;
create index account_search_trgm_idx on account
    using gin (lower(username || ' ' || display_name || ' ' || email) gin_trgm_ops);
