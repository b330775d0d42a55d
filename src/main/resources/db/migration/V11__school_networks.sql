-- Learning-network membership of a school per school year: the Ris+K learning networks (BaO, SO) and
-- the internal learning networks of the CLZ (regular and special education).
create table school_network_membership (
    school_id   bigint      not null references school (id) on delete cascade,
    school_year integer     not null references school_year (start_year),
    network     varchar(20) not null check (network in ('RISK_BAO', 'RISK_SO', 'CLZ_REGULAR', 'CLZ_SPECIAL')),
    primary key (school_id, school_year, network)
);
create index school_network_membership_year_idx on school_network_membership (school_year, network);

create index school_level_idx on school (level, name);
create index school_network_idx on school (network, name);
