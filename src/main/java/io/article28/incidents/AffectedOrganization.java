package io.article28.incidents;

import java.util.List;

import io.article28.accounts.OrganizationId;
import io.article28.platform.AppId;

/** A customer a breach touches, with those of its apps within the breach's scope. */
public record AffectedOrganization(OrganizationId id, String name, List<AffectedApp> apps) {

	public AffectedOrganization {
		apps = List.copyOf(apps);
	}

	/** An app within a breach's scope. */
	public record AffectedApp(AppId id, String name, String regionCode) {
	}

}
