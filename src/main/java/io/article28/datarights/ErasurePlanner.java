package io.article28.datarights;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.article28.datarights.ErasurePlan.Effect;
import io.article28.datarights.ErasurePlan.EffectKind;
import io.article28.datarights.ErasurePlan.Kept;
import io.article28.datarights.ErasurePlan.StepKind;
import io.article28.datastores.Catalog;
import io.article28.datastores.Category;
import io.article28.datastores.DataMap;
import io.article28.datastores.ErasureRule;
import io.article28.datastores.LiveSchema;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes what erasing a person does to one store, in a session on it: the person's rows
 * of every table the data map reaches, as the table's erasure rule says (deleted,
 * anonymized column by column, or kept for its reason), in an order the foreign keys
 * allow (children before their parents, links between people cut first); the rows each
 * statement touches now; and, from the database's catalog as it is now, what it would do
 * or refuse beyond the statements (cascades, triggers, rows of others that point at the
 * person's, replacement values that break a constraint). Whatever would make the run
 * fail, or erase what the map keeps, blocks the plan with the reason.
 */
final class ErasurePlanner extends StorePlanner {

	/** The shortest pseudonym that stays distinct enough in a column. */
	static final int MIN_PSEUDONYM_LENGTH = 16;

	private static final int PSEUDONYM_LENGTH = 64;

	private final Map<String, ErasureRule> rules = new HashMap<>();

	ErasurePlanner(StoreSession session, PersonMap map, List<ErasureRule> rules, List<String> identities, long maxRows,
			JsonMapper json) {
		super(session, map, identities, maxRows, json);
		rules.forEach(rule -> this.rules.put(rule.qualifiedName(), rule));
	}

	@Override
	Planned plan(UUID storeId, String label) throws SQLException {
		List<DataMap.Reach> ordered = childrenFirst(tables("a view: it shows rows of the tables erased"));
		Map<String, LiveSchema.DeleteRule> deleteRules = new HashMap<>();
		session.deleteRules()
			.forEach(rule -> deleteRules.put(rule.qualifiedTable() + "/" + rule.constraint(), rule.onDelete()));
		for (DataMap.Reach reach : ordered) {
			if (rule(reach.qualifiedName()).action() == ErasureRule.Action.DELETE) {
				cutLinks(reach);
			}
		}
		for (DataMap.Reach reach : ordered) {
			long rows = queries.countNow(reach);
			ErasureRule rule = rule(reach.qualifiedName());
			switch (rule.action()) {
				case KEEP -> kept.add(new Kept(reach.qualifiedName(), null, rows, rule.reason()));
				case DELETE -> {
					if (rows > 0) {
						delete(reach, rows);
						dependents(reach, ordered, deleteRules);
					}
				}
				case ANONYMIZE -> anonymize(reach, rule, rows);
			}
		}
		return finish(storeId, label);
	}

	/**
	 * The tables where the same search still finds rows of the person that the map does
	 * not keep: none once the plan has run.
	 */
	@Override
	List<String> remaining() throws SQLException {
		List<String> found = new ArrayList<>();
		for (DataMap.Reach reach : map.map().reached()) {
			Optional<Catalog.Table> table = map.table(reach.qualifiedName());
			if (table.isPresent() && table.get().kind() != Catalog.Kind.VIEW
					&& table.get().kind() != Catalog.Kind.MATERIALIZED_VIEW
					&& rule(reach.qualifiedName()).action() != ErasureRule.Action.KEEP && queries.countNow(reach) > 0) {
				found.add(reach.qualifiedName());
			}
		}
		return found;
	}

	/**
	 * Each other person's row that links to one of the person's (a customer referred by
	 * another) keeps its row, its link set to null.
	 */
	private void cutLinks(DataMap.Reach reach) throws SQLException {
		Catalog.Table table = map.table(reach.qualifiedName()).orElseThrow();
		for (Catalog.ForeignKey key : table.foreignKeys()) {
			if (!(key.referencedSchema() + "." + key.referencedTable()).equals(table.qualifiedName())) {
				continue;
			}
			boolean nullable = key.columns()
				.stream()
				.allMatch(name -> column(table, name).map(Catalog.Column::nullable).orElse(false));
			List<Object> parameters = new ArrayList<>();
			Optional<String> person = queries.condition(reach, "s", parameters);
			if (person.isEmpty()) {
				return;
			}
			String target = queries.table(table.qualifiedName());
			List<String> on = new ArrayList<>();
			List<String> sets = new ArrayList<>();
			for (int i = 0; i < key.columns().size(); i++) {
				on.add("t0." + session.quote(key.columns().get(i)) + " = s0."
						+ session.quote(key.referencedColumns().get(i)));
				sets.add(session.assign("t0", key.columns().get(i)) + " = null");
			}
			String joined = String.join(" and ", on);
			long rows = new PersonQuery.Statement("select count(*) from " + target + " t0 where exists (select 1 from "
					+ target + " s0 where " + joined + " and " + person.get() + ")", parameters)
				.count(session.connection());
			if (rows == 0) {
				continue;
			}
			if (!nullable) {
				blockers.add(rows + " rows of " + table.qualifiedName() + " link other people to the person ("
						+ String.join(", ", key.columns()) + ") and the link cannot be null: say in the map how to"
						+ " cut it, or anonymize the table instead");
				continue;
			}
			add(StepKind.CUT_LINK, table.qualifiedName(),
					String.join(", ", key.columns()) + " set to null where another person's row links to the person's;"
							+ " that row stays",
					session.updateJoined(target, "t0", String.join(", ", sets), target, "s0", joined, person.get()),
					parameters, rows);
		}
	}

	private void delete(DataMap.Reach reach, long rows) {
		List<Object> parameters = new ArrayList<>();
		String condition = queries.condition(reach, "t", parameters).orElseThrow();
		add(StepKind.DELETE, reach.qualifiedName(),
				reach.path().isEmpty() ? "the person's rows" : "the person's rows, reached by " + reach.path().get(0),
				session.deleteFrom(queries.table(reach.qualifiedName()), "t0") + " where " + condition, parameters,
				rows);
	}

	/**
	 * Every column the rule names, as it says; each replacement checked against the
	 * column's type, length, nullability and uniqueness first.
	 */
	private void anonymize(DataMap.Reach reach, ErasureRule rule, long rows) {
		String name = reach.qualifiedName();
		Catalog.Table table = map.table(name).orElseThrow();
		List<Object> parameters = new ArrayList<>();
		List<String> sets = new ArrayList<>();
		List<String> details = new ArrayList<>();
		List<String> keptColumns = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (ErasureRule.ColumnRule columnRule : rule.columns()) {
			named.add(columnRule.column());
			Optional<Catalog.Column> found = column(table, columnRule.column());
			if (found.isEmpty()) {
				blockers.add(name + " has no column " + columnRule.column() + " any more: review its erasure rule");
				continue;
			}
			Catalog.Column column = found.get();
			String type = column.type().toLowerCase(Locale.ROOT);
			String assigned = session.assign("t0", column.name());
			boolean unique = unique(table, column.name());
			switch (columnRule.action()) {
				case NULL -> {
					if (!column.nullable()) {
						blockers.add(name + "." + column.name()
								+ " cannot be null: replace it with a FIXED value or a PSEUDONYM");
					}
					sets.add(assigned + " = null");
					details.add(column.name() + " → null");
				}
				case FIXED -> {
					String value = columnRule.value();
					if (NUMERIC.matcher(type).matches()) {
						if (!A_NUMBER.matcher(value).matches()) {
							blockers
								.add(name + "." + column.name() + " holds numbers: " + "its FIXED value must be one");
							continue;
						}
						parameters.add(new BigDecimal(value));
					}
					else if (TEXT.matcher(type).matches()) {
						if (column.maxLength() != null && value.length() > column.maxLength()) {
							blockers.add(name + "." + column.name() + " holds at most " + column.maxLength()
									+ " characters: its FIXED value has " + value.length());
						}
						parameters.add(value);
					}
					else {
						blockers.add(name + "." + column.name() + " is " + column.type()
								+ ": a FIXED value replaces text or numbers only; set it to NULL");
						continue;
					}
					if (unique && rows > 1) {
						blockers.add(name + "." + column.name() + " is unique: " + rows
								+ " rows cannot all take the same FIXED value; use a PSEUDONYM");
					}
					sets.add(assigned + " = ?");
					details.add(column.name() + " → a fixed value");
				}
				case PSEUDONYM -> {
					if (!TEXT.matcher(type).matches()) {
						blockers.add(name + "." + column.name() + " is " + column.type()
								+ ": a pseudonym is text; set it to NULL or a FIXED value");
						continue;
					}
					String value = session.text("t0." + session.quote(column.name()));
					if (map.category(name, column.name()) == Category.EMAIL) {
						value = "lower(trim(" + value + "))";
					}
					String pseudonym = session.pseudonym(value, parameters);
					Integer length = column.maxLength();
					if (length != null && length < MIN_PSEUDONYM_LENGTH) {
						blockers.add(name + "." + column.name() + " holds at most " + length
								+ " characters, too few for a pseudonym: set it to NULL or a FIXED value");
					}
					else if (length != null && length < PSEUDONYM_LENGTH) {
						pseudonym = "substr(" + pseudonym + ", 1, " + length + ")";
						effects.add(new Effect(EffectKind.CONSTRAINT, name, column.name() + " holds at most " + length
								+ " characters: the pseudonym is cut to them"));
					}
					if (unique) {
						effects.add(new Effect(EffectKind.CONSTRAINT, name, column.name()
								+ " is unique: distinct values keep distinct pseudonyms, the same value the same one"));
					}
					sets.add(assigned + " = " + pseudonym);
					details.add(column.name() + " → keyed pseudonym");
				}
				case KEEP -> keptColumns.add(column.name() + " (" + columnRule.reason() + ")");
			}
		}
		Map<String, Category> personal = map.personal().getOrDefault(name, Map.of());
		for (Map.Entry<String, Category> column : new java.util.TreeMap<>(personal).entrySet()) {
			if (!named.contains(column.getKey())) {
				blockers.add(name + "." + column.getKey() + " holds personal data (" + column.getValue().name()
						+ ") and the table's erasure rule says nothing of it");
			}
		}
		if (reach.path().isEmpty()) {
			map.map()
				.subjects()
				.stream()
				.filter(subject -> (subject.schema() + "." + subject.table()).equals(name))
				.flatMap(subject -> subject.identityColumns().stream())
				.filter(identity -> rule.columns()
					.stream()
					.anyMatch(columnRule -> columnRule.column().equals(identity)
							&& columnRule.action() == ErasureRule.ColumnAction.KEEP))
				.forEach(identity -> blockers
					.add(name + "." + identity + " identifies the person: an anonymized row cannot keep it"));
		}
		if (!keptColumns.isEmpty()) {
			kept.add(new Kept(name, String.join(", ", keptColumns), rows, rule.reason()));
		}
		if (rows == 0 || sets.isEmpty()) {
			return;
		}
		String condition = queries.condition(reach, "t", parameters).orElseThrow();
		add(StepKind.ANONYMIZE, name, String.join(", ", details),
				"update " + queries.table(name) + " t0 set " + String.join(", ", sets) + " where " + condition,
				parameters, rows);
	}

	/**
	 * The rows of other tables that point at the person's rows of a deleted table and
	 * that no statement of the plan takes away first: the database cascades to them,
	 * nulls their key, or refuses the deletion.
	 */
	private void dependents(DataMap.Reach parent, List<DataMap.Reach> planned,
			Map<String, LiveSchema.DeleteRule> deleteRules) throws SQLException {
		String parentName = parent.qualifiedName();
		for (Catalog.Table child : map.tables().values()) {
			if (child.qualifiedName().equals(parentName)) {
				continue;
			}
			for (Catalog.ForeignKey key : child.foreignKeys()) {
				if (!(key.referencedSchema() + "." + key.referencedTable()).equals(parentName)) {
					continue;
				}
				String childName = child.qualifiedName();
				ErasureRule childRule = rule(childName);
				Optional<DataMap.Reach> childReach = planned.stream()
					.filter(reach -> reach.qualifiedName().equals(childName))
					.findFirst();
				boolean throughKey = childReach
					.map(reach -> !reach.path().isEmpty() && reach.path().get(0).toTable().equals(parentName)
							&& reach.path().get(0).columns().equals(key.columns()))
					.orElse(false);
				if (throughKey && (childRule.action() == ErasureRule.Action.DELETE
						|| childRule.action() == ErasureRule.Action.ANONYMIZE && key.columns()
							.stream()
							.allMatch(column -> childRule.columns()
								.stream()
								.anyMatch(rule -> rule.column().equals(column)
										&& rule.action() == ErasureRule.ColumnAction.NULL)))) {
					continue;
				}
				List<Object> parameters = new ArrayList<>();
				String person = queries.condition(parent, "t", parameters).orElseThrow();
				List<String> on = new ArrayList<>();
				for (int i = 0; i < key.columns().size(); i++) {
					on.add("c0." + session.quote(key.columns().get(i)) + " = t0."
							+ session.quote(key.referencedColumns().get(i)));
				}
				long rows = new PersonQuery.Statement("select count(*) from " + queries.table(childName)
						+ " c0 where exists (select 1 from " + queries.table(parentName) + " t0 where "
						+ String.join(" and ", on) + " and " + person + ")", parameters)
					.count(session.connection());
				if (rows == 0) {
					continue;
				}
				String keyName = key.name() + " (" + String.join(", ", key.columns()) + ")";
				LiveSchema.DeleteRule onDelete = deleteRules.getOrDefault(childName + "/" + key.name(),
						LiveSchema.DeleteRule.NO_ACTION);
				boolean keptByMap = childRule.action() != ErasureRule.Action.DELETE;
				switch (onDelete) {
					case CASCADE -> {
						if (keptByMap) {
							blockers.add(rows + " rows of " + childName + " point at the rows deleted from "
									+ parentName + " by " + keyName
									+ ", ON DELETE CASCADE: the database would delete rows the map"
									+ " keeps; anonymize " + parentName + " instead");
						}
						else {
							effects.add(new Effect(EffectKind.CASCADE, childName,
									"the database deletes " + rows + " rows that point at the rows deleted from "
											+ parentName + " (" + keyName + ")"));
						}
					}
					case SET_NULL, SET_DEFAULT -> effects.add(new Effect(EffectKind.SET_NULL, childName,
							"the database sets " + keyName + " to "
									+ (onDelete == LiveSchema.DeleteRule.SET_NULL ? "null" : "its default") + " on "
									+ rows + " rows that point at the rows deleted from " + parentName));
					default -> blockers.add(rows + " rows of " + childName + " point at the rows deleted from "
							+ parentName + " by " + keyName + " and the database refuses the deletion while they do: "
							+ (keptByMap
									? "set the key to NULL in " + childName + "'s rule, or anonymize " + parentName
											+ " instead"
									: "they are not the person's (shared rows): anonymize " + parentName + " instead"));
				}
			}
		}
	}

	private ErasureRule rule(String qualifiedName) {
		ErasureRule rule = rules.get(qualifiedName);
		return rule != null ? rule : ErasureRule.byDefault(schemaOf(qualifiedName), nameOf(qualifiedName));
	}

	/**
	 * The tables in an order where each comes before the tables it points at (by a
	 * foreign key or a declared link), deeper paths first where nothing orders them, and
	 * by the length of their paths where the keys make a cycle.
	 */
	private List<DataMap.Reach> childrenFirst(List<DataMap.Reach> reaches) {
		Map<String, DataMap.Reach> byName = new LinkedHashMap<>();
		reaches.forEach(reach -> byName.put(reach.qualifiedName(), reach));
		Map<String, Set<String>> children = new HashMap<>();
		byName.keySet().forEach(name -> children.put(name, new HashSet<>()));
		for (DataMap.Reach reach : reaches) {
			Catalog.Table table = map.table(reach.qualifiedName()).orElseThrow();
			for (Catalog.ForeignKey key : table.foreignKeys()) {
				String parent = key.referencedSchema() + "." + key.referencedTable();
				if (!parent.equals(reach.qualifiedName()) && children.containsKey(parent)) {
					children.get(parent).add(reach.qualifiedName());
				}
			}
			for (DataMap.Hop hop : reach.path()) {
				if (hop.declared() && children.containsKey(hop.toTable()) && children.containsKey(hop.table())) {
					children.get(hop.toTable()).add(hop.table());
				}
			}
		}
		Comparator<DataMap.Reach> deeperFirst = Comparator.comparingInt((DataMap.Reach reach) -> -reach.path().size())
			.thenComparing(DataMap.Reach::qualifiedName);
		List<DataMap.Reach> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		while (ordered.size() < byName.size()) {
			Optional<DataMap.Reach> next = byName.values()
				.stream()
				.filter(reach -> !placed.contains(reach.qualifiedName()))
				.filter(reach -> placed.containsAll(children.get(reach.qualifiedName())))
				.min(deeperFirst);
			DataMap.Reach chosen = next.orElseGet(() -> byName.values()
				.stream()
				.filter(reach -> !placed.contains(reach.qualifiedName()))
				.min(deeperFirst)
				.orElseThrow());
			ordered.add(chosen);
			placed.add(chosen.qualifiedName());
		}
		return ordered;
	}

	private static String schemaOf(String qualified) {
		return qualified.substring(0, qualified.lastIndexOf('.'));
	}

	private static String nameOf(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

}
