-- Spring Modulith's event publication registry (its JDBC schema, version 2): an event for a listener in
-- another module is stored in the transaction that publishes it and marked complete once the listener ran
-- after commit, so that e-mails and other side effects survive a crash between the two.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
