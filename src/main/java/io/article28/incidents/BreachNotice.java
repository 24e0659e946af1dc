package io.article28.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

/**
 * One customer told of one breach: when, and which of its apps the breach touches. The
 * customer became aware when it was told, unless it records an earlier moment (it may
 * have found the breach itself; {@code recordedAwareAt} is then set); its 72-hour clock
 * runs from then.
 */
public record BreachNotice(UUID incidentId, OrganizationId organizationId, Instant notifiedAt, Instant recordedAwareAt,
		UserId awareRecordedBy, List<AffectedOrganization.AffectedApp> apps) {

	public BreachNotice {
		Objects.requireNonNull(incidentId);
		Objects.requireNonNull(organizationId);
		Objects.requireNonNull(notifiedAt);
		apps = List.copyOf(apps);
	}

	static BreachNotice told(UUID incidentId, AffectedOrganization organization, Instant now) {
		return new BreachNotice(incidentId, organization.id(), now, null, null, organization.apps());
	}

	public Instant awareAt() {
		return recordedAwareAt == null ? notifiedAt : recordedAwareAt;
	}

	public AuthorityDeadline deadline() {
		return new AuthorityDeadline(awareAt());
	}

	/**
	 * The customer says it became aware earlier than it was told: never later than that,
	 * and not before the breach began.
	 */
	BreachNotice awareSince(Instant at, Instant breachBegan, UserId by) {
		if (at == null) {
			throw RejectedException.invalid("awareAt", "must say when the organization became aware of the breach");
		}
		if (at.isAfter(notifiedAt)) {
			throw RejectedException.invalid("awareAt",
					"must not be after the provider's notice of " + notifiedAt + ", when the organization was told");
		}
		if (at.isBefore(breachBegan)) {
			throw RejectedException.invalid("awareAt", "must not be before the breach began, at " + breachBegan);
		}
		return new BreachNotice(incidentId, organizationId, notifiedAt, at, Objects.requireNonNull(by), apps);
	}

}
