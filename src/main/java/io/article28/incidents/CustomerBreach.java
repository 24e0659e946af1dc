package io.article28.incidents;

import java.util.List;
import java.util.UUID;

/**
 * A breach as the customer told of it sees it: what happened, its share of it, the
 * follow-up phases so far, and the current version of its draft to its authority.
 */
public record CustomerBreach(UUID id, String title, String description, BreachScope scope, BreachNotice notice,
		List<BreachFollowUp> followUps, AuthorityDraft draft) {

	public CustomerBreach {
		followUps = List.copyOf(followUps);
	}

}
