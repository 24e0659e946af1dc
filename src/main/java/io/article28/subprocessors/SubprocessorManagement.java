package io.article28.subprocessors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

	private final TrailManagement trail;

	private final Clock clock;

	SubprocessorManagement(Subprocessors subprocessors, TrailManagement trail, Clock clock) {
		this.subprocessors = subprocessors;
		this.trail = trail;
		this.clock = clock;
	}

	public Subprocessor register(NewSubprocessor request) {
		Subprocessor subprocessor = new Subprocessor(UUID.randomUUID(), request.name(), request.contact(),
				request.purpose(), request.legalBasis(), request.dataCategories(), request.country(),
				request.location(), request.safeguard(), request.transferDestination(), request.platformRegions(),
				request.audits(), clock.instant());
		if (subprocessors.existsByName(subprocessor.name())) {
			throw RejectedException.conflict("name", "this sub-processor is already in the register");
		}
		subprocessors.insert(subprocessor);
		trail.record(TrailRecord.of("subprocessor.registered", null, "subprocessor", subprocessor.id())
			.with("safeguard", subprocessor.safeguard()));
		return subprocessor;
	}

	/** The register, each entry with the state of its transfers today. */
	@Transactional(readOnly = true)
	public List<Entry> register() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return subprocessors.all().stream().map(s -> new Entry(s, s.transfers(today))).toList();
	}

}
