package io.article28.subprocessors;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Customers ask the provider to confirm the last audit of a sub-processor; the provider's
 * DPOs answer from the register as it stands at that moment.
 */
@Service
@Transactional
public class AuditConfirmationManagement {

	private final AuditConfirmations confirmations;

	private final Subprocessors subprocessors;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditConfirmationManagement(AuditConfirmations confirmations, Subprocessors subprocessors, TrailManagement trail,
			ApplicationEventPublisher events, Clock clock) {
		this.confirmations = confirmations;
		this.subprocessors = subprocessors;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	public AuditConfirmation ask(OrganizationId organization, UUID subprocessorId, String question, UserId by) {
		AuditConfirmation confirmation = AuditConfirmation.ask(organization, subprocessorId, question, by,
				clock.instant());
		subprocessors.find(subprocessorId)
			.filter(s -> s.status() != SubprocessorStatus.REMOVED)
			.orElseThrow(() -> RejectedException.invalid("subprocessorId", "is not in the register"));
		confirmations.insert(confirmation);
		trail.record(
				TrailRecord
					.of("subprocessor.audit-confirmation-requested", organization, "subprocessor-audit-confirmation",
							confirmation.id())
					.with("subprocessorId", subprocessorId));
		events.publishEvent(new AuditConfirmationRequested(confirmation.id(), organization, subprocessorId));
		return confirmation;
	}

	/** The organization's requests, the latest first. */
	@Transactional(readOnly = true)
	public Page<AuditConfirmation> confirmations(OrganizationId organization, PageRequest page) {
		return confirmations.of(organization, page);
	}

	/** One of the organization's requests; another organization's is not found. */
	@Transactional(readOnly = true)
	public AuditConfirmation confirmation(OrganizationId organization, UUID id) {
		return confirmations.find(id)
			.filter(confirmation -> confirmation.organization().equals(organization))
			.orElseThrow(() -> new NotFoundException("Audit confirmation"));
	}

	/** Every organization's requests, for the provider's DPOs, the oldest first. */
	@Transactional(readOnly = true)
	public Page<AuditConfirmation> queue(AuditConfirmation.Status status, PageRequest page) {
		return confirmations.list(status, page);
	}

	@Transactional(readOnly = true)
	public AuditConfirmation confirmation(UUID id) {
		return confirmations.find(id).orElseThrow(() -> new NotFoundException("Audit confirmation"));
	}

	/**
	 * Answers a request with the statement and the last audit of the sub-processor as the
	 * register has it now; a request already answered is refused.
	 */
	public AuditConfirmation answer(UUID id, String statement, UserId by) {
		AuditConfirmation confirmation = confirmation(id);
		Subprocessor subprocessor = subprocessors.find(confirmation.subprocessorId())
			.orElseThrow(() -> new NotFoundException("Sub-processor"));
		confirmation.answer(subprocessor.lastAudit(), statement, by, clock.instant());
		if (!confirmations.answer(confirmation)) {
			throw RejectedException.conflict("status", "this request is already answered");
		}
		trail.record(TrailRecord
			.of("subprocessor.audit-confirmation-answered", confirmation.organization(),
					"subprocessor-audit-confirmation", id)
			.with("subprocessorId", confirmation.subprocessorId())
			.with("lastAudit", subprocessor.lastAudit().map(Object::toString).orElse("none")));
		events.publishEvent(
				new AuditConfirmationAnswered(id, confirmation.organization(), confirmation.subprocessorId()));
		return confirmation;
	}

	/** Forgets an erased organization's requests. */
	void erase(OrganizationId organization) {
		confirmations.deleteAll(organization);
	}

}
