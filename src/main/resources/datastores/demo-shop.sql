-- The demo's shop (acme-website's database): customers and what belongs to them through foreign
-- keys several hops deep, support tickets in free text, newsletter subscriptions, products of no
-- person, and an audit log that copies e-mail addresses without a foreign key.
create table customers (id bigint not null primary key, email varchar(200) not null, first_name varchar(100),
  last_name varchar(100), phone varchar(40), birth_date date, referred_by bigint references customers (id),
  created_at timestamp not null);
create unique index customers_email on customers (email);
create table addresses (id bigint not null primary key, customer_id bigint not null references customers (id),
  street varchar(200), postal_code varchar(10), city varchar(100), country char(2));
create index addresses_by_customer on addresses (customer_id);
create table products (sku varchar(20) not null primary key, title varchar(200) not null, price_cents int not null);
create table orders (id bigint not null primary key, customer_id bigint not null references customers (id),
  placed_at timestamp not null, status varchar(20) not null, total_cents int not null);
create index orders_by_customer on orders (customer_id);
create table order_lines (order_id bigint not null references orders (id), line_no int not null,
  sku varchar(20) not null references products (sku), quantity int not null, price_cents int not null,
  primary key (order_id, line_no));
create table support_tickets (id bigint not null primary key, customer_id bigint references customers (id),
  subject varchar(200), body text, opened_at timestamp not null);
create table newsletter_subscriptions (id bigint not null primary key, email varchar(200) not null,
  subscribed_at timestamp not null, source_ip varchar(45));
create table audit_log (id bigint not null primary key, actor_email varchar(200), action varchar(50) not null,
  at timestamp not null, ip_address varchar(45));
