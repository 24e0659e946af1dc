create table processing_activity (
    id uuid primary key,
    position integer not null,
    data_subjects varchar(1000) not null,
    purpose varchar(1000) not null,
    nature varchar(1000) not null,
    legal_basis varchar(500) not null,
    data_categories varchar(1000) not null,
    retention varchar(1000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table security_measures (
    id varchar(20) primary key,
    description varchar(10000) not null,
    updated_at timestamp with time zone not null
);
