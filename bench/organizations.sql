-- ORGS organizations ('Bench Org 000001'...), each with a DPO contact and an owner who cannot sign
-- in, listed in the temporary table bench_org (n, id, owner_id) for the statements that follow in
-- the same transaction, which this file opens: the caller adds what it measures, then commits.
-- Run with psql -v orgs=N, from the repository's root (\i bench/organizations.sql).
begin;
create temporary table bench_org on commit drop as
  select n, gen_random_uuid() as id, gen_random_uuid() as owner_id from generate_series(1, :orgs) n;
insert into organization (id, name, billing_email, dpo_name, dpo_email, created_at)
  select id, 'Bench Org ' || lpad(n::text, 6, '0'), 'billing@org' || n || '.bench.example',
         'DPO ' || n, 'dpo@org' || n || '.bench.example', now()
  from bench_org;
insert into app_user (id, email, name, password_hash, staff_role, organization_id, organization_role,
                      can_export, created_at)
  select owner_id, 'owner@org' || n || '.bench.example', 'Owner ' || n, '{noop}not-for-signing-in', null,
         id, 'OWNER', true, now()
  from bench_org;
