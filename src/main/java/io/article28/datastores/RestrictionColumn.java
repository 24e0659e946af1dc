package io.article28.datastores;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The column of a table that marks a person's rows as restricted (GDPR art. 18): a flag
 * set to true, or a moment set to now. Nothing else of the rows changes.
 */
public record RestrictionColumn(String schema, String table, String column, Kind kind) {

	public enum Kind {

		/** A boolean, set to true. */
		FLAG,
		/** A timestamp or a date, set to the moment of the restriction. */
		MOMENT

	}

	private static final Pattern FLAG = Pattern.compile("bool|boolean|bit|bit\\(1\\)|tinyint\\(1\\)");

	private static final Pattern MOMENT = Pattern.compile(".*\\b(timestamp|timestamptz|datetime|date)\\b.*");

	public String qualifiedName() {
		return schema + "." + table;
	}

	/** What a column of that type can mark; null when it can mark nothing. */
	static Kind kindOf(String type) {
		String lower = type.toLowerCase(Locale.ROOT).strip();
		if (FLAG.matcher(lower).matches()) {
			return Kind.FLAG;
		}
		return MOMENT.matcher(lower).matches() ? Kind.MOMENT : null;
	}

}
