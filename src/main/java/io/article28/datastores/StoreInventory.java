package io.article28.datastores;

import java.time.Instant;
import java.util.List;

import io.article28.accounts.OrganizationId;
import io.article28.platform.AppId;

/**
 * What a store is known to hold, as the register of processing, a breach notice and the
 * account export state it: the categories of personal data its columns hold (as reviewed,
 * else as suggested), how many personal columns still await a person's review, the tables
 * declared as describing a person and the approximate number of people from their row
 * estimates. Names and counts only, never a value of the store; nothing is known before
 * the first completed discovery.
 *
 * @param discoveredAt when the latest completed discovery finished, null before the first
 * @param approximatePersons the subject tables' estimated rows added up, null when no
 * subject table is declared or none has an estimate
 */
public record StoreInventory(DataStoreId id, OrganizationId organizationId, AppId appId, String label, Engine engine,
		Instant discoveredAt, List<Category> categories, long columnsToReview, List<String> subjectTables,
		Long approximatePersons) {

	public StoreInventory {
		categories = List.copyOf(categories);
		subjectTables = List.copyOf(subjectTables);
	}

	public boolean discovered() {
		return discoveredAt != null;
	}

	/** The categories as a person reads them, in the order of {@link Category}. */
	public List<String> categoryDescriptions() {
		return categories.stream().map(Category::description).toList();
	}

}
