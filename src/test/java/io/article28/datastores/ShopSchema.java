package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A small shop's schema, the same on every engine: foreign keys several hops deep, a
 * composite key and a foreign key onto it, a self-reference, an audit log that names
 * people by e-mail without a foreign key, free text, a view, and a table of no person.
 */
public final class ShopSchema {

	static final List<String> TABLES = List.of("addresses", "audit_log", "customer_emails", "customers", "order_lines",
			"orders", "products", "shipments", "support_tickets");

	private static final List<String> DDL = List.of("""
			create table customers (id bigint not null, email varchar(200) not null, full_name varchar(200),
			  phone varchar(40), birth_date date, referred_by bigint, created_at timestamp null,
			  constraint customers_pk primary key (id),
			  constraint customers_referred_by_fk foreign key (referred_by) references customers (id))""",
			"create unique index customers_email_uq on customers (email)", """
					create table addresses (id bigint not null, customer_id bigint not null, street varchar(200),
					  postal_code varchar(10), city varchar(100), country char(2),
					  constraint addresses_pk primary key (id),
					  constraint addresses_customer_fk foreign key (customer_id) references customers (id))""", """
					create table orders (id bigint not null, customer_id bigint not null, placed_at timestamp null,
					  total_cents bigint not null, constraint orders_pk primary key (id),
					  constraint orders_customer_fk foreign key (customer_id) references customers (id))""",
			"create index orders_by_customer on orders (customer_id)", """
					create table order_lines (order_id bigint not null, line_no int not null, sku varchar(40) not null,
					  quantity int not null, constraint order_lines_pk primary key (order_id, line_no),
					  constraint order_lines_order_fk foreign key (order_id) references orders (id))""", """
					create table shipments (id bigint not null, order_id bigint not null, line_no int not null,
					  constraint shipments_pk primary key (id),
					  constraint shipments_line_fk foreign key (order_id, line_no)
					    references order_lines (order_id, line_no))""", """
					create table support_tickets (id bigint not null, customer_id bigint, body text,
					  constraint support_tickets_pk primary key (id),
					  constraint support_tickets_customer_fk foreign key (customer_id) references customers (id))""",
			"""
					create table audit_log (id bigint not null, actor_email varchar(200), action varchar(50),
					  at timestamp null, constraint audit_log_pk primary key (id))""", """
					create table products (sku varchar(40) not null, title varchar(200), price_cents bigint,
					  constraint products_pk primary key (sku))""",
			"create view customer_emails as select id, email from customers");

	private ShopSchema() {
	}

	public static void create(CustomerDatabases.Database database) throws SQLException {
		try (Connection connection = database.admin(); Statement statement = connection.createStatement()) {
			for (String ddl : DDL) {
				statement.execute(ddl);
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	/** The schema the tables are in: the database itself on MariaDB, public elsewhere. */
	static String schemaOf(CustomerDatabases.Database database) {
		return database.engine() == Engine.MARIADB ? database.name() : "public";
	}

}
