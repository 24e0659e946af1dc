package io.article28.datastores;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * What erasing a person does to a table: {@link Action#DELETE} the person's rows (what a
 * table without a rule gets), {@link Action#ANONYMIZE} them in place, column by column,
 * or {@link Action#KEEP} them whole for a legal reason (invoices kept under accounting
 * law). Every column left as it is needs its reason too.
 */
public record ErasureRule(String schema, String table, Action action, String reason, List<ColumnRule> columns) {

	public static final int MAX_REASON = 500;

	public static final int MAX_VALUE = 200;

	public enum Action {

		DELETE, ANONYMIZE, KEEP

	}

	/** What anonymizing does to a column. */
	public enum ColumnAction {

		/** Sets it to null. */
		NULL,
		/** Replaces it with the rule's value. */
		FIXED,
		/**
		 * Replaces it with a keyed pseudonym of its value: the same value, the same
		 * pseudonym.
		 */
		PSEUDONYM,
		/** Leaves it, for the rule's reason. */
		KEEP

	}

	public record ColumnRule(String column, ColumnAction action, String value, String reason) {

		public ColumnRule {
			column = Fields.required("columns", column, 128);
			if (action == null) {
				throw RejectedException.invalid("columns",
						"say what erasure does to " + column + ": NULL, FIXED, PSEUDONYM or KEEP");
			}
			value = action == ColumnAction.FIXED ? Fields.required("columns", value, MAX_VALUE) : null;
			reason = action == ColumnAction.KEEP ? Fields.required("columns", reason, MAX_REASON) : null;
		}

	}

	public ErasureRule {
		if (action == null) {
			throw RejectedException.invalid("action", "must be one of DELETE, ANONYMIZE, KEEP");
		}
		columns = columns == null ? List.of() : List.copyOf(columns);
		switch (action) {
			case DELETE -> {
				reason = Fields.optional("reason", reason, MAX_REASON);
				if (!columns.isEmpty()) {
					throw RejectedException.invalid("columns", "a deletion takes the rows whole: name no column");
				}
			}
			case KEEP -> {
				reason = Fields.required("reason", reason, MAX_REASON);
				if (!columns.isEmpty()) {
					throw RejectedException.invalid("columns", "kept rows stay whole: name no column");
				}
			}
			case ANONYMIZE -> {
				reason = Fields.optional("reason", reason, MAX_REASON);
				if (columns.isEmpty()) {
					throw RejectedException.invalid("columns", "say what anonymizing does to each personal column");
				}
				Set<String> seen = new HashSet<>();
				for (ColumnRule column : columns) {
					if (!seen.add(column.column())) {
						throw RejectedException.invalid("columns", column.column() + " is named twice");
					}
				}
			}
		}
	}

	public String qualifiedName() {
		return schema + "." + table;
	}

	/**
	 * The column rules written one a line, {@code column: ACTION rest}: {@code NULL},
	 * {@code FIXED value}, {@code PSEUDONYM} or {@code KEEP reason}; blank lines skipped.
	 */
	public static List<ColumnRule> columnsFromLines(String lines) {
		List<ColumnRule> rules = new java.util.ArrayList<>();
		for (String line : lines.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon < 1) {
				throw RejectedException.invalid("columns",
						"write each column as column: NULL, FIXED value," + " PSEUDONYM or KEEP reason");
			}
			String[] what = line.substring(colon + 1).strip().split("\\s+", 2);
			ColumnAction action;
			try {
				action = ColumnAction.valueOf(what[0].toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw RejectedException.invalid("columns", "NULL, FIXED, PSEUDONYM or KEEP, not " + what[0]);
			}
			String rest = what.length > 1 ? what[1].strip() : null;
			rules.add(new ColumnRule(line.substring(0, colon).strip(), action,
					action == ColumnAction.FIXED ? rest : null, action == ColumnAction.KEEP ? rest : null));
		}
		return rules;
	}

	/** The rule of a table nobody gave one: its person's rows deleted. */
	public static ErasureRule byDefault(String schema, String table) {
		return new ErasureRule(schema, table, Action.DELETE, null, List.of());
	}

}
