package io.article28.datastores;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where a person's data is in a store: the tables that describe a person (subjects) with
 * their identity columns, every table whose rows belong to such a person with the join
 * path that reaches it (foreign keys, followed from the child to the parent, and links
 * the customer declared where there is no foreign key), and what would escape a request:
 * tables with personal columns that no path reaches, history and audit copies, soft
 * deletes, and foreign keys of a path without an index. {@code tables} names every table
 * of the snapshot ({@code schema.table}).
 */
public record DataMap(List<String> tables, List<Subject> subjects, List<Link> links, List<Reach> reached,
		List<Flag> flags) {

	/** The most hops a path takes from a subject. */
	public static final int MAX_HOPS = 6;

	/**
	 * A table that describes a person, the columns that identify one, and how e-mail
	 * addresses in them are compared ({@link EmailMatch#IGNORE_CASE} unless said).
	 */
	public record Subject(String schema, String table, List<String> identityColumns, EmailMatch emailMatch) {

		public Subject {
			identityColumns = List.copyOf(identityColumns);
			emailMatch = emailMatch == null ? EmailMatch.IGNORE_CASE : emailMatch;
		}

		public Subject(String schema, String table, List<String> identityColumns) {
			this(schema, table, identityColumns, null);
		}

		String key() {
			return schema + "." + table;
		}

	}

	/**
	 * A link without a foreign key: the column holds the value of the target's column.
	 */
	public record Link(UUID id, String schema, String table, String column, String targetSchema, String targetTable,
			String targetColumn) {
	}

	/**
	 * One step of a path: from the table's columns to the columns of the one it points
	 * at.
	 */
	public record Hop(String table, List<String> columns, String toTable, List<String> toColumns, boolean declared,
			boolean indexed) {

		@Override
		public String toString() {
			return table + "." + String.join(",", columns) + " → " + toTable + "." + String.join(",", toColumns);
		}

	}

	/** A table reached from a subject, by the shortest path. */
	public record Reach(String schema, String table, String subject, List<Hop> path) {

		public String qualifiedName() {
			return schema + "." + table;
		}

	}

	public enum FlagKind {

		UNREACHED, HISTORY_COPY, SOFT_DELETE, UNINDEXED_KEY

	}

	/** Something that would escape a request, or slow it. */
	public record Flag(FlagKind kind, String table, String detail) {
	}

	private static final Set<String> HISTORY_WORDS = Set.of("history", "histories", "audit", "audits", "archive",
			"archives", "log", "logs", "versions", "revisions", "snapshot", "shadow", "backup", "old", "historique",
			"journal", "trash", "deleted");

	private static final Set<String> SOFT_DELETE = Set.of("deleted_at", "deletedat", "is_deleted", "isdeleted",
			"deleted", "archived_at", "archived", "supprime", "date_suppression", "removed_at");

	/**
	 * The map of a catalog: the subjects and links declared, the paths found, the flags
	 * raised; {@code personal} names the tables with a personal column
	 * ({@code schema.table}).
	 */
	static DataMap of(Catalog catalog, List<Subject> subjects, List<Link> links, Set<String> personal) {
		Map<String, Catalog.Table> tables = new LinkedHashMap<>();
		catalog.tables().forEach(table -> tables.put(table.qualifiedName(), table));
		Map<String, List<Hop>> pointingAt = new LinkedHashMap<>();
		for (Catalog.Table table : catalog.tables()) {
			for (Catalog.ForeignKey key : table.foreignKeys()) {
				String parent = key.referencedSchema() + "." + key.referencedTable();
				pointingAt.computeIfAbsent(parent, ignored -> new ArrayList<>())
					.add(new Hop(table.qualifiedName(), key.columns(), parent, key.referencedColumns(), false,
							indexed(table, key.columns())));
			}
		}
		for (Link link : links) {
			String target = link.targetSchema() + "." + link.targetTable();
			Catalog.Table from = tables.get(link.schema() + "." + link.table());
			pointingAt.computeIfAbsent(target, ignored -> new ArrayList<>())
				.add(new Hop(link.schema() + "." + link.table(), List.of(link.column()), target,
						List.of(link.targetColumn()), true, from != null && indexed(from, List.of(link.column()))));
		}
		Map<String, Reach> reached = new LinkedHashMap<>();
		for (Subject subject : subjects) {
			if (!reached.containsKey(subject.key())) {
				reached.put(subject.key(), new Reach(subject.schema(), subject.table(), subject.key(), List.of()));
			}
		}
		// breadth first from every subject at once: each table by its shortest path
		Deque<Reach> queue = new ArrayDeque<>(reached.values());
		while (!queue.isEmpty()) {
			Reach from = queue.removeFirst();
			if (from.path().size() >= MAX_HOPS) {
				continue;
			}
			for (Hop hop : pointingAt.getOrDefault(from.qualifiedName(), List.of())) {
				if (reached.containsKey(hop.table())) {
					continue;
				}
				List<Hop> path = new ArrayList<>(from.path());
				path.add(0, hop);
				Catalog.Table child = tables.get(hop.table());
				Reach reach = new Reach(child == null ? schemaOf(hop.table()) : child.schema(),
						child == null ? nameOf(hop.table()) : child.name(), from.subject(), List.copyOf(path));
				reached.put(hop.table(), reach);
				queue.addLast(reach);
			}
		}
		List<Flag> flags = new ArrayList<>();
		for (Catalog.Table table : catalog.tables()) {
			String name = table.qualifiedName();
			// a view holds nothing of its own: its tables are what a request reaches
			if (personal.contains(name) && !reached.containsKey(name) && !subjects.isEmpty()
					&& table.kind() != Catalog.Kind.VIEW) {
				flags.add(new Flag(FlagKind.UNREACHED, name,
						"has personal columns but no path from a subject reaches it: declare a link"));
			}
			if (history(table)) {
				flags.add(new Flag(FlagKind.HISTORY_COPY, name,
						"looks like a history, audit or archive copy (" + kindOf(table) + "): old values stay there"));
			}
			if (reached.containsKey(name)) {
				table.columns()
					.stream()
					.filter(column -> SOFT_DELETE.contains(column.name().toLowerCase(Locale.ROOT)))
					.findFirst()
					.ifPresent(column -> flags.add(new Flag(FlagKind.SOFT_DELETE, name, "soft-deletes its rows ("
							+ column.name() + "): an erasure must delete them, not mark them")));
			}
		}
		reached.values()
			.stream()
			.flatMap(reach -> reach.path().stream().limit(1))
			.filter(hop -> !hop.indexed())
			.distinct()
			.forEach(hop -> flags.add(new Flag(FlagKind.UNINDEXED_KEY, hop.table(),
					String.join(", ", hop.columns()) + " has no index: a request on it would scan the table")));
		return new DataMap(List.copyOf(tables.keySet()), subjects, links, List.copyOf(reached.values()), flags);
	}

	/** The reached table of that {@code schema.table}, if the map reaches it. */
	public java.util.Optional<Reach> reach(String qualifiedName) {
		return reached.stream().filter(reach -> reach.qualifiedName().equals(qualifiedName)).findFirst();
	}

	private static boolean history(Catalog.Table table) {
		if (table.kind() == Catalog.Kind.SYSTEM_VERSIONED || table.kind() == Catalog.Kind.MATERIALIZED_VIEW) {
			return true;
		}
		return ColumnClassifier.terms(table.name()).stream().anyMatch(HISTORY_WORDS::contains);
	}

	private static String kindOf(Catalog.Table table) {
		return switch (table.kind()) {
			case SYSTEM_VERSIONED -> "a system-versioned table";
			case MATERIALIZED_VIEW -> "a materialized view";
			default -> "by its name";
		};
	}

	/** Whether an index starts with these columns, in any order. */
	private static boolean indexed(Catalog.Table table, List<String> columns) {
		if (table.primaryKey().size() >= columns.size()
				&& Set.copyOf(table.primaryKey().subList(0, columns.size())).equals(Set.copyOf(columns))) {
			return true;
		}
		return table.indexes()
			.stream()
			.anyMatch(index -> index.columns().size() >= columns.size()
					&& Set.copyOf(index.columns().subList(0, columns.size())).equals(Set.copyOf(columns)));
	}

	private static String schemaOf(String qualified) {
		return qualified.substring(0, qualified.lastIndexOf('.'));
	}

	private static String nameOf(String qualified) {
		return qualified.substring(qualified.lastIndexOf('.') + 1);
	}

}
