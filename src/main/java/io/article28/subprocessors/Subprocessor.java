package io.article28.subprocessors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A company that processes customers' personal data for the provider: what for, on which
 * legal basis, which data, where, with which safeguard for transfers outside the EEA, for
 * which regions of the platform (none listed: all), when it was last audited, and whether
 * it is planned, active or removed.
 */
public record Subprocessor(UUID id, String name, String contact, String purpose, String legalBasis,
		String dataCategories, String country, String location, TransferSafeguard safeguard, String transferDestination,
		List<String> platformRegions, List<LocalDate> audits, Instant createdAt, SubprocessorStatus status) {

	public Subprocessor {
		Objects.requireNonNull(id);
		name = Fields.line("name", name, 200);
		contact = Fields.required("contact", contact, 500);
		purpose = Fields.required("purpose", purpose, 500);
		legalBasis = Fields.required("legalBasis", legalBasis, 300);
		dataCategories = Fields.required("dataCategories", dataCategories, 500);
		country = Fields.line("country", country, 2).toUpperCase(Locale.ROOT);
		if (!java.util.Set.of(Locale.getISOCountries()).contains(country)) {
			throw RejectedException.invalid("country", "must be an ISO 3166 two-letter country code");
		}
		location = Fields.line("location", location, 200);
		if (safeguard == null) {
			throw RejectedException.invalid("safeguard", "must be one of " + List.of(TransferSafeguard.values()));
		}
		if (safeguard != TransferSafeguard.NONE) {
			transferDestination = Fields.required("transferDestination", transferDestination, 200);
		}
		else {
			transferDestination = null;
		}
		platformRegions = platformRegions == null ? List.of() : List.copyOf(platformRegions);
		audits = audits == null ? List.of() : audits.stream().sorted().toList();
		Objects.requireNonNull(createdAt);
		Objects.requireNonNull(status);
	}

	Subprocessor withStatus(SubprocessorStatus newStatus) {
		return new Subprocessor(id, name, contact, purpose, legalBasis, dataCategories, country, location, safeguard,
				transferDestination, platformRegions, audits, createdAt, newStatus);
	}

	Subprocessor withAudits(List<LocalDate> dates) {
		return new Subprocessor(id, name, contact, purpose, legalBasis, dataCategories, country, location, safeguard,
				transferDestination, platformRegions, dates, createdAt, status);
	}

	/** The day of its latest audit, if any is recorded. */
	public Optional<LocalDate> lastAudit() {
		return audits.isEmpty() ? Optional.empty() : Optional.of(audits.get(audits.size() - 1));
	}

	/** Where its transfers stand in law on the given day. */
	public TransferAssessment transfers(LocalDate on) {
		return TransferCheck.assess(country, safeguard, on);
	}
}
