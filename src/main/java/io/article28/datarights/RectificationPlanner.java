package io.article28.datarights;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.article28.datarights.ErasurePlan.Step;
import io.article28.datarights.ErasurePlan.StepKind;
import io.article28.datastores.Catalog;
import io.article28.datastores.DataMap;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes the rectification of a person's rows (GDPR art. 16) in one store: per table,
 * one update that sets the new values, each checked against its column.
 */
final class RectificationPlanner extends StorePlanner {

	private final Rectifications rectifications;

	RectificationPlanner(StoreSession session, PersonMap map, Rectifications rectifications, List<String> identities,
			long maxRows, JsonMapper json) {
		super(session, map, identities, maxRows, json);
		this.rectifications = rectifications;
	}

	/** The values' keyed digest: a confirmation with other values is another plan. */
	@Override
	protected String digestedBeyond() {
		return rectifications.digest() == null ? "" : rectifications.digest();
	}

	/**
	 * The rectification of the person's rows (GDPR art. 16): per table the changes name,
	 * one {@code update} that sets the new values, each checked against its column's
	 * type, length and uniqueness. A key or an identity column is not rectified here: it
	 * links rows, or finds the person.
	 */
	@Override
	Planned plan(UUID storeId, String label) throws SQLException {
		Map<String, List<Rectification>> byTable = new java.util.LinkedHashMap<>();
		rectifications.changes()
			.forEach(change -> byTable.computeIfAbsent(change.table(), ignored -> new ArrayList<>()).add(change));
		for (DataMap.Reach reach : tables("a view: change the rows of its tables")) {
			List<Rectification> changes = byTable.remove(reach.qualifiedName());
			if (changes == null) {
				continue;
			}
			Catalog.Table table = map.table(reach.qualifiedName()).orElseThrow();
			long rows = queries.countNow(reach);
			List<Object> parameters = new ArrayList<>();
			List<String> sets = new ArrayList<>();
			List<String> details = new ArrayList<>();
			for (Rectification change : changes) {
				Optional<Object> value = rectifiedValue(reach, table, change, rows);
				if (value.isPresent()) {
					sets.add(session.assign("t0", change.column()) + " = ?");
					parameters.add(value.get());
					details.add(change.column() + " → the new value");
				}
			}
			Optional<String> condition = queries.condition(reach, "t", parameters);
			if (rows > 0 && !sets.isEmpty() && condition.isPresent()) {
				add(StepKind.RECTIFY, reach.qualifiedName(), String.join(", ", details),
						"update " + queries.table(reach.qualifiedName()) + " t0 set " + String.join(", ", sets)
								+ " where " + condition.get(),
						parameters, rows);
			}
		}
		byTable.keySet()
			.forEach(table -> blockers
				.add(table + " is not a table the data map reaches: nothing of the person is there"));
		return finish(storeId, label);
	}

	/**
	 * The new value as it is bound, when the column takes it; else why not, as a blocker.
	 */
	private Optional<Object> rectifiedValue(DataMap.Reach reach, Catalog.Table table, Rectification change, long rows) {
		String name = reach.qualifiedName() + "." + change.column();
		Optional<Catalog.Column> found = column(table, change.column());
		if (found.isEmpty()) {
			blockers.add(reach.qualifiedName() + " has no column " + change.column());
			return Optional.empty();
		}
		Catalog.Column column = found.get();
		boolean key = table.primaryKey().contains(column.name())
				|| table.foreignKeys().stream().anyMatch(foreignKey -> foreignKey.columns().contains(column.name()));
		boolean identity = map.map()
			.subjects()
			.stream()
			.anyMatch(subject -> (subject.schema() + "." + subject.table()).equals(reach.qualifiedName())
					&& subject.identityColumns().contains(column.name()));
		if (key || identity) {
			blockers.add(name + (key ? " links rows" : " finds the person")
					+ ": it is changed by the app itself, not by a rectification here");
			return Optional.empty();
		}
		String type = column.type().toLowerCase(Locale.ROOT);
		if (unique(table, column.name()) && rows > 1) {
			blockers.add(name + " is unique: " + rows + " rows cannot all take the same value");
		}
		if (NUMERIC.matcher(type).matches()) {
			if (!A_NUMBER.matcher(change.value().strip()).matches()) {
				blockers.add(name + " holds numbers: its new value must be one");
				return Optional.empty();
			}
			return Optional.of(new BigDecimal(change.value().strip()));
		}
		if (!TEXT.matcher(type).matches()) {
			blockers.add(name + " is " + column.type() + ": a rectification here sets text or numbers only");
			return Optional.empty();
		}
		if (column.maxLength() != null && change.value().length() > column.maxLength()) {
			blockers.add(name + " holds at most " + column.maxLength() + " characters: the new value has "
					+ change.value().length());
		}
		return Optional.of(change.value());
	}

	/**
	 * The tables where a row of the person does not hold its new values yet: none once
	 * the plan has run.
	 */
	@Override
	List<String> remaining() throws SQLException {
		List<String> found = new ArrayList<>();
		for (Step step : steps) {
			PersonQuery.Statement statement = statements.get(step.order() - 1);
			DataMap.Reach reach = map.map().reach(step.table()).orElseThrow();
			List<String> columns = rectifications.changes()
				.stream()
				.filter(change -> change.table().equals(step.table()))
				.map(Rectification::column)
				.toList();
			List<Object> parameters = new ArrayList<>();
			String condition = queries.condition(reach, "t", parameters).orElseThrow();
			// the update binds its new values first, in the order of its columns
			List<Object> values = statement.parameters().subList(0, columns.size());
			List<String> differs = new ArrayList<>();
			for (String column : columns) {
				String quoted = "t0." + session.quote(column);
				differs.add(quoted + " is null or " + quoted + " <> ?");
			}
			parameters.addAll(values);
			if (new PersonQuery.Statement("select count(*) from " + queries.table(step.table()) + " t0 where "
					+ condition + " and (" + String.join(" or ", differs) + ")", parameters)
				.count(session.connection()) > 0) {
				found.add(step.table());
			}
		}
		return found;
	}

}
