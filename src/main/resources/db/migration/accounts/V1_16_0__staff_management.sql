-- A staff member holds one or more roles (staff_grant); app_user.staff says who is staff.
create table staff_grant (
  user_id uuid not null references app_user (id),
  role varchar(20) not null,
  constraint staff_grant_pk primary key (user_id, role),
  constraint staff_grant_role_known check (role in ('DPO', 'SUPPORT', 'SECURITY', 'ADMIN'))
);
insert into staff_grant (user_id, role) select id, staff_role from app_user where staff_role is not null;

alter table app_user add column staff boolean default false not null;
update app_user set staff = true where staff_role is not null;
alter table app_user drop constraint app_user_staff_or_member;
alter table app_user drop column staff_role;
alter table app_user add constraint app_user_staff_or_member check (
  (staff and organization_id is null and organization_role is null)
  or (not staff and organization_id is not null and organization_role is not null));

-- A staff member who left: cannot sign in, sessions and tokens ended.
alter table app_user add column deactivated_at timestamp with time zone;

-- Single-use links to set a password: the invitation of a new staff member, a reset.
-- Only the SHA-256 digest of the link's secret is kept.
create table password_link (
  id uuid not null primary key,
  user_id uuid not null references app_user (id),
  purpose varchar(20) not null,
  token_digest varchar(64) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone,
  constraint password_link_digest_unique unique (token_digest),
  constraint password_link_purpose_known check (purpose in ('INVITATION', 'RESET'))
);
create index password_link_by_user on password_link (user_id, created_at);

-- The signed-in person kept in a session changed shape (several staff roles): everyone signs
-- in again once.
delete from spring_session_attributes;
delete from spring_session;
