package io.article28.datastores;

/**
 * What the database itself does when a plan deletes or updates rows, read from its
 * catalog at the moment of planning rather than from the discovery's snapshot: the
 * actions of its foreign keys on delete, and its triggers.
 */
public final class LiveSchema {

	private LiveSchema() {
	}

	/** What a foreign key does to its rows when the row it points at is deleted. */
	public enum DeleteRule {

		CASCADE, SET_NULL, SET_DEFAULT, RESTRICT, NO_ACTION;

		static DeleteRule of(String sql) {
			return switch (sql == null ? "" : sql.strip().toUpperCase(java.util.Locale.ROOT)) {
				case "CASCADE", "C" -> CASCADE;
				case "SET NULL", "N" -> SET_NULL;
				case "SET DEFAULT", "D" -> SET_DEFAULT;
				case "RESTRICT", "R" -> RESTRICT;
				default -> NO_ACTION;
			};
		}

	}

	/** The delete action of a foreign key of a table, by the key's name. */
	public record KeyRule(String schema, String table, String constraint, DeleteRule onDelete) {

		public String qualifiedTable() {
			return schema + "." + table;
		}

	}

	/**
	 * A trigger of a table and the statements that fire it ({@code DELETE},
	 * {@code UPDATE}…), with its timing.
	 */
	public record Trigger(String schema, String table, String name, String timing, String events) {

		public String qualifiedTable() {
			return schema + "." + table;
		}

	}

}
