package io.article28.datarights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.article28.datastores.Catalog;
import io.article28.datastores.Category;
import io.article28.datastores.DataMap;
import io.article28.datastores.EmailMatch;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;

/**
 * The statements that find a person's rows in a table reached by the data map: one
 * statement per table, the table's rows kept when a chain of its path's joins reaches a
 * subject row that one of the identities names ({@code exists}, so that a row counts once
 * however many rows its path meets). The identities are bound as parameters, never
 * written into the SQL.
 */
final class PersonQuery {

	/** A statement and the values bound to its parameters, in order. */
	record Statement(String sql, List<Object> parameters) {

		/** The statement prepared on the connection, its parameters bound. */
		PreparedStatement prepare(Connection connection) throws SQLException {
			PreparedStatement prepared = connection.prepareStatement(sql);
			try {
				for (int i = 0; i < parameters.size(); i++) {
					prepared.setObject(i + 1, parameters.get(i));
				}
				return prepared;
			}
			catch (SQLException ex) {
				prepared.close();
				throw ex;
			}
		}

		/** Runs an {@code update} or a {@code delete}: the rows it touched. */
		long update(Connection connection) throws SQLException {
			try (PreparedStatement prepared = prepare(connection)) {
				return prepared.executeLargeUpdate();
			}
		}

		/** Runs a {@code select count(*)}. */
		long count(Connection connection) throws SQLException {
			try (PreparedStatement prepared = prepare(connection); ResultSet rs = prepared.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}

	}

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

	private static final Pattern NUMERIC_TYPE = Pattern.compile(
			".*\\b(tinyint|smallint|mediumint|int|int2|int4|int8|integer|bigint|serial|bigserial|numeric|decimal|number)\\b.*");

	private static final Pattern TEXT_TYPE = Pattern
		.compile(".*\\b(char|character|varchar|text|tinytext|mediumtext|longtext|clob|citext|string|nvarchar)\\b.*");

	private final StoreSession session;

	private final PersonMap map;

	private final List<String> identities;

	/**
	 * @param identities as entered, each trimmed and not empty
	 */
	PersonQuery(StoreSession session, PersonMap map, List<String> identities) {
		this.session = session;
		this.map = map;
		this.identities = List.copyOf(identities);
	}

	/** How many of the table's rows belong to the person; none when no identity fits. */
	Optional<Statement> count(DataMap.Reach reach) {
		return rows(reach).map(rows -> new Statement("select count(*)" + rows.sql(), rows.parameters()));
	}

	/**
	 * How many of the table's rows belong to the person, counted now: 0 when no identity
	 * fits.
	 */
	long countNow(DataMap.Reach reach) throws SQLException {
		Optional<Statement> count = count(reach);
		return count.isEmpty() ? 0 : count.get().count(session.connection());
	}

	/** The first {@code limit} of the person's rows, every column. */
	Optional<Statement> preview(DataMap.Reach reach, int limit) {
		return rows(reach)
			.map(rows -> new Statement("select t0.*" + rows.sql() + " limit " + limit, rows.parameters()));
	}

	/** Every one of the person's rows, every column, for an export to stream. */
	Optional<Statement> all(DataMap.Reach reach) {
		return rows(reach).map(rows -> new Statement("select t0.*" + rows.sql(), rows.parameters()));
	}

	/** {@code from the table t0 where …}: the person's rows of the table. */
	private Optional<Statement> rows(DataMap.Reach reach) {
		List<Object> parameters = new ArrayList<>();
		return condition(reach, "t", parameters)
			.map(condition -> new Statement(" from " + table(reach.qualifiedName()) + " t0 where " + condition,
					parameters));
	}

	/**
	 * The condition that the table's row under the alias {@code prefix + "0"} is one of
	 * the person's: the other tables of its path under {@code prefix + "1"} and on. Its
	 * values are added to the parameters; empty when no identity fits the subject's
	 * columns.
	 */
	Optional<String> condition(DataMap.Reach reach, String prefix, List<Object> parameters) {
		List<DataMap.Hop> path = reach.path();
		String subject = path.isEmpty() ? reach.qualifiedName() : path.get(path.size() - 1).toTable();
		Optional<String> match = match(subject, prefix + path.size(), parameters);
		if (match.isEmpty() || path.isEmpty()) {
			return match;
		}
		boolean ignoreCase = subject(subject).map(declared -> declared.emailMatch() == EmailMatch.IGNORE_CASE)
			.orElse(true);
		StringBuilder sql = new StringBuilder("exists (select 1 from ").append(table(path.get(0).toTable()))
			.append(' ')
			.append(prefix)
			.append(1);
		for (int i = 1; i < path.size(); i++) {
			sql.append(" join ")
				.append(table(path.get(i).toTable()))
				.append(' ')
				.append(prefix)
				.append(i + 1)
				.append(" on ")
				.append(join(path.get(i), prefix + i, prefix + (i + 1), ignoreCase));
		}
		sql.append(" where ")
			.append(join(path.get(0), prefix + 0, prefix + 1, ignoreCase))
			.append(" and ")
			.append(match.get())
			.append(')');
		return Optional.of(sql.toString());
	}

	/** The table as the statements name it: schema and name quoted. */
	String table(String qualifiedName) {
		Catalog.Table table = map.table(qualifiedName)
			.orElseThrow(() -> new IllegalStateException("a table of the path is not in the snapshot"));
		return session.table(table.schema(), table.name());
	}

	/**
	 * The hop's columns equal, pair by pair; the e-mails of a declared link compared
	 * without case or spaces when the subject's are.
	 */
	private String join(DataMap.Hop hop, String from, String to, boolean ignoreCase) {
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < hop.columns().size(); i++) {
			String left = from + "." + session.quote(hop.columns().get(i));
			String right = to + "." + session.quote(hop.toColumns().get(i));
			boolean email = ignoreCase && hop.declared()
					&& (map.category(hop.table(), hop.columns().get(i)) == Category.EMAIL
							|| map.category(hop.toTable(), hop.toColumns().get(i)) == Category.EMAIL);
			conditions.add(email ? normalized(left) + " = " + normalized(right) : left + " = " + right);
		}
		return String.join(" and ", conditions);
	}

	/**
	 * The subject's rows that an identity names, in any of its identity columns: a number
	 * only in a numeric column, an e-mail address without regard to case or surrounding
	 * spaces, anything else as typed.
	 */
	private Optional<String> match(String subject, String alias, List<Object> parameters) {
		Optional<DataMap.Subject> declared = subject(subject);
		Optional<Catalog.Table> table = map.table(subject);
		if (declared.isEmpty() || table.isEmpty()) {
			return Optional.empty();
		}
		List<String> alternatives = new ArrayList<>();
		for (String name : declared.get().identityColumns()) {
			Optional<Catalog.Column> column = table.get()
				.columns()
				.stream()
				.filter(candidate -> candidate.name().equals(name))
				.findFirst();
			if (column.isEmpty()) {
				continue;
			}
			String quoted = alias + "." + session.quote(name);
			String type = column.get().type().toLowerCase(Locale.ROOT);
			List<Object> values = new ArrayList<>();
			String expression;
			if (NUMERIC_TYPE.matcher(type).matches()) {
				identities.stream()
					.filter(value -> WHOLE_NUMBER.matcher(value).matches())
					.forEach(value -> values.add(Long.valueOf(value)));
				expression = quoted;
			}
			else if (map.category(subject, name) == Category.EMAIL
					&& declared.get().emailMatch() == EmailMatch.IGNORE_CASE) {
				identities.forEach(value -> values.add(value.toLowerCase(Locale.ROOT)));
				expression = normalized(quoted);
			}
			else {
				values.addAll(identities);
				expression = TEXT_TYPE.matcher(type).matches() ? quoted : session.text(quoted);
			}
			if (!values.isEmpty()) {
				alternatives
					.add(expression + " in (" + String.join(", ", values.stream().map(value -> "?").toList()) + ")");
				parameters.addAll(values);
			}
		}
		return alternatives.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", alternatives) + ")");
	}

	private Optional<DataMap.Subject> subject(String qualifiedName) {
		return map.map()
			.subjects()
			.stream()
			.filter(candidate -> (candidate.schema() + "." + candidate.table()).equals(qualifiedName))
			.findFirst();
	}

	private static String normalized(String expression) {
		return "lower(trim(" + expression + "))";
	}

}
