-- Demands of government authorities for customer data: who demanded what, whether the
-- customers concerned were told or the law forbade it (reason and legal basis kept), and
-- what the provider disclosed.
create table government_demand (
    id uuid primary key,
    authority varchar(200) not null,
    demand_type varchar(20) not null,
    received_on date not null,
    reference varchar(100),
    data_concerned varchar(5000) not null,
    registered_at timestamp with time zone not null,
    registered_by uuid not null,
    withheld_reason varchar(5000),
    legal_basis varchar(1000),
    customers_told_at timestamp with time zone,
    status varchar(20) not null,
    answer varchar(5000),
    answered_on date,
    answered_at timestamp with time zone,
    answered_by uuid,
    constraint government_demand_withheld_with_basis check (
        (withheld_reason is null and legal_basis is null and customers_told_at is not null)
        or (withheld_reason is not null and legal_basis is not null))
);

create index government_demand_by_received on government_demand (received_on, registered_at);

-- The customers a demand concerns; erased with the customer, the demand stays.
create table government_demand_organization (
    demand_id uuid not null references government_demand (id),
    organization_id uuid not null,
    primary key (demand_id, organization_id)
);

create index government_demand_by_organization on government_demand_organization (organization_id);
