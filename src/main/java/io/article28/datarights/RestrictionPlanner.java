package io.article28.datarights;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.article28.datarights.ErasurePlan.Kept;
import io.article28.datarights.ErasurePlan.StepKind;
import io.article28.datastores.DataMap;
import io.article28.datastores.PersonMap;
import io.article28.datastores.RestrictionColumn;
import io.article28.datastores.StoreSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes the restriction of a person's processing (GDPR art. 18) in one store: the
 * restriction column the map names for each table, set on the person's rows not
 * restricted yet.
 */
final class RestrictionPlanner extends StorePlanner {

	private final List<RestrictionColumn> restrictionColumns;

	RestrictionPlanner(StoreSession session, PersonMap map, List<RestrictionColumn> restrictionColumns,
			List<String> identities, long maxRows, JsonMapper json) {
		super(session, map, identities, maxRows, json);
		this.restrictionColumns = List.copyOf(restrictionColumns);
	}

	/**
	 * The restriction of the person's processing (GDPR art. 18): in each table whose
	 * restriction column the map names, the person's rows not restricted yet get the flag
	 * set, or the moment; nothing else of them changes. A table without one is listed as
	 * left as it is; a map that names none blocks the plan.
	 */
	@Override
	Planned plan(UUID storeId, String label) throws SQLException {
		Map<String, RestrictionColumn> byTable = new HashMap<>();
		restrictionColumns.forEach(column -> byTable.put(column.qualifiedName(), column));
		if (byTable.isEmpty()) {
			blockers.add("its data map names no restriction column: the app has no way to restrict a person's"
					+ " processing; name one (a boolean, a timestamp or a date) for each table on the store's page");
		}
		for (DataMap.Reach reach : tables("a view: it shows rows of the tables restricted")) {
			RestrictionColumn column = byTable.get(reach.qualifiedName());
			if (column == null) {
				long rows = queries.countNow(reach);
				if (rows > 0) {
					kept.add(new Kept(reach.qualifiedName(), null, rows,
							"no restriction column: its rows stay as they are"));
				}
				continue;
			}
			List<Object> parameters = new ArrayList<>();
			String condition = queries.condition(reach, "t", parameters).orElse(null);
			if (condition == null) {
				continue;
			}
			String where = condition + " and " + unrestricted(column);
			long rows = new PersonQuery.Statement(
					"select count(*) from " + queries.table(reach.qualifiedName()) + " t0 where " + where, parameters)
				.count(session.connection());
			if (rows > 0) {
				add(StepKind.RESTRICT, reach.qualifiedName(),
						column.column() + " → " + (column.kind() == RestrictionColumn.Kind.FLAG ? "true" : "now"),
						"update " + queries.table(reach.qualifiedName()) + " t0 set "
								+ session.assign("t0", column.column()) + " = "
								+ (column.kind() == RestrictionColumn.Kind.FLAG ? "true" : "current_timestamp")
								+ " where " + where,
						parameters, rows);
			}
		}
		return finish(storeId, label);
	}

	/**
	 * The tables where the person still has rows not restricted: none once the plan has
	 * run.
	 */
	@Override
	List<String> remaining() throws SQLException {
		List<String> found = new ArrayList<>();
		for (RestrictionColumn column : restrictionColumns) {
			Optional<DataMap.Reach> reach = map.map().reach(column.qualifiedName());
			List<Object> parameters = new ArrayList<>();
			Optional<String> condition = reach.flatMap(table -> queries.condition(table, "t", parameters));
			if (condition.isPresent()
					&& new PersonQuery.Statement("select count(*) from " + queries.table(column.qualifiedName())
							+ " t0 where " + condition.get() + " and " + unrestricted(column), parameters)
						.count(session.connection()) > 0) {
				found.add(column.qualifiedName());
			}
		}
		return found;
	}

	private String unrestricted(RestrictionColumn column) {
		String quoted = "t0." + session.quote(column.column());
		return column.kind() == RestrictionColumn.Kind.FLAG ? "(" + quoted + " is null or " + quoted + " <> true)"
				: quoted + " is null";
	}

}
