package io.article28.datastores;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a sample of the text columns of a table: its first {@link #ROWS} rows, in one
 * statement, whatever the table's size (the rows read do not grow with it). The values
 * live only as long as the classifier needs them; each is cut to {@link #MAX_LENGTH}
 * characters.
 */
final class ColumnSampler {

	static final int ROWS = 200;

	static final int MAX_LENGTH = 2_000;

	/**
	 * The sampled values of each column, by name, and how many rows were read for them.
	 */
	record Sample(Map<String, List<String>> values, int rows) {
	}

	private ColumnSampler() {
	}

	/**
	 * The sampled values of each sampled column of the table, by column name; none for a
	 * view.
	 */
	static Sample sample(Connection connection, Dialect dialect, Catalog.Table table) throws SQLException {
		List<Catalog.Column> columns = table.columns().stream().filter(ColumnClassifier::sampled).toList();
		Map<String, List<String>> samples = new HashMap<>();
		boolean stored = table.kind() == Catalog.Kind.TABLE || table.kind() == Catalog.Kind.SYSTEM_VERSIONED
				|| table.kind() == Catalog.Kind.MATERIALIZED_VIEW;
		if (columns.isEmpty() || !stored) {
			return new Sample(samples, 0);
		}
		StringBuilder sql = new StringBuilder("select ");
		for (int i = 0; i < columns.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(dialect.quote(columns.get(i).name()));
			samples.put(columns.get(i).name(), new ArrayList<>());
		}
		sql.append(" from ")
			.append(dialect.quote(table.schema()))
			.append('.')
			.append(dialect.quote(table.name()))
			.append(" limit ")
			.append(ROWS);
		int rows = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setMaxRows(ROWS);
			try (ResultSet rs = statement.executeQuery(sql.toString())) {
				while (rs.next()) {
					rows++;
					for (int i = 0; i < columns.size(); i++) {
						String value = rs.getString(i + 1);
						if (value != null) {
							samples.get(columns.get(i).name())
								.add(value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value);
						}
					}
				}
			}
		}
		return new Sample(samples, rows);
	}

}
