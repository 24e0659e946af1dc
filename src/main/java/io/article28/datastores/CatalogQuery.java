package io.article28.datastores;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs one catalog query over every table at once and hands each row on: the catalog of a
 * thousand tables is a handful of statements, not a few per table.
 */
final class CatalogQuery {

	@FunctionalInterface
	interface Row {

		void read(ResultSet rs) throws SQLException;

	}

	private CatalogQuery() {
	}

	static void each(Connection connection, String sql, Row row) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(1_000);
			try (ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					row.read(rs);
				}
			}
		}
	}

	/** A count that may be missing or negative (never analysed): unknown then. */
	static Long estimate(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() || value < 0 ? null : value;
	}

	static Integer optionalInt(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() || value > Integer.MAX_VALUE ? null : (int) value;
	}

}
