-- Every organization of bench_org bound by a DPA: 90% by the current edition ('2022-03', an
-- objection window), 10% by the 2018 one ('2018-05', prior written consent). One document of the
-- demo signatures stands for all: only the binding version is read.
insert into dpa_signature (id, organization_id, version_id, document_id, document_sha256, signer_id, signed_at,
                           ip_address, user_agent, company_name, company_address, signer_name, signer_title,
                           dpo_name, dpo_email, signed_pdf, signed_pdf_sha256)
  select gen_random_uuid(), o.id, case when o.n % 10 = 0 then '2018-05' else '2022-03' end, d.id, d.sha256,
         o.owner_id, case when o.n % 10 = 0 then timestamptz '2019-06-01' else timestamptz '2023-06-01' end,
         '127.0.0.1', 'bench', 'Bench Org ' || lpad(o.n::text, 6, '0'), '1 rue du Banc, 75001 Paris',
         'Owner ' || o.n, 'Director', 'DPO ' || o.n, 'dpo@org' || o.n || '.bench.example', decode('00', 'hex'),
         repeat('0', 64)
  from bench_org o cross join (select id, sha256 from dpa_document order by created_at limit 1) d;
