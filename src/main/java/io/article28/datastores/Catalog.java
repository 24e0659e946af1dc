package io.article28.datastores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A data store's schema as its catalog describes it: every table and view the user may
 * read, outside the system schemas, with its columns, keys and indexes and the engine's
 * estimate of its rows. Names only, never a value.
 */
public record Catalog(List<Table> tables) {

	public Catalog {
		tables = List.copyOf(tables);
	}

	public int columnCount() {
		return tables.stream().mapToInt(table -> table.columns().size()).sum();
	}

	/**
	 * What a relation is: a table, a view, a materialized view, a system-versioned table…
	 */
	public enum Kind {

		TABLE, VIEW, MATERIALIZED_VIEW, SYSTEM_VERSIONED, FOREIGN, OTHER

	}

	public record Table(String schema, String name, Kind kind, Long estimatedRows, List<Column> columns,
			List<String> primaryKey, List<ForeignKey> foreignKeys, List<Index> indexes) {

		public Table {
			columns = List.copyOf(columns);
			primaryKey = List.copyOf(primaryKey);
			foreignKeys = List.copyOf(foreignKeys);
			indexes = List.copyOf(indexes);
		}

		/** {@code schema.table}, as people read it. */
		public String qualifiedName() {
			return schema + "." + name;
		}

	}

	public record Column(String name, int position, String type, boolean nullable, Integer maxLength) {
	}

	/** A foreign key, composite or not, possibly to its own table. */
	public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
			List<String> referencedColumns) {

		public ForeignKey {
			columns = List.copyOf(columns);
			referencedColumns = List.copyOf(referencedColumns);
		}

	}

	public record Index(String name, boolean unique, List<String> columns) {

		public Index {
			columns = List.copyOf(columns);
		}

	}

	/**
	 * Assembles a catalog from the rows of the engine's catalog queries, which come in
	 * any order of tables but each key's columns in their order.
	 */
	static final class Builder {

		private final Map<String, TableParts> tables = new LinkedHashMap<>();

		void table(String schema, String name, Kind kind, Long estimatedRows) {
			tables.put(key(schema, name), new TableParts(schema, name, kind, estimatedRows));
		}

		void column(String schema, String table, Column column) {
			TableParts parts = tables.get(key(schema, table));
			if (parts != null) {
				parts.columns.add(column);
			}
		}

		void primaryKeyColumn(String schema, String table, String column) {
			TableParts parts = tables.get(key(schema, table));
			if (parts != null) {
				parts.primaryKey.add(column);
			}
		}

		void foreignKeyColumn(String schema, String table, String name, String column, String referencedSchema,
				String referencedTable, String referencedColumn) {
			TableParts parts = tables.get(key(schema, table));
			if (parts != null) {
				parts.foreignKeys.computeIfAbsent(name, ignored -> new KeyParts(referencedSchema, referencedTable))
					.add(column, referencedColumn);
			}
		}

		void indexColumn(String schema, String table, String name, boolean unique, String column) {
			TableParts parts = tables.get(key(schema, table));
			if (parts != null) {
				parts.indexes.computeIfAbsent(name, ignored -> new IndexParts(unique)).columns.add(column);
			}
		}

		Catalog build() {
			List<Table> built = new ArrayList<>();
			tables.values()
				.stream()
				.sorted((a, b) -> key(a.schema, a.name).compareTo(key(b.schema, b.name)))
				.forEach(parts -> {
					List<Column> columns = new ArrayList<>(parts.columns);
					columns.sort((a, b) -> Integer.compare(a.position(), b.position()));
					List<ForeignKey> foreignKeys = parts.foreignKeys.entrySet()
						.stream()
						.map(entry -> new ForeignKey(entry.getKey(), entry.getValue().columns,
								entry.getValue().referencedSchema, entry.getValue().referencedTable,
								entry.getValue().referencedColumns))
						.toList();
					List<Index> indexes = parts.indexes.entrySet()
						.stream()
						.map(entry -> new Index(entry.getKey(), entry.getValue().unique, entry.getValue().columns))
						.toList();
					built.add(new Table(parts.schema, parts.name, parts.kind, parts.estimatedRows, columns,
							parts.primaryKey, foreignKeys, indexes));
				});
			return new Catalog(built);
		}

		private static String key(String schema, String table) {
			return schema + "\u0000" + table;
		}

		private static final class TableParts {

			final String schema;

			final String name;

			final Kind kind;

			final Long estimatedRows;

			final List<Column> columns = new ArrayList<>();

			final List<String> primaryKey = new ArrayList<>();

			final Map<String, KeyParts> foreignKeys = new LinkedHashMap<>();

			final Map<String, IndexParts> indexes = new LinkedHashMap<>();

			TableParts(String schema, String name, Kind kind, Long estimatedRows) {
				this.schema = schema;
				this.name = name;
				this.kind = kind;
				this.estimatedRows = estimatedRows;
			}

		}

		private static final class KeyParts {

			final String referencedSchema;

			final String referencedTable;

			final List<String> columns = new ArrayList<>();

			final List<String> referencedColumns = new ArrayList<>();

			KeyParts(String referencedSchema, String referencedTable) {
				this.referencedSchema = referencedSchema;
				this.referencedTable = referencedTable;
			}

			void add(String column, String referencedColumn) {
				columns.add(column);
				referencedColumns.add(referencedColumn);
			}

		}

		private static final class IndexParts {

			final boolean unique;

			final List<String> columns = new ArrayList<>();

			IndexParts(boolean unique) {
				this.unique = unique;
			}

		}

	}

}
