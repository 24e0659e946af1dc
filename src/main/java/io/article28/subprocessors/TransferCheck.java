package io.article28.subprocessors;

import java.time.LocalDate;
import java.util.Set;

/**
 * The state of the law on transfers outside the EEA, in one place: the Privacy Shield is
 * invalid since the Schrems II judgment, the 2010 clauses had to be replaced by the 2021
 * ones, and the Data Privacy Framework holds since its adequacy decision.
 */
public final class TransferCheck {

	/** CJEU, C-311/18 (Schrems II). */
	public static final LocalDate PRIVACY_SHIELD_INVALID_FROM = LocalDate.of(2020, 7, 16);

	/** End of the transition from the 2010 to the 2021 standard contractual clauses. */
	public static final LocalDate SCC_2010_INVALID_FROM = LocalDate.of(2022, 12, 27);

	/** Commission adequacy decision on the EU–US Data Privacy Framework. */
	public static final LocalDate DPF_VALID_FROM = LocalDate.of(2023, 7, 10);

	/**
	 * The EEA: the EU member states, Iceland, Liechtenstein and Norway (ISO 3166 codes).
	 */
	public static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

	private TransferCheck() {
	}

	/**
	 * Assesses a sub-processor's transfers to a country under a safeguard, on a given
	 * day.
	 */
	public static TransferAssessment assess(String country, TransferSafeguard safeguard, LocalDate on) {
		boolean outsideEea = country != null && !EEA.contains(country);
		return switch (safeguard) {
			case NONE -> outsideEea ? TransferAssessment.flagged("data leaves the EEA without a safeguard", null)
					: TransferAssessment.ok();
			case PRIVACY_SHIELD ->
				on.isBefore(PRIVACY_SHIELD_INVALID_FROM) ? TransferAssessment.ok() : TransferAssessment.flagged(
						"the EU–US Privacy Shield was invalidated by the CJEU (C-311/18)", PRIVACY_SHIELD_INVALID_FROM);
			case SCC_2010 -> on.isBefore(SCC_2010_INVALID_FROM) ? TransferAssessment.ok() : TransferAssessment.flagged(
					"the 2010 standard contractual clauses had to be replaced by the 2021 ones", SCC_2010_INVALID_FROM);
			case DPF -> on.isBefore(DPF_VALID_FROM)
					? TransferAssessment.flagged("the Data Privacy Framework is not in force yet", DPF_VALID_FROM)
					: TransferAssessment.ok();
			case ADEQUACY, SCC_2021, BCR, DEROGATION -> TransferAssessment.ok();
		};
	}

}
