package io.article28.datastores;

import java.util.Map;
import java.util.Optional;

/**
 * What a search for a person in a store follows: the data map of the latest completed
 * discovery (subjects, identity columns, every table reached with its path), the tables
 * on those paths as the catalog described them, and the category of personal data of each
 * of their personal columns (as reviewed, else as suggested).
 *
 * @param tables the reached tables and those on their paths, by {@code schema.table}
 * @param personal by {@code schema.table}, the personal columns and their categories
 */
public record PersonMap(DataStore store, Discovery discovery, DataMap map, Map<String, Catalog.Table> tables,
		Map<String, Map<String, Category>> personal) {

	public PersonMap {
		tables = Map.copyOf(tables);
		personal = Map.copyOf(personal);
	}

	public Optional<Catalog.Table> table(String qualifiedName) {
		return Optional.ofNullable(tables.get(qualifiedName));
	}

	/** The category of a column, {@link Category#NONE} when it holds no personal data. */
	public Category category(String qualifiedTable, String column) {
		return personal.getOrDefault(qualifiedTable, Map.of()).getOrDefault(column, Category.NONE);
	}

}
