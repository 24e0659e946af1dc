package io.article28.incidents;

import java.util.List;
import java.util.UUID;

import io.article28.datastores.StoreInventory;

/**
 * A breach as the customer told of it sees it: what happened, its share of it (its apps,
 * and its data stores the breach names with what their data maps found), the follow-up
 * phases so far, and the current version of its draft to its authority.
 */
public record CustomerBreach(UUID id, String title, String description, BreachScope scope, BreachNotice notice,
		List<StoreInventory> stores, List<BreachFollowUp> followUps, AuthorityDraft draft) {

	public CustomerBreach {
		stores = List.copyOf(stores);
		followUps = List.copyOf(followUps);
	}

}
