package io.article28.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Secrets;
import io.article28.core.EmailAddress;
import io.article28.core.Fields;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;
import io.article28.platform.AppId;

/**
 * A person's request about the personal data an app holds (or the provider itself, when
 * there is no app). It counts from its receipt: the moment the person confirmed its
 * email, before which nothing is forwarded.
 */
public class RightsRequest {

	/** How long the confirmation link of a new request works. */
	public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	public static final int MAX_DETAILS = 5000;

	/** The most a person writes of an app it cannot name. */
	public static final int MAX_APP_HINT = 500;

	/**
	 * A new request and the secret of its confirmation link, which only the person
	 * receives.
	 */
	record Submission(RightsRequest request, String confirmationToken) {
	}

	private final UUID id;

	private AppId appId;

	private String appName;

	private OrganizationId organizationId;

	private boolean appUnknown;

	private final String appHint;

	private Instant assignedAt;

	private final RequestRight right;

	private final EmailAddress requesterEmail;

	private final String details;

	private RequestStatus status;

	private final Instant submittedAt;

	private String confirmationDigest;

	private final Instant confirmationExpiresAt;

	private String statusDigest;

	private Instant receivedAt;

	private LocalDate dueOn;

	private Instant acknowledgedAt;

	private UserId acknowledgedBy;

	private Extension extension;

	private Answer answer;

	private Instant closedAt;

	private Instant escalatedAt;

	private Instant informationRequestedAt;

	/** The one extension: the new due day, and the reason the person is told. */
	public record Extension(LocalDate dueOn, String reason, Instant at) {
	}

	/** The controller's answer. */
	public record Answer(RequestOutcome outcome, String message, Instant at, UserId by) {
	}

	RightsRequest(UUID id, AppId appId, String appName, OrganizationId organizationId, RequestRight right,
			EmailAddress requesterEmail, String details, RequestStatus status, Instant submittedAt,
			String confirmationDigest, Instant confirmationExpiresAt, String statusDigest, Instant receivedAt,
			LocalDate dueOn, Instant acknowledgedAt, UserId acknowledgedBy, Extension extension, Answer answer,
			Instant closedAt, Instant escalatedAt, Instant informationRequestedAt, boolean appUnknown, String appHint,
			Instant assignedAt) {
		this.id = Objects.requireNonNull(id);
		this.appId = appId;
		this.appName = appName;
		this.organizationId = organizationId;
		this.right = Objects.requireNonNull(right);
		this.requesterEmail = Objects.requireNonNull(requesterEmail);
		this.details = details;
		this.status = Objects.requireNonNull(status);
		this.submittedAt = Objects.requireNonNull(submittedAt);
		this.confirmationDigest = confirmationDigest;
		this.confirmationExpiresAt = Objects.requireNonNull(confirmationExpiresAt);
		this.statusDigest = statusDigest;
		this.receivedAt = receivedAt;
		this.dueOn = dueOn;
		this.acknowledgedAt = acknowledgedAt;
		this.acknowledgedBy = acknowledgedBy;
		this.extension = extension;
		this.answer = answer;
		this.closedAt = closedAt;
		this.escalatedAt = escalatedAt;
		this.informationRequestedAt = informationRequestedAt;
		this.appUnknown = appUnknown;
		this.appHint = appHint;
		this.assignedAt = assignedAt;
	}

	/**
	 * A request about an app (its id, name and owner) or, with none, about the provider;
	 * unconfirmed until the person follows the link sent to the address.
	 */
	static Submission submit(AppId appId, String appName, OrganizationId owner, RequestRight right,
			EmailAddress requester, String details, Instant now) {
		return submit(appId, appName, owner, false, null, right, requester, details, now);
	}

	/**
	 * A request about an app the person cannot name (what it knows of it, if anything, as
	 * a hint): the provider's support finds the app.
	 */
	static Submission submitAboutUnknownApp(String hint, RequestRight right, EmailAddress requester, String details,
			Instant now) {
		return submit(null, null, null, true, Fields.optionalLine("app", hint, MAX_APP_HINT), right, requester, details,
				now);
	}

	private static Submission submit(AppId appId, String appName, OrganizationId owner, boolean appUnknown,
			String appHint, RequestRight right, EmailAddress requester, String details, Instant now) {
		if (right == null) {
			throw RejectedException.invalid("right", "choose the right you exercise");
		}
		String text = Fields.required("details", details, MAX_DETAILS);
		String confirmation = Secrets.newToken();
		Instant filed = Timestamps.stored(now);
		RightsRequest request = new RightsRequest(UUID.randomUUID(), appId, appName, owner, right, requester, text,
				RequestStatus.UNCONFIRMED, filed, Secrets.digest(confirmation), filed.plus(CONFIRMATION_VALIDITY), null,
				null, null, null, null, null, null, null, null, null, appUnknown, appHint, null);
		return new Submission(request, confirmation);
	}

	/**
	 * The person confirmed its email: the request is received now, and its month starts.
	 * The link works once, and only until it expires. Returns the secret of the person's
	 * status link.
	 */
	String confirm(String token, Instant now) {
		if (status != RequestStatus.UNCONFIRMED) {
			throw RejectedException.conflict("token", "this link was already used: the request is confirmed");
		}
		if (!Secrets.matches(token, confirmationDigest)) {
			throw RejectedException.invalid("token", "this confirmation link is not valid");
		}
		if (!now.isBefore(confirmationExpiresAt)) {
			throw RejectedException.conflict("token",
					"this confirmation link has expired: please submit the request again");
		}
		this.status = RequestStatus.RECEIVED;
		this.receivedAt = Timestamps.stored(now);
		this.dueOn = ResponseDeadline.from(now).dueOn();
		this.confirmationDigest = null;
		String statusToken = Secrets.newToken();
		this.statusDigest = Secrets.digest(statusToken);
		return statusToken;
	}

	/** The controller tells the person it has the request in hand. */
	void acknowledge(UserId by, Instant now) {
		if (status != RequestStatus.RECEIVED) {
			throw RejectedException.conflict(null, status == RequestStatus.ACKNOWLEDGED
					? "the request is already acknowledged" : "a " + status + " request cannot be acknowledged");
		}
		this.status = RequestStatus.ACKNOWLEDGED;
		this.acknowledgedAt = now;
		this.acknowledgedBy = Objects.requireNonNull(by);
	}

	/**
	 * The controller takes more time (GDPR Art. 12(3)): once, by one or two further
	 * months, with a reason the person is told, and only while the first month runs.
	 */
	void extend(int months, String reason, LocalDate today, Instant now) {
		requireOpen("extended");
		if (extension != null) {
			throw RejectedException.conflict("months", "the answer was already extended once, to " + extension.dueOn());
		}
		if (months < 1 || months > ResponseDeadline.MAX_EXTENSION_MONTHS) {
			throw RejectedException.invalid("months",
					"an extension is 1 or " + ResponseDeadline.MAX_EXTENSION_MONTHS + " further months");
		}
		String why = Fields.required("reason", reason, 2000);
		ResponseDeadline first = deadline().orElseThrow();
		if (first.overdueOn(today)) {
			throw RejectedException.conflict("months",
					"the first month ended on " + first.dueOn() + ": it can no longer be extended");
		}
		this.extension = new Extension(first.extendedBy(months).dueOn(), why, now);
	}

	/** The controller answers: the outcome, and the message the person reads. */
	void answer(RequestOutcome outcome, String message, UserId by, Instant now) {
		requireOpen("answered");
		if (outcome == null) {
			throw RejectedException.invalid("outcome", "one of FULFILLED, PARTIALLY_FULFILLED, REFUSED");
		}
		String text = Fields.required("message", message, MAX_DETAILS);
		this.answer = new Answer(outcome, text, now, Objects.requireNonNull(by));
		this.status = RequestStatus.ANSWERED;
	}

	/**
	 * The controller asks the person for more information. The month keeps running from
	 * the receipt: the request says so rather than stopping the clock.
	 */
	void askForInformation(Instant now) {
		requireOpen("asked about");
		this.informationRequestedAt = now;
	}

	/** Closes an answered request. */
	void close(Instant now) {
		if (status != RequestStatus.ANSWERED) {
			throw RejectedException.conflict(null, "only an answered request is closed");
		}
		this.status = RequestStatus.CLOSED;
		this.closedAt = now;
	}

	/**
	 * No acknowledgement in time: the provider's support takes it up. Once; returns
	 * whether this call escalated it.
	 */
	boolean escalate(Instant now) {
		if (status != RequestStatus.RECEIVED || escalatedAt != null) {
			return false;
		}
		this.escalatedAt = now;
		return true;
	}

	/**
	 * The provider's support found the app of a request the person could not name: the
	 * request now belongs to the app's owner, with its receipt and its due day unchanged;
	 * the days before it escalates count from now, since the owner has just received it.
	 */
	void assignTo(AppId app, String name, OrganizationId owner, Instant now) {
		if (!appUnknown) {
			throw RejectedException.conflict("app",
					"this request is already about " + (aboutProvider() ? "the provider" : "the app " + appName));
		}
		requireOpen("assigned");
		this.appId = Objects.requireNonNull(app);
		this.appName = Objects.requireNonNull(name);
		this.organizationId = Objects.requireNonNull(owner);
		this.appUnknown = false;
		this.assignedAt = Timestamps.stored(now);
		this.escalatedAt = null;
	}

	private void requireOpen(String step) {
		if (!status.open()) {
			throw RejectedException.conflict(null, "a " + status + " request cannot be " + step);
		}
	}

	/**
	 * A new status link for the person, after which the earlier one no longer opens the
	 * request; none while the request is not confirmed.
	 */
	Optional<String> renewStatusLink() {
		if (statusDigest == null) {
			return Optional.empty();
		}
		String statusToken = Secrets.newToken();
		this.statusDigest = Secrets.digest(statusToken);
		return Optional.of(statusToken);
	}

	/** Whether this is the secret of the person's status link. */
	public boolean openedBy(String statusToken) {
		return Secrets.matches(statusToken, statusDigest);
	}

	/** The deadline in force: the first month's, or the extended one. */
	public Optional<ResponseDeadline> deadline() {
		return receivedAt == null ? Optional.empty()
				: Optional.of(new ResponseDeadline(LocalDate.ofInstant(receivedAt, ResponseDeadline.ZONE),
						extension == null ? dueOn : extension.dueOn()));
	}

	/** Whether the answer is late: still owed after its due day. */
	public boolean overdueOn(LocalDate today) {
		return status.open() && deadline().map(deadline -> deadline.overdueOn(today)).orElse(false);
	}

	/** Whether the request is about the provider itself rather than a hosted app. */
	public boolean aboutProvider() {
		return organizationId == null && !appUnknown;
	}

	/**
	 * Whether the request is about an app the person could not name, which the provider's
	 * support has yet to find.
	 */
	public boolean awaitsApp() {
		return appUnknown;
	}

	/** What the person wrote of the app it could not name. */
	public Optional<String> appHint() {
		return Optional.ofNullable(appHint);
	}

	/** When the provider's support assigned the request to the app it found. */
	public Optional<Instant> assignedAt() {
		return Optional.ofNullable(assignedAt);
	}

	public UUID id() {
		return id;
	}

	public Optional<AppId> appId() {
		return Optional.ofNullable(appId);
	}

	public Optional<String> appName() {
		return Optional.ofNullable(appName);
	}

	public Optional<OrganizationId> organizationId() {
		return Optional.ofNullable(organizationId);
	}

	public RequestRight right() {
		return right;
	}

	public EmailAddress requesterEmail() {
		return requesterEmail;
	}

	public String details() {
		return details;
	}

	public RequestStatus status() {
		return status;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	String confirmationDigest() {
		return confirmationDigest;
	}

	public Instant confirmationExpiresAt() {
		return confirmationExpiresAt;
	}

	String statusDigest() {
		return statusDigest;
	}

	public Optional<Instant> receivedAt() {
		return Optional.ofNullable(receivedAt);
	}

	public Optional<LocalDate> dueOn() {
		return Optional.ofNullable(dueOn);
	}

	public Optional<Instant> acknowledgedAt() {
		return Optional.ofNullable(acknowledgedAt);
	}

	public Optional<UserId> acknowledgedBy() {
		return Optional.ofNullable(acknowledgedBy);
	}

	public Optional<Extension> extension() {
		return Optional.ofNullable(extension);
	}

	public Optional<Answer> answer() {
		return Optional.ofNullable(answer);
	}

	public Optional<Instant> closedAt() {
		return Optional.ofNullable(closedAt);
	}

	public Optional<Instant> escalatedAt() {
		return Optional.ofNullable(escalatedAt);
	}

	public Optional<Instant> informationRequestedAt() {
		return Optional.ofNullable(informationRequestedAt);
	}

}
