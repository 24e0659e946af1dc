package io.article28.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A security incident of the provider: declared with when it was detected and when the
 * provider became aware of it (the clock of Art. 33 GDPR starts then), followed on a
 * timeline, assessed as a personal data breach or not, and closed once its root cause and
 * remediation are known.
 */
public class Incident {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 5000;

	private final UUID id;

	private final String title;

	private final String description;

	private final IncidentSeverity severity;

	private final Instant detectedAt;

	private final Instant awareAt;

	private final Instant declaredAt;

	private final UserId declaredBy;

	private IncidentStatus status;

	private String rootCause;

	private String remediation;

	private Instant closedAt;

	private BreachAssessment assessment;

	private final List<IncidentUpdate> timeline;

	Incident(UUID id, String title, String description, IncidentSeverity severity, Instant detectedAt, Instant awareAt,
			Instant declaredAt, UserId declaredBy, IncidentStatus status, String rootCause, String remediation,
			Instant closedAt, BreachAssessment assessment, List<IncidentUpdate> timeline) {
		this.id = Objects.requireNonNull(id);
		this.title = title;
		this.description = description;
		this.severity = severity;
		this.detectedAt = detectedAt;
		this.awareAt = awareAt;
		this.declaredAt = declaredAt;
		this.declaredBy = declaredBy;
		this.status = status;
		this.rootCause = rootCause;
		this.remediation = remediation;
		this.closedAt = closedAt;
		this.assessment = assessment;
		this.timeline = new ArrayList<>(timeline);
	}

	/**
	 * A new open incident. The provider cannot become aware of an incident before it is
	 * detected, and neither moment may lie in the future.
	 */
	public static Incident declare(String title, String description, IncidentSeverity severity, Instant detectedAt,
			Instant awareAt, UserId by, Instant now) {
		String checkedTitle = Fields.line("title", title, MAX_TITLE);
		String checkedDescription = Fields.required("description", description, MAX_TEXT);
		if (severity == null) {
			throw RejectedException.invalid("severity", "must be one of LOW, MEDIUM, HIGH, CRITICAL");
		}
		if (detectedAt == null) {
			throw RejectedException.invalid("detectedAt", "must say when the incident was detected");
		}
		if (detectedAt.isAfter(now)) {
			throw RejectedException.invalid("detectedAt", "must not be in the future");
		}
		if (awareAt == null) {
			throw RejectedException.invalid("awareAt", "must say when the provider became aware of the incident");
		}
		if (awareAt.isAfter(now)) {
			throw RejectedException.invalid("awareAt", "must not be in the future");
		}
		if (awareAt.isBefore(detectedAt)) {
			throw RejectedException.invalid("awareAt", "must not be before the incident was detected");
		}
		return new Incident(UUID.randomUUID(), checkedTitle, checkedDescription, severity, detectedAt, awareAt, now,
				Objects.requireNonNull(by), IncidentStatus.OPEN, null, null, null, null, List.of());
	}

	/** Adds an entry to the timeline; it happened now unless told when, never later. */
	public IncidentUpdate addUpdate(String text, Instant happenedAt, UserId by, Instant now) {
		requireOpen();
		String checked = Fields.required("text", text, MAX_TEXT);
		Instant at = happenedAt == null ? now : happenedAt;
		if (at.isAfter(now)) {
			throw RejectedException.invalid("at", "must not be in the future");
		}
		IncidentUpdate update = new IncidentUpdate(checked, at, now, Objects.requireNonNull(by));
		timeline.add(update);
		return update;
	}

	/** Qualifies the incident, replacing an earlier assessment, while it is open. */
	public void assess(BreachAssessment assessment) {
		requireOpen();
		this.assessment = Objects.requireNonNull(assessment);
	}

	/** Closes the incident, which needs its root cause and its remediation. */
	public void close(String rootCause, String remediation, Instant now) {
		requireOpen();
		String cause = Fields.required("rootCause", rootCause, MAX_TEXT);
		String fix = Fields.required("remediation", remediation, MAX_TEXT);
		this.rootCause = cause;
		this.remediation = fix;
		this.closedAt = now;
		this.status = IncidentStatus.CLOSED;
	}

	private void requireOpen() {
		if (status != IncidentStatus.OPEN) {
			throw RejectedException.conflict("status", "the incident is closed");
		}
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public IncidentSeverity severity() {
		return severity;
	}

	public Instant detectedAt() {
		return detectedAt;
	}

	public Instant awareAt() {
		return awareAt;
	}

	public Instant declaredAt() {
		return declaredAt;
	}

	public UserId declaredBy() {
		return declaredBy;
	}

	public IncidentStatus status() {
		return status;
	}

	public Optional<String> rootCause() {
		return Optional.ofNullable(rootCause);
	}

	public Optional<String> remediation() {
		return Optional.ofNullable(remediation);
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(closedAt);
	}

	public Optional<BreachAssessment> assessment() {
		return Optional.ofNullable(assessment);
	}

	/** The timeline, in the order things happened. */
	public List<IncidentUpdate> timeline() {
		return timeline.stream()
			.sorted(java.util.Comparator.comparing(IncidentUpdate::happenedAt).thenComparing(IncidentUpdate::postedAt))
			.toList();
	}

}
