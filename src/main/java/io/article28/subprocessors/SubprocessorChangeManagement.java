package io.article28.subprocessors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.BoundOrganization;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.DpaVersionId;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SubProcessingRegime;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Changes to the register: staff announce them to every customer bound by a DPA, each
 * customer answers under the terms of the version it signed (an objection within the
 * window, or its prior written consent), staff decide on objections.
 */
@Service
@Transactional
public class SubprocessorChangeManagement {

	private final SubprocessorChanges changes;

	private final Subprocessors subprocessors;

	private final SubprocessorManagement register;

	private final AgreementManagement agreements;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubprocessorChangeManagement(SubprocessorChanges changes, Subprocessors subprocessors,
			SubprocessorManagement register, AgreementManagement agreements, TrailManagement trail,
			ApplicationEventPublisher events, Clock clock) {
		this.changes = changes;
		this.subprocessors = subprocessors;
		this.register = register;
		this.agreements = agreements;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Announces a change: records it, gives every organization bound by a DPA its notice
	 * on the terms of its version, and leaves the notifications to the outbox, so that
	 * the request does not wait for thousands of mails.
	 */
	public SubprocessorChange announce(NewSubprocessorChange request, UserId by) {
		if (request.type() == null) {
			throw RejectedException.invalid("type", "must be ADD, REPLACE or REMOVE");
		}
		Instant now = clock.instant();
		List<BoundOrganization> bound = agreements.boundOrganizations();
		LocalDate earliest = earliestEffectiveDate(now, bound);
		if (request.effectiveOn() == null || request.effectiveOn().isBefore(earliest)) {
			throw RejectedException.invalid("effectiveOn", "must be " + earliest
					+ " or later: a change takes effect once every customer's window to object has closed");
		}
		UUID outgoing = request.type().takesOneOut() ? outgoing(request.subprocessorId()) : null;
		UUID incoming = request.type().bringsOneIn()
				? register.enter(request.subprocessor(), SubprocessorStatus.PLANNED).id() : null;
		SubprocessorChange change = new SubprocessorChange(UUID.randomUUID(), request.type(), incoming, outgoing,
				request.summary(), request.effectiveOn(), now, by, bound.size(), null);
		changes.insert(change);
		List<ChangeNotice> notices = bound.stream()
			.map(organization -> ChangeNotice.of(change.id(), organization, now))
			.toList();
		changes.insertNotices(notices);
		trail.recordAll(Stream.concat(
				Stream.of(TrailRecord.of("subprocessor-change.announced", null, "subprocessor-change", change.id())
					.with("type", change.type())
					.with("effectiveOn", change.effectiveOn())
					.with("organizations", bound.size())),
				notices.stream()
					.map(notice -> TrailRecord
						.of("subprocessor-change.notified", notice.organizationId(), "subprocessor-change", change.id())
						.with("dpaVersion", notice.dpaVersion())
						.with("regime", notice.regime())))
			.toList());
		events.publishEvent(new SubprocessorChangeAnnounced(change.id()));
		return change;
	}

	/**
	 * The first day a change announced now may take effect: the day after the longest
	 * window to object among the customers, or today when none has one.
	 */
	@Transactional(readOnly = true)
	public LocalDate earliestEffectiveDate() {
		Instant now = clock.instant();
		return earliestEffectiveDate(now, agreements.boundOrganizations());
	}

	private static LocalDate earliestEffectiveDate(Instant now, List<BoundOrganization> bound) {
		return bound.stream()
			.map(BoundOrganization::terms)
			.filter(terms -> terms.subProcessing() == SubProcessingRegime.OBJECTION_WINDOW)
			.map(terms -> new ObjectionWindow(now, terms.objectionWindowDays()).lastDay().plusDays(1))
			.max(LocalDate::compareTo)
			.orElse(ObjectionWindow.today(now));
	}

	private UUID outgoing(UUID id) {
		if (id == null) {
			throw RejectedException.invalid("subprocessorId", "name the sub-processor that goes");
		}
		Subprocessor outgoing = subprocessors.find(id)
			.orElseThrow(() -> RejectedException.invalid("subprocessorId", "no such sub-processor in the register"));
		if (outgoing.status() != SubprocessorStatus.ACTIVE) {
			throw RejectedException.conflict("subprocessorId",
					"only an active sub-processor can be replaced or removed");
		}
		if (changes.pendingFor(id)) {
			throw RejectedException.conflict("subprocessorId",
					"a change announced for this sub-processor has not taken effect yet");
		}
		return id;
	}

	/** Objects to a change on behalf of the organization, on a ground of its DPA. */
	public OrganizationChange object(OrganizationId organization, UUID changeId, ObjectionGround ground,
			String justification, UserId by) {
		ChangeNotice notice = notice(changeId, organization);
		Instant now = clock.instant();
		if (notice.window().filter(window -> !window.isOpenAt(now)).isPresent()) {
			// The refusal below rolls this transaction back; the attempt stays in the
			// trail.
			trail.recordRefusal(TrailRecord
				.of("subprocessor-change.objection-refused", organization, "subprocessor-change", changeId)
				.with("reason", "window-closed")
				.with("day", notice.window().orElseThrow().dayOf(now)));
		}
		ChangeNotice objected = notice.object(ground, justification, grounds(notice), by, now);
		changes.update(objected);
		trail.record(TrailRecord.of("subprocessor-change.objected", organization, "subprocessor-change", changeId)
			.with("ground", ground)
			.with("day", objected.window().orElseThrow().dayOf(objected.answeredAt())));
		events.publishEvent(new ObjectionRaised(changeId, organization, ground));
		return view(objected);
	}

	/** Gives or refuses the organization's prior written consent to a change. */
	public OrganizationChange answerConsent(OrganizationId organization, UUID changeId, boolean consents, UserId by) {
		ChangeNotice answered = notice(changeId, organization).answerConsent(consents, by, clock.instant());
		changes.update(answered);
		trail.record(TrailRecord.of(consents ? "subprocessor-change.consented" : "subprocessor-change.refused",
				organization, "subprocessor-change", changeId));
		events.publishEvent(new ConsentAnswered(changeId, organization, consents));
		return view(answered);
	}

	/**
	 * Staff uphold or dismiss an organization's objection, with the reason it is told.
	 */
	public ChangeNotice decide(UUID changeId, OrganizationId organization, boolean upheld, String reason, UserId by) {
		ChangeNotice decided = notice(changeId, organization).decide(upheld, reason, by, clock.instant());
		changes.update(decided);
		trail.record(TrailRecord.of(
				upheld ? "subprocessor-change.objection-upheld" : "subprocessor-change.objection-dismissed",
				organization, "subprocessor-change", changeId));
		events.publishEvent(new ObjectionDecided(changeId, organization, upheld));
		return decided;
	}

	@Transactional(readOnly = true)
	public ChangeDetails change(UUID changeId) {
		return details(changes.find(changeId).orElseThrow(() -> new NotFoundException("Sub-processor change")));
	}

	/** Every change, newest first. */
	@Transactional(readOnly = true)
	public Page<ChangeDetails> changes(PageRequest page) {
		return changes.page(page).map(this::details);
	}

	/** How many organizations stand where with a change, now. */
	@Transactional(readOnly = true)
	public Map<NoticeStatus, Long> counts(UUID changeId) {
		change(changeId);
		return changes.counts(changeId, clock.instant());
	}

	/** The organizations' answers to a change, those in one status only when given. */
	@Transactional(readOnly = true)
	public Page<ChangeNotice> answers(UUID changeId, NoticeStatus status, PageRequest page) {
		change(changeId);
		return changes.answers(changeId, status, clock.instant(), page);
	}

	/** Where the organization of a notice stands with its change, now. */
	public NoticeStatus status(ChangeNotice notice) {
		return notice.status(clock.instant());
	}

	/** A batch of a change's notices, after an organization: to reach them all. */
	@Transactional(readOnly = true)
	public List<ChangeNotice> notices(UUID changeId, OrganizationId after, int limit) {
		return changes.noticesAfter(changeId, after, limit);
	}

	/** The changes an organization was told of, newest first, with what it may do. */
	@Transactional(readOnly = true)
	public Page<OrganizationChange> changesOf(OrganizationId organization, PageRequest page) {
		return changes.noticesOf(organization, page).map(this::view);
	}

	@Transactional(readOnly = true)
	public OrganizationChange changeOf(OrganizationId organization, UUID changeId) {
		return view(notice(changeId, organization));
	}

	private ChangeNotice notice(UUID changeId, OrganizationId organization) {
		return changes.notice(changeId, organization).orElseThrow(() -> new NotFoundException("Sub-processor change"));
	}

	private OrganizationChange view(ChangeNotice notice) {
		return new OrganizationChange(change(notice.changeId()), notice, notice.status(clock.instant()),
				grounds(notice));
	}

	private List<ObjectionGround> grounds(ChangeNotice notice) {
		DpaTerms terms = agreements.version(notice.dpaVersion()).terms();
		return terms.objectionGrounds().stream().sorted().toList();
	}

	private ChangeDetails details(SubprocessorChange change) {
		return new ChangeDetails(change,
				change.incomingId() == null ? null : subprocessors.find(change.incomingId()).orElseThrow(),
				change.outgoingId() == null ? null : subprocessors.find(change.outgoingId()).orElseThrow());
	}

	/**
	 * Applies a change whose day has come: the newcomer becomes active, the one that goes
	 * is removed. Safe when two instances try: only one marks it applied.
	 */
	boolean apply(SubprocessorChange change) {
		SubprocessorChange applied = change.appliedAt(clock.instant());
		if (!changes.markApplied(applied)) {
			return false;
		}
		ChangeDetails details = details(change);
		if (details.incoming() != null) {
			subprocessors.updateStatus(details.incoming().withStatus(SubprocessorStatus.ACTIVE));
		}
		if (details.outgoing() != null) {
			subprocessors.updateStatus(details.outgoing().withStatus(SubprocessorStatus.REMOVED));
		}
		trail.record(Actor.system("subprocessor-changes"),
				TrailRecord.of("subprocessor-change.applied", null, "subprocessor-change", change.id())
					.with("type", change.type()));
		events.publishEvent(new SubprocessorChangeApplied(change.id()));
		return true;
	}

	@Transactional(readOnly = true)
	List<SubprocessorChange> due(Instant now) {
		return changes.due(ObjectionWindow.today(now), now);
	}

}
