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

	/** What the classifier must find in the shop, column by column ("table.column"). */
	static final java.util.Map<String, Category> PERSONAL = java.util.Map.ofEntries(
			java.util.Map.entry("customers.id", Category.ACCOUNT_ID),
			java.util.Map.entry("customers.email", Category.EMAIL),
			java.util.Map.entry("customers.full_name", Category.PERSON_NAME),
			java.util.Map.entry("customers.phone", Category.PHONE),
			java.util.Map.entry("customers.birth_date", Category.DATE_OF_BIRTH),
			java.util.Map.entry("customers.referred_by", Category.ACCOUNT_ID),
			java.util.Map.entry("addresses.customer_id", Category.ACCOUNT_ID),
			java.util.Map.entry("addresses.street", Category.POSTAL_ADDRESS),
			java.util.Map.entry("addresses.postal_code", Category.POSTAL_ADDRESS),
			java.util.Map.entry("addresses.city", Category.POSTAL_ADDRESS),
			java.util.Map.entry("addresses.country", Category.POSTAL_ADDRESS),
			java.util.Map.entry("orders.customer_id", Category.ACCOUNT_ID),
			java.util.Map.entry("support_tickets.customer_id", Category.ACCOUNT_ID),
			java.util.Map.entry("support_tickets.body", Category.FREE_TEXT),
			java.util.Map.entry("audit_log.actor_email", Category.EMAIL),
			java.util.Map.entry("customer_emails.email", Category.EMAIL));

	/** A few made-up people, their orders, tickets and the audit log, for the samples. */
	public static void fill(CustomerDatabases.Database database) throws SQLException {
		String[][] people = { { "Léa Moreau", "lea.moreau@example.fr", "+33 6 12 34 56 78" },
				{ "Hugo Bernard", "hugo.bernard@example.fr", "06 23 45 67 89" },
				{ "Nadia Haddad", "nadia.haddad@example.com", "+33 7 34 56 78 90" },
				{ "Tom Petit", "tom.petit@example.org", "01 45 67 89 01" },
				{ "Inès Robert", "ines.robert@example.fr", "+33 6 45 67 89 12" },
				{ "Paul Richard", "paul.richard@example.net", "06 56 78 90 12" } };
		try (Connection connection = database.admin(); Statement statement = connection.createStatement()) {
			for (int i = 0; i < people.length; i++) {
				int id = i + 1;
				statement
					.execute("insert into customers (id, email, full_name, phone, birth_date, referred_by) values ("
							+ id + ", '" + people[i][1] + "', '" + people[i][0] + "', '" + people[i][2] + "', date '198"
							+ i + "-0" + (i + 1) + "-1" + i + "', " + (i == 0 ? "null" : "1") + ")");
				statement.execute("insert into addresses (id, customer_id, street, postal_code, city, country) values ("
						+ id + ", " + id + ", '" + (id * 3) + " rue de la Paix', '7500" + id + "', 'Paris', 'FR')");
				statement.execute("insert into orders (id, customer_id, total_cents) values (" + id + ", " + id + ", "
						+ (1000 * id) + ")");
				statement.execute("insert into order_lines (order_id, line_no, sku, quantity) values (" + id
						+ ", 1, 'SKU-" + id + "', " + id + ")");
				statement.execute("insert into support_tickets (id, customer_id, body) values (" + id + ", " + id
						+ ", '" + (i % 2 == 0 ? "Please answer me at " + people[i][1] + " about my parcel"
								: "My order arrived broken, what now?")
						+ "')");
				statement.execute("insert into audit_log (id, actor_email, action) values (" + id + ", '" + people[i][1]
						+ "', 'login')");
				statement.execute("insert into products (sku, title, price_cents) values ('SKU-" + id
						+ "', 'Product number " + id + "', " + (250 * id) + ")");
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
	}

	/** The schema the tables are in: the database itself on MariaDB, public elsewhere. */
	public static String schemaOf(CustomerDatabases.Database database) {
		return database.engine() == Engine.MARIADB ? database.name() : "public";
	}

}
