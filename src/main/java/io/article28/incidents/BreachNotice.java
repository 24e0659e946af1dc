package io.article28.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * One customer told of one breach: when, and which of its apps the breach touches. The
 * customer became aware when it was told, unless it records an earlier moment (it may
 * have found the breach itself; {@code recordedAwareAt} is then set); its 72-hour clock
 * runs from then.
 */
public record BreachNotice(UUID incidentId, OrganizationId organizationId, Instant notifiedAt, Instant recordedAwareAt,
		UserId awareRecordedBy, List<AffectedOrganization.AffectedApp> apps, AuthoritySubmission submission) {

	public BreachNotice {
		Objects.requireNonNull(incidentId);
		Objects.requireNonNull(organizationId);
		Objects.requireNonNull(notifiedAt);
		apps = List.copyOf(apps);
	}

	static BreachNotice told(UUID incidentId, AffectedOrganization organization, Instant now) {
		return new BreachNotice(incidentId, organization.id(), now, null, null, organization.apps(), null);
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
		requireNotSubmitted();
		return new BreachNotice(incidentId, organizationId, notifiedAt, at, Objects.requireNonNull(by), apps,
				submission);
	}

	/**
	 * The customer records that it notified its authority with this draft, which must be
	 * a saved version, complete for that moment: once past the deadline, with the reasons
	 * for the delay. Not in the future, not before the customer became aware; once only.
	 */
	BreachNotice submitted(AuthorityDraft draft, Instant at, String reference, UserId by, Instant now) {
		requireNotSubmitted();
		if (at == null) {
			throw RejectedException.invalid("submittedAt", "must say when the authority was notified");
		}
		if (at.isAfter(now)) {
			throw RejectedException.invalid("submittedAt", "must not be in the future");
		}
		if (at.isBefore(awareAt())) {
			throw RejectedException.invalid("submittedAt", "must not be before the organization became aware");
		}
		if (draft.version() == 0) {
			throw RejectedException.conflict("draft", "save the draft first: the version sent is kept as evidence");
		}
		List<String> missing = draft.missing(deadline().passed(at));
		if (!missing.isEmpty()) {
			throw RejectedException.invalid("draft", "the draft sent lacks: " + String.join(", ", missing));
		}
		return decided(new AuthoritySubmission(at, draft.authority(),
				Fields.optionalLine("reference", reference, AuthoritySubmission.MAX_REFERENCE), draft.version(), by,
				null));
	}

	/**
	 * The customer records that it will not notify its authority, the breach being
	 * unlikely to result in a risk to people, with its reasons; once only.
	 */
	BreachNotice notNotified(String reasons, UserId by, Instant now) {
		requireNotSubmitted();
		return decided(
				new AuthoritySubmission(now, null, null, 0, by, Fields.required("reason", reasons, Incident.MAX_TEXT)));
	}

	private BreachNotice decided(AuthoritySubmission decision) {
		return new BreachNotice(incidentId, organizationId, notifiedAt, recordedAwareAt, awareRecordedBy, apps,
				decision);
	}

	private void requireNotSubmitted() {
		if (submission != null) {
			throw RejectedException.conflict("submission", submission.notified()
					? "the notification to the authority is recorded; send any further information to it directly"
					: "the decision not to notify the authority is recorded");
		}
	}

}
