package io.article28.datarights.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.datarights.PersonSearch;
import io.article28.datarights.PersonSearchResult;
import io.article28.platform.AppId;

/**
 * Finding a person in the organization's data stores, for its owners and admins: the
 * counts per store and table, never the rows (the page shows a masked preview).
 */
@RestController
class PersonSearchApi {

	/** The identities to search for, in one app's stores or in all of them. */
	record SearchRequest(List<String> identities, UUID appId, UUID requestId) {
	}

	private final PersonSearch search;

	PersonSearchApi(PersonSearch search) {
		this.search = search;
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/data-stores/search")
	PersonSearchResult search(@PathVariable UUID orgId, @RequestBody SearchRequest request) {
		return search.search(new OrganizationId(orgId), new PersonSearch.Query(request.identities(),
				request.appId() == null ? null : new AppId(request.appId()), request.requestId(), false));
	}

}
