package io.article28.subprocessors;

import java.time.LocalDate;

/**
 * Whether a sub-processor's transfers stand on a valid safeguard today; when not, why and
 * since which change in the law.
 */
public record TransferAssessment(boolean valid, String reason, LocalDate since) {

	static TransferAssessment ok() {
		return new TransferAssessment(true, null, null);
	}

	static TransferAssessment flagged(String reason, LocalDate since) {
		return new TransferAssessment(false, reason, since);
	}
}
