package io.article28.subprocessors;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Collection;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.agreements.BoundOrganization;
import io.article28.agreements.DpaVersionId;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SubProcessingRegime;
import io.article28.core.RejectedException;

/**
 * What one organization was told of a change, under the DPA version binding it at the
 * time, and what came of it: its objection and staff's decision on it, or its consent or
 * refusal. Its rules follow the regime of that version.
 */
public record ChangeNotice(UUID changeId, OrganizationId organizationId, DpaVersionId dpaVersion,
		SubProcessingRegime regime, Instant notifiedAt, Integer objectionWindowDays, Answer answer,
		ObjectionGround ground, String justification, Instant answeredAt, UserId answeredBy, Decision decision,
		String decisionReason, Instant decidedAt, UserId decidedBy) {

	/** What the organization answered. */
	public enum Answer {

		OBJECTED, CONSENTED, REFUSED

	}

	/** What staff decided on an objection. */
	public enum Decision {

		UPHELD, DISMISSED

	}

	static final int MAX_TEXT = 2000;

	public ChangeNotice {
		Objects.requireNonNull(changeId);
		Objects.requireNonNull(organizationId);
		Objects.requireNonNull(regime);
		Objects.requireNonNull(notifiedAt);
		if ((regime == SubProcessingRegime.OBJECTION_WINDOW) != (objectionWindowDays != null)) {
			throw new IllegalArgumentException("an objection window goes with that regime, and only with it");
		}
	}

	/**
	 * The notice of a change to an organization, on the terms of the version binding it.
	 */
	static ChangeNotice of(UUID changeId, BoundOrganization bound, Instant notifiedAt) {
		SubProcessingRegime regime = bound.terms().subProcessing();
		return new ChangeNotice(changeId, bound.organizationId(), bound.versionId(), regime, notifiedAt,
				regime == SubProcessingRegime.OBJECTION_WINDOW ? bound.terms().objectionWindowDays() : null, null, null,
				null, null, null, null, null, null, null);
	}

	/** The window to object, under an objection regime; empty under prior consent. */
	public Optional<ObjectionWindow> window() {
		return objectionWindowDays == null ? Optional.empty()
				: Optional.of(new ObjectionWindow(notifiedAt, objectionWindowDays));
	}

	/**
	 * Objects to the change, within the window, on one of the grounds of the DPA; a
	 * ground that calls for a justification needs one.
	 */
	ChangeNotice object(ObjectionGround ground, String justification, Collection<ObjectionGround> allowed, UserId by,
			Instant at) {
		if (regime != SubProcessingRegime.OBJECTION_WINDOW) {
			throw RejectedException.conflict(null,
					"your DPA asks for your prior written consent to this change: consent or refuse instead");
		}
		requireNoAnswer();
		ObjectionWindow window = window().orElseThrow();
		if (!window.isOpenAt(at)) {
			throw RejectedException.conflict(null, "the objection window closed at the end of " + window.lastDay()
					+ ", " + window.days() + " calendar days after the notice");
		}
		if (ground == null || !allowed.contains(ground)) {
			throw RejectedException.invalid("ground", "an objection must give one of the grounds of your DPA: "
					+ allowed.stream().map(Enum::name).sorted().toList());
		}
		String reasons = justification == null || justification.isBlank() ? null : justification.strip();
		if (ground == ObjectionGround.NOT_COMPLIANT && reasons == null) {
			throw RejectedException.invalid("justification",
					"an objection for non-compliance with the GDPR must say why the sub-processor is not compliant");
		}
		requireLength("justification", reasons);
		return new ChangeNotice(changeId, organizationId, dpaVersion, regime, notifiedAt, objectionWindowDays,
				Answer.OBJECTED, ground, reasons, at, by, null, null, null, null);
	}

	/** Gives or refuses the prior written consent the DPA asks for. */
	ChangeNotice answerConsent(boolean consents, UserId by, Instant at) {
		if (regime != SubProcessingRegime.PRIOR_WRITTEN_CONSENT) {
			throw RejectedException.conflict(null,
					"your DPA does not ask for consent to this change: you may object within its window instead");
		}
		requireNoAnswer();
		return new ChangeNotice(changeId, organizationId, dpaVersion, regime, notifiedAt, objectionWindowDays,
				consents ? Answer.CONSENTED : Answer.REFUSED, null, null, at, by, null, null, null, null);
	}

	/** Staff uphold or dismiss the objection, and say why. */
	ChangeNotice decide(boolean upheld, String reason, UserId by, Instant at) {
		if (answer != Answer.OBJECTED) {
			throw RejectedException.conflict(null, "there is no objection to decide on");
		}
		if (decision != null) {
			throw RejectedException.conflict(null, "this objection was already " + decision.name().toLowerCase());
		}
		if (reason == null || reason.isBlank()) {
			throw RejectedException.invalid("reason", "the customer is told the reason for the decision");
		}
		requireLength("reason", reason.strip());
		return new ChangeNotice(changeId, organizationId, dpaVersion, regime, notifiedAt, objectionWindowDays, answer,
				ground, justification, answeredAt, answeredBy, upheld ? Decision.UPHELD : Decision.DISMISSED,
				reason.strip(), at, by);
	}

	/** Where the organization stands at the given instant. */
	public NoticeStatus status(Instant now) {
		if (answer == null) {
			if (regime == SubProcessingRegime.PRIOR_WRITTEN_CONSENT) {
				return NoticeStatus.AWAITING_CONSENT;
			}
			return window().orElseThrow().isOpenAt(now) ? NoticeStatus.OPEN : NoticeStatus.NO_OBJECTION;
		}
		return switch (answer) {
			case CONSENTED -> NoticeStatus.CONSENTED;
			case REFUSED -> NoticeStatus.REFUSED;
			case OBJECTED -> decision == null ? NoticeStatus.OBJECTED
					: decision == Decision.UPHELD ? NoticeStatus.UPHELD : NoticeStatus.DISMISSED;
		};
	}

	private void requireNoAnswer() {
		if (answer != null) {
			throw RejectedException.conflict(null,
					"your organization already answered this change (" + answer.name().toLowerCase() + ")");
		}
	}

	private static void requireLength(String field, String text) {
		if (text != null && text.length() > MAX_TEXT) {
			throw RejectedException.invalid(field, "must be at most " + MAX_TEXT + " characters");
		}
	}

}
