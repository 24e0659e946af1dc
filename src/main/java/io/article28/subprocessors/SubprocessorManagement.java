package io.article28.subprocessors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.UserId;
import io.article28.core.LegalCalendar;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/** The register of sub-processors and the check of their transfers. */
@Service
@Transactional
public class SubprocessorManagement {

	/** A sub-processor in the register, with where its transfers stand today. */
	public record Entry(Subprocessor subprocessor, TransferAssessment transfers) {
	}

	private final Subprocessors subprocessors;

	private final SubprocessorAudits audits;

	private final TrailManagement trail;

	private final Clock clock;

	SubprocessorManagement(Subprocessors subprocessors, SubprocessorAudits audits, TrailManagement trail, Clock clock) {
		this.subprocessors = subprocessors;
		this.audits = audits;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Enters a sub-processor that is active at once: the register as it stands when the
	 * product is installed. A newcomer later is announced by a change.
	 */
	public Subprocessor register(NewSubprocessor request) {
		return enter(request, SubprocessorStatus.ACTIVE);
	}

	Subprocessor enter(NewSubprocessor request, SubprocessorStatus status) {
		if (request == null) {
			throw RejectedException.invalid("subprocessor", "describe the sub-processor");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), LegalCalendar.ZONE);
		if (request.audits() != null && request.audits().stream().anyMatch(date -> date.isAfter(today))) {
			throw RejectedException.invalid("audits",
					"must not be in the future: an audit is entered once it took place");
		}
		Subprocessor subprocessor = new Subprocessor(UUID.randomUUID(), request.name(), request.contact(),
				request.purpose(), request.legalBasis(), request.dataCategories(), request.country(),
				request.location(), request.safeguard(), request.transferDestination(), request.platformRegions(),
				request.audits(), clock.instant(), status);
		if (subprocessors.existsByName(subprocessor.name())) {
			throw RejectedException.conflict("name", "this sub-processor is already in the register");
		}
		subprocessors.insert(subprocessor);
		trail.record(TrailRecord.of("subprocessor.registered", null, "subprocessor", subprocessor.id())
			.with("safeguard", subprocessor.safeguard())
			.with("status", status));
		return subprocessor;
	}

	/**
	 * The register, each entry with the state of its transfers today: the active
	 * sub-processors and those announced, not those removed.
	 */
	@Transactional(readOnly = true)
	public List<Entry> register() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return subprocessors.all()
			.stream()
			.filter(s -> s.status() != SubprocessorStatus.REMOVED)
			.map(s -> new Entry(s, s.transfers(today)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Entry entry(UUID id) {
		Subprocessor subprocessor = subprocessors.find(id).orElseThrow(() -> new NotFoundException("Sub-processor"));
		return new Entry(subprocessor, subprocessor.transfers(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
	}

	/**
	 * Records an audit of a sub-processor that took place, on the provider's calendar,
	 * today at the latest.
	 */
	public SubprocessorAudit recordAudit(UUID subprocessorId, LocalDate date, String auditor, String outcome,
			UserId by) {
		Subprocessor subprocessor = entry(subprocessorId).subprocessor();
		SubprocessorAudit audit = SubprocessorAudit.record(subprocessor.id(), date, auditor, outcome,
				LocalDate.ofInstant(clock.instant(), LegalCalendar.ZONE), by, clock.instant());
		SubprocessorAudit recorded = audits.insert(audit);
		trail.record(TrailRecord.of("subprocessor.audit-recorded", null, "subprocessor", subprocessor.id())
			.with("auditId", recorded.id())
			.with("auditedOn", date));
		return recorded;
	}

	/** The audits of a sub-processor, the latest first. */
	@Transactional(readOnly = true)
	public List<SubprocessorAudit> audits(UUID subprocessorId) {
		return audits.of(entry(subprocessorId).subprocessor().id());
	}

	/** Removes an audit recorded by mistake; the trail keeps that it was there. */
	public void removeAudit(UUID subprocessorId, long auditId) {
		SubprocessorAudit audit = audits.find(subprocessorId, auditId)
			.orElseThrow(() -> new NotFoundException("Audit"));
		audits.delete(audit);
		trail.record(TrailRecord.of("subprocessor.audit-removed", null, "subprocessor", subprocessorId)
			.with("auditId", auditId)
			.with("auditedOn", audit.date()));
	}

}
