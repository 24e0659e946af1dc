package io.article28.subprocessors.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SubProcessingRegime;
import io.article28.subprocessors.ChangeDetails;
import io.article28.subprocessors.ChangeNotice;
import io.article28.subprocessors.ChangeType;
import io.article28.subprocessors.NoticeStatus;
import io.article28.subprocessors.ObjectionWindow;
import io.article28.subprocessors.OrganizationChange;
import io.article28.subprocessors.Subprocessor;
import io.article28.subprocessors.SubprocessorStatus;
import io.article28.subprocessors.TransferSafeguard;

/** What the API shows of changes and of the organizations' answers to them. */
final class ChangeViews {

	private ChangeViews() {
	}

	/** A sub-processor as a change names it. */
	record Party(UUID id, String name, SubprocessorStatus status, String country, TransferSafeguard safeguard) {

		static Party of(Subprocessor subprocessor) {
			return subprocessor == null ? null : new Party(subprocessor.id(), subprocessor.name(),
					subprocessor.status(), subprocessor.country(), subprocessor.safeguard());
		}
	}

	record Change(UUID id, ChangeType type, Party incoming, Party outgoing, String summary, LocalDate effectiveOn,
			Instant announcedAt, int notifiedOrganizations, Instant appliedAt) {

		static Change of(ChangeDetails details) {
			var change = details.change();
			return new Change(change.id(), change.type(), Party.of(details.incoming()), Party.of(details.outgoing()),
					change.summary(), change.effectiveOn(), change.announcedAt(), change.notifiedOrganizations(),
					change.appliedAt());
		}
	}

	/** One organization's notice of a change and its answer, as the API shows it. */
	record Answer(UUID organizationId, String organizationName, String dpaVersion, SubProcessingRegime regime,
			Instant notifiedAt, Instant objectionDeadline, LocalDate objectionLastDay, NoticeStatus status,
			ChangeNotice.Answer answer, ObjectionGround ground, String justification, Instant answeredAt,
			ChangeNotice.Decision decision, String decisionReason, Instant decidedAt) {

		static Answer of(ChangeNotice notice, NoticeStatus status, String organizationName) {
			var window = notice.window();
			return new Answer(notice.organizationId().value(), organizationName, notice.dpaVersion().value(),
					notice.regime(), notice.notifiedAt(), window.map(ObjectionWindow::closesAt).orElse(null),
					window.map(ObjectionWindow::lastDay).orElse(null), status, notice.answer(), notice.ground(),
					notice.justification(), notice.answeredAt(), notice.decision(), notice.decisionReason(),
					notice.decidedAt());
		}
	}

	/**
	 * A change as an organization sees it: what it may still do, and on which grounds.
	 */
	record ForOrganization(Change change, Answer notice, boolean mayObject, boolean mayConsent,
			List<ObjectionGround> grounds) {

		static ForOrganization of(OrganizationChange view) {
			return new ForOrganization(Change.of(view.details()), Answer.of(view.notice(), view.status(), null),
					view.mayObject(), view.mayConsent(), view.grounds());
		}
	}

	/** A change for staff: how many stand where, and the answers, a page at a time. */
	record ForStaff(Change change, Map<NoticeStatus, Long> counts, io.article28.core.Page<Answer> answers) {
	}

}
