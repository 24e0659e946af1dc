package io.article28.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

class IncidentTests {

	private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

	private final UserId security = new UserId(UUID.randomUUID());

	private Incident declared() {
		return Incident.declare("Leaked backup", "A backup bucket was readable", IncidentSeverity.HIGH,
				now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(2)), security, now);
	}

	private static BreachScope scope(Instant from, Instant to, Long people, Long records) {
		return new BreachScope(List.of("osc-fr1"), List.of(), List.of("backup bucket"), from, to,
				List.of("contact data"), people, records, "Phishing of the people concerned", "Bucket locked");
	}

	@Test
	void awarenessBeforeDetectionIsRefused() {
		assertThatThrownBy(() -> Incident.declare("Leak", "Details", IncidentSeverity.LOW,
				now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(2)), security, now))
			.isInstanceOfSatisfying(RejectedException.class,
					rejected -> assertThat(rejected.field()).isEqualTo("awareAt"));
	}

	@Test
	void detectionOrAwarenessInTheFutureIsRefused() {
		assertThatThrownBy(() -> Incident.declare("Leak", "Details", IncidentSeverity.LOW, now.plusSeconds(60),
				now.plusSeconds(120), security, now))
			.isInstanceOfSatisfying(RejectedException.class,
					rejected -> assertThat(rejected.field()).isEqualTo("detectedAt"));
		assertThatThrownBy(() -> Incident.declare("Leak", "Details", IncidentSeverity.LOW, now.minusSeconds(60),
				now.plusSeconds(60), security, now))
			.isInstanceOfSatisfying(RejectedException.class,
					rejected -> assertThat(rejected.field()).isEqualTo("awareAt"));
	}

	@Test
	void awarenessAtTheMomentOfDetectionIsAccepted() {
		Incident incident = Incident.declare("Leak", "Details", IncidentSeverity.CRITICAL, now, now, security, now);
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
	}

	@Test
	void closingWithoutRootCauseOrRemediationIsRefused() {
		Incident incident = declared();
		assertThatThrownBy(() -> incident.close(" ", "Keys rotated", now)).isInstanceOfSatisfying(
				RejectedException.class, rejected -> assertThat(rejected.field()).isEqualTo("rootCause"));
		assertThatThrownBy(() -> incident.close("Public bucket policy", null, now)).isInstanceOfSatisfying(
				RejectedException.class, rejected -> assertThat(rejected.field()).isEqualTo("remediation"));
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);

		incident.close("Public bucket policy", "Policy fixed, keys rotated", now);
		assertThat(incident.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(incident.closedAt()).contains(now);
	}

	@Test
	void aClosedIncidentTakesNoUpdateNorAssessment() {
		Incident incident = declared();
		incident.close("Public bucket policy", "Policy fixed", now);
		assertThatThrownBy(() -> incident.addUpdate("Late note", null, security, now))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> incident.assess(BreachAssessment.notABreach("No personal data", now)))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void anUpdateInTheFutureIsRefusedAndTheTimelineIsInTheOrderThingsHappened() {
		Incident incident = declared();
		assertThatThrownBy(() -> incident.addUpdate("Later", now.plusSeconds(1), security, now))
			.isInstanceOfSatisfying(RejectedException.class, rejected -> assertThat(rejected.field()).isEqualTo("at"));
		incident.addUpdate("Keys rotated", null, security, now);
		incident.addUpdate("Bucket locked", now.minus(Duration.ofMinutes(30)), security, now);
		assertThat(incident.timeline()).extracting(IncidentUpdate::text)
			.containsExactly("Bucket locked", "Keys rotated");
	}

	@Test
	void aBreachWindowEndingBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> scope(now, now.minusSeconds(1), null, null)).isInstanceOfSatisfying(
				RejectedException.class, rejected -> assertThat(rejected.field()).isEqualTo("windowTo"));
		assertThatThrownBy(() -> scope(now, now, null, null)).isInstanceOf(RejectedException.class);
		assertThat(scope(now.minusSeconds(1), now, null, null).windowTo()).isEqualTo(now);
	}

	@Test
	void negativeCountsOfPeopleOrRecordsAreRefusedAndUnknownOnesAccepted() {
		Instant from = now.minus(Duration.ofDays(1));
		assertThatThrownBy(() -> scope(from, now, -1L, 10L)).isInstanceOfSatisfying(RejectedException.class,
				rejected -> assertThat(rejected.field()).isEqualTo("approximatePeople"));
		assertThatThrownBy(() -> scope(from, now, 10L, -5L)).isInstanceOfSatisfying(RejectedException.class,
				rejected -> assertThat(rejected.field()).isEqualTo("approximateRecords"));
		assertThat(scope(from, null, null, 0L).approximatePeople()).isNull();
	}

	@Test
	void notABreachNeedsItsReasonAndTheLatestAssessmentStands() {
		Incident incident = declared();
		assertThatThrownBy(() -> BreachAssessment.notABreach(" ", now)).isInstanceOfSatisfying(RejectedException.class,
				rejected -> assertThat(rejected.field()).isEqualTo("reason"));
		incident.assess(BreachAssessment.breach(scope(now.minusSeconds(60), now, 3L, 3L), now));
		incident.assess(BreachAssessment.notABreach("The files held no personal data", now));
		assertThat(incident.assessment()).hasValueSatisfying(assessment -> {
			assertThat(assessment.breach()).isFalse();
			assertThat(assessment.scope()).isNull();
		});
	}

}
