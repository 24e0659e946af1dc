package io.article28.datastores;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded engine of the demo and the tests: an H2 database in PostgreSQL mode, in a
 * file of {@code DATA_DIR/datastores}, which a connection never creates. H2 does not make
 * a session read-only on its side: the statements above the dialects are reads.
 */
@Component
class EmbeddedDialect implements Dialect {

	/**
	 * H2's "database not found, either pre-create it or allow remote database creation".
	 */
	private static final int DATABASE_NOT_FOUND = 90146;

	/** H2's "statement was canceled or the session timed out". */
	private static final int CANCELLED = 57014;

	/** H2's "wrong user name or password". */
	private static final int WRONG_USER_OR_PASSWORD = 28000;

	private final Path directory;

	EmbeddedDialect(@Value("${article28.data-dir:./data}") String dataDirectory) {
		this.directory = Path.of(dataDirectory, "datastores").toAbsolutePath().normalize();
	}

	@Override
	public Engine engine() {
		return Engine.EMBEDDED;
	}

	/** The file of the store's database, without H2's suffix. */
	Path file(String database) {
		return directory.resolve(database);
	}

	/** The URL that opens the database, creating it (for the demo's seeding only). */
	String creatingUrl(String database) {
		return "jdbc:h2:file:" + file(database) + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	@Override
	public String url(DataStore.Definition store, String connectHost) {
		return creatingUrl(store.database()) + ";IFEXISTS=TRUE";
	}

	@Override
	public Properties properties(DataStore.Definition store, String password, Timeouts timeouts, SessionMode mode) {
		Properties properties = new Properties();
		properties.setProperty("user", store.username());
		properties.setProperty("password", password);
		return properties;
	}

	@Override
	public void prepare(Connection connection, Timeouts timeouts, SessionMode mode) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set query_timeout " + timeouts.statement().toMillis());
		}
		connection.setReadOnly(mode == SessionMode.READ);
	}

	@Override
	public String pseudonym(String text) {
		return "lower(rawtohex(hash('SHA-256', cast(? as varbinary) || hash('SHA-256', cast(? as varbinary)"
				+ " || stringtoutf8(" + text + ")))))";
	}

	@Override
	public void readCatalog(Connection connection, Catalog.Builder catalog) throws SQLException {
		CatalogQuery.each(connection, """
				select table_schema, table_name, table_type, row_count_estimate from information_schema.tables
				where table_schema not in ('information_schema', 'pg_catalog')""",
				rs -> catalog.table(rs.getString(1), rs.getString(2),
						"VIEW".equals(rs.getString(3)) ? Catalog.Kind.VIEW : Catalog.Kind.TABLE,
						CatalogQuery.estimate(rs, 4)));
		CatalogQuery.each(connection, """
				select table_schema, table_name, column_name, ordinal_position, data_type, is_nullable,
				  character_maximum_length
				from information_schema.columns where table_schema not in ('information_schema', 'pg_catalog')""",
				rs -> catalog.column(rs.getString(1), rs.getString(2),
						new Catalog.Column(rs.getString(3), rs.getInt(4),
								rs.getString(5).toLowerCase(java.util.Locale.ROOT), "YES".equals(rs.getString(6)),
								CatalogQuery.optionalInt(rs, 7))));
		CatalogQuery.each(connection, """
				select k.table_schema, k.table_name, k.column_name
				from information_schema.table_constraints t
				join information_schema.key_column_usage k
				  on k.constraint_schema = t.constraint_schema and k.constraint_name = t.constraint_name
				where t.constraint_type = 'PRIMARY KEY'
				order by k.table_schema, k.table_name, k.ordinal_position""",
				rs -> catalog.primaryKeyColumn(rs.getString(1), rs.getString(2), rs.getString(3)));
		CatalogQuery.each(connection, """
				select k.constraint_name, k.table_schema, k.table_name, k.column_name, r.table_schema, r.table_name,
				  r.column_name
				from information_schema.referential_constraints c
				join information_schema.key_column_usage k
				  on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
				join information_schema.key_column_usage r
				  on r.constraint_schema = c.unique_constraint_schema and r.constraint_name = c.unique_constraint_name
				  and r.ordinal_position = k.position_in_unique_constraint
				order by k.table_schema, k.table_name, k.constraint_name, k.ordinal_position""",
				rs -> catalog.foreignKeyColumn(rs.getString(2), rs.getString(3), rs.getString(1), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7)));
		CatalogQuery.each(connection, """
				select i.table_schema, i.table_name, i.index_name, i.index_type_name, c.column_name
				from information_schema.indexes i
				join information_schema.index_columns c
				  on c.index_schema = i.index_schema and c.index_name = i.index_name
				where i.table_schema not in ('information_schema', 'pg_catalog')
				order by i.table_schema, i.table_name, i.index_name, c.ordinal_position""",
				rs -> catalog.indexColumn(rs.getString(1), rs.getString(2), rs.getString(3),
						!"INDEX".equals(rs.getString(4)), rs.getString(5)));
	}

	@Override
	public ConnectionCheck.Status classify(SQLException error, DataStore.Definition store) {
		return switch (error.getErrorCode()) {
			case WRONG_USER_OR_PASSWORD -> ConnectionCheck.Status.AUTHENTICATION_FAILED;
			case DATABASE_NOT_FOUND -> ConnectionCheck.Status.DATABASE_NOT_FOUND;
			case CANCELLED -> ConnectionCheck.Status.TIMED_OUT;
			default -> null;
		};
	}

}
