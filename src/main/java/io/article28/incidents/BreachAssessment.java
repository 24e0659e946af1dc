package io.article28.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.article28.core.Fields;

/**
 * Whether an incident is a personal data breach: with its scope when it is, with the
 * reason when it is not. The latest assessment stands; each one is in the trail.
 */
public record BreachAssessment(boolean breach, BreachScope scope, String reason, Instant assessedAt) {

	public BreachAssessment {
		Objects.requireNonNull(assessedAt);
		if (breach) {
			Objects.requireNonNull(scope);
			reason = null;
		}
		else {
			scope = null;
			reason = Fields.required("reason", reason, Incident.MAX_TEXT);
		}
	}

	public static BreachAssessment breach(BreachScope scope, Instant at) {
		return new BreachAssessment(true, scope, null, at);
	}

	public static BreachAssessment notABreach(String reason, Instant at) {
		return new BreachAssessment(false, null, reason, at);
	}

	public Optional<BreachScope> scopeIfBreach() {
		return Optional.ofNullable(scope);
	}

}
