package io.article28.datarights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.article28.core.RejectedException;

/**
 * A new value for a column of the person's rows in a table (GDPR art. 16): the table by
 * its {@code schema.table}, the value as the person gave it. Never stored: the plan keeps
 * its keyed digest, and the confirmation brings the values again.
 */
public record Rectification(String table, String column, String value) {

	/** The most columns one rectification changes. */
	public static final int MAX_CHANGES = 20;

	public static final int MAX_VALUE = 1_000;

	/**
	 * The changes, each a table and column named once, at least one, at most
	 * {@link #MAX_CHANGES}.
	 */
	public static List<Rectification> checked(List<Rectification> changes) {
		if (changes == null || changes.isEmpty()) {
			throw RejectedException.invalid("changes", "name a column and its new value");
		}
		if (changes.size() > MAX_CHANGES) {
			throw RejectedException.invalid("changes", "at most " + MAX_CHANGES + " columns in one rectification");
		}
		Set<String> seen = new HashSet<>();
		List<Rectification> kept = new ArrayList<>();
		for (Rectification change : changes) {
			if (change == null || blank(change.table()) || blank(change.column())) {
				throw RejectedException.invalid("changes", "each change names its table (schema.table) and column");
			}
			if (change.value() == null || change.value().length() > MAX_VALUE) {
				throw RejectedException.invalid("changes",
						"each new value is given, of at most " + MAX_VALUE + " characters");
			}
			Rectification trimmed = new Rectification(change.table().strip(), change.column().strip(), change.value());
			if (!seen.add(trimmed.table() + "." + trimmed.column())) {
				throw RejectedException.invalid("changes",
						trimmed.table() + "." + trimmed.column() + " is named twice");
			}
			kept.add(trimmed);
		}
		return List.copyOf(kept);
	}

	/**
	 * Changes written one a line, {@code schema.table.column: new value}; blank lines
	 * skipped.
	 */
	public static List<Rectification> fromLines(String lines) {
		List<Rectification> changes = new ArrayList<>();
		for (String line : (lines == null ? "" : lines).split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			String name = colon < 0 ? "" : line.substring(0, colon).strip();
			int dot = name.lastIndexOf('.');
			if (colon < 0 || dot < 1) {
				throw RejectedException.invalid("changes", "write each change as schema.table.column: new value");
			}
			changes.add(new Rectification(name.substring(0, dot), name.substring(dot + 1),
					line.substring(colon + 1).strip()));
		}
		return checked(changes);
	}

	/** The changes as lines, as {@link #fromLines} reads them. */
	public static String toLines(List<Rectification> changes) {
		StringBuilder lines = new StringBuilder();
		changes.forEach(change -> lines.append(change.table())
			.append('.')
			.append(change.column())
			.append(": ")
			.append(change.value())
			.append('\n'));
		return lines.toString();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
