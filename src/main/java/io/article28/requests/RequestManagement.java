package io.article28.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffRole;
import io.article28.accounts.UserId;
import io.article28.core.EmailAddress;
import io.article28.core.Fields;
import io.article28.core.GoneException;
import io.article28.core.Timestamps;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.Secrets;
import io.article28.core.UploadedFile;
import io.article28.notifications.NotificationManagement;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
import io.article28.trail.Actor;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Rights requests from the public form to the controller: intake with email confirmation,
 * forwarding to the app's owner (or the provider's DPOs), the month to answer, and the
 * controller's handling.
 */
@Service
@Transactional
public class RequestManagement {

	/**
	 * Mail domains that hand out throwaway addresses: an answer could never reach the
	 * person.
	 */
	static final Set<String> DISPOSABLE_DOMAINS = Set.of("mailinator.com", "guerrillamail.com", "10minutemail.com",
			"yopmail.com", "trashmail.com", "temp-mail.org", "tempmail.com", "sharklasers.com", "throwawaymail.com",
			"getnada.com", "dispostable.com", "maildrop.cc", "mailnesia.com", "fakeinbox.com");

	/**
	 * How long an expired, unconfirmed request is kept, so that a late click says
	 * "expired".
	 */
	static final java.time.Duration UNCONFIRMED_KEPT = java.time.Duration.ofDays(7);

	/** The largest file attached to a request. */
	public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

	/** The most files one request holds. */
	public static final int MAX_ATTACHMENTS = 10;

	/** Reminders go out this many days before the due day. */
	static final int[] REMINDER_DAYS = { 7, 1 };

	/**
	 * What the public form and API ask: what the request is about (without it, an app
	 * when one is named, the provider otherwise), the app as the person knows it, the
	 * right, the person's address and words.
	 */
	public record NewRequest(RequestAbout about, String app, RequestRight right, String email, String details) {

		public NewRequest(String app, RequestRight right, String email, String details) {
			this(null, app, right, email, details);
		}

		RequestAbout resolved() {
			if (about != null) {
				return about;
			}
			return app == null || app.isBlank() ? RequestAbout.PROVIDER : RequestAbout.APP;
		}
	}

	/** The confirmed request and the secret of the person's status link, shown once. */
	public record Confirmed(RightsRequest request, String statusToken) {
	}

	private final RightsRequests requests;

	private final RequestMessages messages;

	private final RequestAttachments attachments;

	private final RequestFlood flood;

	private final PlatformManagement platform;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final Clock clock;

	private final String baseUrl;

	RequestManagement(RightsRequests requests, RequestMessages messages, RequestAttachments attachments,
			RequestFlood flood, PlatformManagement platform, NotificationManagement notifications,
			TrailManagement trail, Clock clock, @Value("${article28.base-url}") String baseUrl) {
		this.requests = requests;
		this.messages = messages;
		this.attachments = attachments;
		this.flood = flood;
		this.platform = platform;
		this.notifications = notifications;
		this.trail = trail;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Files a request, unconfirmed, and mails the person the link to confirm it. The app
	 * is named by its name or an address of it; none means the provider itself.
	 */
	public RightsRequest submit(NewRequest form, String source) {
		EmailAddress email = requesterEmail(form.email());
		RightsRequest.Submission submission = switch (form.resolved()) {
			case UNKNOWN_APP ->
				RightsRequest.submitAboutUnknownApp(form.app(), form.right(), email, form.details(), clock.instant());
			case PROVIDER ->
				RightsRequest.submit(null, null, null, form.right(), email, form.details(), clock.instant());
			case APP -> {
				if (form.app() == null || form.app().isBlank()) {
					throw RejectedException.invalid("app",
							"name the app, or choose \"I don't know which app\" and the provider's support finds it");
				}
				App app = app(form.app()).orElseThrow();
				yield RightsRequest.submit(app.id(), app.name(), app.organizationId(), form.right(), email,
						form.details(), clock.instant());
			}
		};
		flood.admit(email, source);
		RightsRequest request = submission.request();
		requests.insert(request);
		trail.record(TrailRecord.of("request.submitted", null, "rights-request", request.id())
			.with("right", request.right())
			.with("about", request.awaitsApp() ? "unknown-app" : request.aboutProvider() ? "provider" : "app"));
		Map<String, Object> values = describe(request);
		values.put("confirmUrl",
				baseUrl + "/rights/" + request.id() + "/confirm?token=" + submission.confirmationToken());
		values.put("expiresAt", request.confirmationExpiresAt().toString());
		notifications.tellPerson("request-confirm:" + request.id(), email, "request-confirm", values);
		return request;
	}

	/**
	 * The person confirmed its email: the request is received, forwarded to the app's
	 * owner (its DPO contact and owners, in-app, webhook) or to the provider's DPOs, and
	 * the person gets its status link.
	 */
	public Confirmed confirm(UUID id, String token) {
		RightsRequest request = requests.find(id).orElseThrow(() -> new NotFoundException("Request"));
		String statusToken = request.confirm(token, clock.instant());
		requests.update(request);
		OrganizationId owner = request.organizationId().orElse(null);
		trail.record(TrailRecord.of("request.received", owner, "rights-request", request.id())
			.with("right", request.right())
			.with("dueOn", request.dueOn().orElseThrow()));
		Map<String, Object> values = describe(request);
		values.put("statusUrl", statusUrl(request, statusToken));
		notifications.tellPerson("request-received:" + id, request.requesterEmail(), "request-received", values);
		forward(request, (request.awaitsApp() ? "request-unassigned:"
				: request.aboutProvider() ? "request-provider:" : "request-forwarded:") + id);
		return new Confirmed(request, statusToken);
	}

	/**
	 * Mails the person a new private link to its request, to the address it confirmed;
	 * the earlier link stops opening it. Nothing happens for a request unknown or not
	 * confirmed, and the caller cannot tell the difference.
	 */
	public void sendStatusLink(UUID id, String source) {
		flood.admitStatusLink(id, source);
		requests.find(id).ifPresent(request -> request.renewStatusLink().ifPresent(statusToken -> {
			requests.update(request);
			trail.record(TrailRecord.of("request.link-sent", request.organizationId().orElse(null), "rights-request",
					request.id()));
			Map<String, Object> values = describe(request);
			values.put("statusUrl", statusUrl(request, statusToken));
			notifications.tellPerson("request-link:" + id + ":" + Secrets.digest(statusToken), request.requesterEmail(),
					"request-link", values);
		}));
	}

	/**
	 * What the person sees through its status link; the same answer for a wrong secret as
	 * for none.
	 */
	@Transactional(readOnly = true)
	public RightsRequest forRequester(UUID id, String statusToken) {
		return requests.find(id)
			.filter(request -> request.openedBy(statusToken))
			.orElseThrow(() -> new NotFoundException("Request"));
	}

	/** The confirmed requests of an organization, the most urgent first. */
	@Transactional(readOnly = true)
	public Page<RightsRequest> received(OrganizationId organization, RequestStatus status, boolean overdueOnly,
			PageRequest page) {
		return requests.received(organization, new RightsRequests.Filter(status, overdueOnly, false, today()), page);
	}

	/**
	 * How many requests of the organization wait for an answer, and how many of them are
	 * late.
	 */
	public record Counts(long open, long overdue) {
	}

	@Transactional(readOnly = true)
	public Counts counts(OrganizationId organization) {
		long open = requests.count(organization,
				new RightsRequests.Filter(RequestStatus.RECEIVED, false, false, today()))
				+ requests.count(organization,
						new RightsRequests.Filter(RequestStatus.ACKNOWLEDGED, false, false, today()));
		return new Counts(open, requests.count(organization, new RightsRequests.Filter(null, true, false, today())));
	}

	/** The requests about the provider itself: the staff DPOs' queue. */
	@Transactional(readOnly = true)
	public Page<RightsRequest> aboutProvider(RequestStatus status, boolean overdueOnly, PageRequest page) {
		return requests.received(null, new RightsRequests.Filter(status, overdueOnly, false, today()), page);
	}

	/**
	 * The requests whose app the person could not name, for the provider's support to
	 * find; the oldest due first.
	 */
	@Transactional(readOnly = true)
	public Page<RightsRequest> awaitingApp(PageRequest page) {
		return requests.received(null, new RightsRequests.Filter(null, false, false, true, today()), page);
	}

	/**
	 * One request of the organization (null: one about the provider itself); another
	 * organization's is not found, nor one whose app is still to be found.
	 */
	@Transactional(readOnly = true)
	public RightsRequest request(OrganizationId organization, UUID id) {
		return requests.find(id)
			.filter(request -> request.status() != RequestStatus.UNCONFIRMED)
			.filter(request -> !request.awaitsApp())
			.filter(request -> Objects.equals(organization, request.organizationId().orElse(null)))
			.orElseThrow(() -> new NotFoundException("Request"));
	}

	/**
	 * The provider's support found the app of a request the person could not name: the
	 * request goes to the app's owner like any other, with its receipt and due day
	 * unchanged, and the person is told which app it now reaches.
	 */
	public RightsRequest assign(UUID id, String app, UserId by) {
		RightsRequest request = requests.find(id)
			.filter(found -> found.status() != RequestStatus.UNCONFIRMED)
			.orElseThrow(() -> new NotFoundException("Request"));
		if (app == null || app.isBlank()) {
			throw RejectedException.invalid("app", "the app's name or one of its addresses");
		}
		App found = platform.appAddressed(app)
			.orElseThrow(() -> RejectedException.invalid("app", "no app of that name or address is hosted here"));
		request.assignTo(found.id(), found.name(), found.organizationId(), clock.instant());
		requests.update(request);
		trail.record(TrailRecord.of("request.assigned", found.organizationId(), "rights-request", id)
			.with("app", found.id())
			.with("dueOn", request.deadline().orElseThrow().dueOn()));
		notifications.tellPerson("request-assigned:" + id, request.requesterEmail(), "request-assigned",
				describe(request));
		forward(request, "request-forwarded:" + id);
		return request;
	}

	public RightsRequest acknowledge(OrganizationId organization, UUID id, UserId by) {
		RightsRequest request = request(organization, id);
		request.acknowledge(by, clock.instant());
		requests.update(request);
		trail.record(TrailRecord.of("request.acknowledged", organization, "rights-request", id));
		notifications.tellPerson("request-acknowledged:" + id, request.requesterEmail(), "request-acknowledged",
				describe(request));
		return request;
	}

	/**
	 * The controller takes one or two further months, with a reason the person is told;
	 * only while the first month runs, and once.
	 */
	public RightsRequest extend(OrganizationId organization, UUID id, int months, String reason, UserId by) {
		RightsRequest request = request(organization, id);
		request.extend(months, reason, today(), clock.instant());
		requests.update(request);
		trail.record(TrailRecord.of("request.extended", organization, "rights-request", id)
			.with("months", months)
			.with("dueOn", request.extension().orElseThrow().dueOn()));
		Map<String, Object> values = describe(request);
		values.put("reason", request.extension().orElseThrow().reason());
		notifications.tellPerson("request-extended:" + id, request.requesterEmail(), "request-extended", values);
		return request;
	}

	/** The controller answers; the person is told to read the answer through its link. */
	public RightsRequest answer(OrganizationId organization, UUID id, RequestOutcome outcome, String message,
			UserId by) {
		RightsRequest request = request(organization, id);
		request.answer(outcome, message, by, clock.instant());
		requests.update(request);
		trail.record(TrailRecord.of("request.answered", organization, "rights-request", id).with("outcome", outcome));
		Map<String, Object> values = describe(request);
		values.put("outcome", outcome.name());
		notifications.tellPerson("request-answered:" + id, request.requesterEmail(), "request-answered", values);
		return request;
	}

	public RightsRequest close(OrganizationId organization, UUID id) {
		RightsRequest request = request(organization, id);
		request.close(clock.instant());
		requests.update(request);
		trail.record(TrailRecord.of("request.closed", organization, "rights-request", id));
		return request;
	}

	/** The person adds a message through its private link; the controller is told. */
	public RequestMessage addRequesterMessage(UUID id, String statusToken, String body) {
		RightsRequest request = forRequester(id, statusToken);
		String text = Fields.required("message", body, RightsRequest.MAX_DETAILS);
		if (messages.count(id) >= RequestMessages.MAX_PER_REQUEST) {
			throw RejectedException.conflict("message", "this request has too many messages already");
		}
		RequestMessage message = messages.add(id, RequestMessage.Author.REQUESTER, text, clock.instant());
		OrganizationId owner = request.organizationId().orElse(null);
		trail.record(TrailRecord.of("request.message-added", owner, "rights-request", id).with("author", "REQUESTER"));
		Map<String, Object> values = describe(request);
		values.put("message", text);
		values.put("inboxUrl", baseUrl + "/requests");
		String key = "request-message:" + message.id();
		if (owner == null) {
			notifications.tellStaff(key, request.awaitsApp() ? StaffRole.SUPPORT : StaffRole.DPO, "request-message",
					values);
		}
		else {
			notifications.tellOrganization(key, owner, "request-message", values, "rights-request.message",
					request.appName().orElse(""));
		}
		return message;
	}

	/**
	 * The controller writes to the person, possibly to ask for more information; the
	 * person is told by mail and reads it through its link.
	 */
	public RequestMessage addControllerMessage(OrganizationId organization, UUID id, String body,
			boolean asksForInformation, UserId by) {
		RightsRequest request = request(organization, id);
		String text = Fields.required("message", body, RightsRequest.MAX_DETAILS);
		if (asksForInformation) {
			request.askForInformation(clock.instant());
			requests.update(request);
		}
		RequestMessage message = messages.add(id, RequestMessage.Author.CONTROLLER, text, clock.instant());
		trail.record(TrailRecord.of("request.message-added", organization, "rights-request", id)
			.with("author", "CONTROLLER")
			.with("asksForInformation", asksForInformation));
		Map<String, Object> values = describe(request);
		values.put("message", text);
		values.put("asksForInformation", asksForInformation);
		notifications.tellPerson("request-reply:" + message.id(), request.requesterEmail(), "request-reply", values);
		return message;
	}

	/**
	 * The controller attaches a file to its answer (before or after answering, not once
	 * closed); the person reads it through its link.
	 */
	public RequestAttachment attach(OrganizationId organization, UUID id, String filename, String contentType,
			byte[] bytes) {
		return attach(organization, id, filename, contentType, bytes, null);
	}

	/**
	 * Attaches a file to the answer that is available for that long from now (for good
	 * when null): then it is deleted, and the person's link no longer serves it.
	 */
	public RequestAttachment attach(OrganizationId organization, UUID id, String filename, String contentType,
			byte[] bytes, Duration available) {
		RightsRequest request = request(organization, id);
		if (request.status() == RequestStatus.CLOSED) {
			throw RejectedException.conflict("file", "the request is closed");
		}
		UploadedFile file = UploadedFile.of(filename, contentType, bytes, MAX_ATTACHMENT_BYTES);
		if (attachments.of(id).size() >= MAX_ATTACHMENTS) {
			throw RejectedException.conflict("file", "a request holds at most " + MAX_ATTACHMENTS + " files");
		}
		Instant now = Timestamps.stored(clock.instant());
		RequestAttachment attachment = attachments.add(id, file, now, available == null ? null : now.plus(available));
		trail.record(TrailRecord.of("request.attachment-added", organization, "rights-request", id)
			.with("attachment", attachment.id())
			.with("sha256", attachment.sha256()));
		return attachment;
	}

	@Transactional(readOnly = true)
	public List<RequestAttachment> attachments(UUID id) {
		return attachments.of(id);
	}

	/** A file of the organization's request. */
	@Transactional(readOnly = true)
	public RequestAttachment.Content attachment(OrganizationId organization, UUID id, UUID attachmentId) {
		request(organization, id);
		return attachments.content(id, attachmentId).orElseThrow(() -> new NotFoundException("Attachment"));
	}

	/**
	 * A file of the request, for the person holding its private link; one whose time is
	 * over is gone, even before the job deletes it.
	 */
	@Transactional(readOnly = true)
	public RequestAttachment.Content attachmentForRequester(UUID id, String statusToken, UUID attachmentId) {
		forRequester(id, statusToken);
		RequestAttachment.Content content = attachments.content(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment"));
		if (content.attachment().expired(clock.instant())) {
			throw new GoneException("The file is no longer available");
		}
		return content;
	}

	/** Deletes the files whose time is over, and says so in the trail; how many. */
	public int expireAttachments(Instant now) {
		List<RequestAttachment> due = attachments.expired(now, 500);
		attachments.deleteAll(due.stream().map(RequestAttachment::id).toList());
		java.util.Map<UUID, Optional<RightsRequest>> of = new java.util.HashMap<>();
		List<TrailRecord> expired = new java.util.ArrayList<>();
		for (RequestAttachment attachment : due) {
			of.computeIfAbsent(attachment.requestId(), requests::find)
				.ifPresent(request -> expired.add(
						TrailRecord
							.of("request.attachment-expired", request.organizationId().orElse(null), "rights-request",
									request.id())
							.with("attachment", attachment.id())));
		}
		if (!expired.isEmpty()) {
			trail.recordAll(expired);
		}
		return due.size();
	}

	@Transactional(readOnly = true)
	public List<RequestMessage> messages(UUID id) {
		return messages.of(id);
	}

	/**
	 * Escalates the requests no one acknowledged within the days set. For a request about
	 * an app, the provider's support is told, the owner receives the request again, and
	 * the person learns that the provider forwarded it again. The provider is the
	 * controller of a request about itself: its DPOs and support are told, in staff
	 * words, to acknowledge, extend or answer it; and support is reminded of a request
	 * whose app it has yet to find. The person hears of neither: nothing was forwarded
	 * again. Returns how many were escalated.
	 */
	public int escalateUnacknowledged(Instant now, int afterDays) {
		int escalated = 0;
		for (UUID id : requests.unacknowledgedSince(now.minus(java.time.Duration.ofDays(afterDays)), 100)) {
			RightsRequest request = requests.find(id).orElseThrow();
			if (!request.escalate(now)) {
				continue;
			}
			requests.update(request);
			OrganizationId owner = request.organizationId().orElse(null);
			trail.record(Actor.system("request-escalation"),
					TrailRecord.of("request.escalated", owner, "rights-request", id)
						.with("afterDays", afterDays)
						.with("controller", owner != null ? "owner" : request.awaitsApp() ? "unknown" : "provider"));
			Map<String, Object> values = describe(request);
			values.put("afterDays", afterDays);
			if (owner != null) {
				values.put("queueUrl", baseUrl + "/staff/requests?escalated=true");
				notifications.tellStaff("request-escalated:" + id, StaffRole.SUPPORT, "request-escalated", values);
				notifications.tellPerson("request-forwarded-again:" + id, request.requesterEmail(),
						"request-forwarded-again", values);
				forward(request, "request-forwarded-again:" + id);
			}
			else if (request.awaitsApp()) {
				values.put("queueUrl", baseUrl + "/staff/requests?unassigned=true");
				notifications.tellStaff("request-escalated:" + id, StaffRole.SUPPORT, "request-escalated-provider",
						values);
			}
			else {
				values.put("queueUrl", baseUrl + "/staff/requests");
				notifications.tellStaff("request-escalated:" + id + ":dpo", StaffRole.DPO, "request-escalated-provider",
						values);
				notifications.tellStaff("request-escalated:" + id + ":support", StaffRole.SUPPORT,
						"request-escalated-provider", values);
			}
			escalated++;
		}
		return escalated;
	}

	/**
	 * The escalated requests still waiting, of every organization, for the provider's
	 * support.
	 */
	@Transactional(readOnly = true)
	public Page<RightsRequest> escalated(PageRequest page) {
		return requests.received(null, new RightsRequests.Filter(null, false, true, today()), page);
	}

	/**
	 * The provider's support follows an escalated request up: contacts the owner again,
	 * or notes that the owner cannot be reached; either way with a note kept with it.
	 */
	public RightsRequest followUp(UUID id, FollowUp action, String note) {
		RightsRequest request = requests.find(id)
			.filter(found -> found.escalatedAt().isPresent())
			.orElseThrow(() -> new NotFoundException("Escalated request"));
		if (request.organizationId().isEmpty()) {
			throw RejectedException
				.conflict(null, request.awaitsApp() ? "this request has no owner yet: assign it to its app"
						: "the provider is the controller of this request: its DPOs acknowledge, extend or answer it");
		}
		if (action == null) {
			throw RejectedException.invalid("action", "one of CONTACT_AGAIN, OWNER_UNREACHABLE");
		}
		String text = Fields.required("note", note, 2000);
		RequestMessage message = messages.add(id, RequestMessage.Author.PROVIDER, text, clock.instant());
		trail.record(TrailRecord.of("request.followed-up", request.organizationId().orElse(null), "rights-request", id)
			.with("action", action));
		if (action == FollowUp.CONTACT_AGAIN) {
			forward(request, "request-contacted-again:" + message.id());
		}
		return request;
	}

	/** What the provider's support does with an escalated request. */
	public enum FollowUp {

		CONTACT_AGAIN, OWNER_UNREACHABLE

	}

	/**
	 * Reminds the controllers of the open requests due in 7 days and in 1 day, each
	 * reminder once. Returns how many were sent.
	 */
	public int remindDue(LocalDate today) {
		int sent = 0;
		for (int daysBefore : REMINDER_DAYS) {
			for (UUID id : requests.dueWithoutReminder(today.plusDays(daysBefore), daysBefore)) {
				RightsRequest request = requests.find(id).orElseThrow();
				requests.reminded(id, daysBefore, clock.instant());
				Map<String, Object> values = describe(request);
				values.put("daysBefore", daysBefore);
				values.put("inboxUrl", baseUrl + "/requests");
				String key = "request-reminder-" + daysBefore + ":" + id;
				OrganizationId owner = request.organizationId().orElse(null);
				if (owner == null) {
					notifications.tellStaff(key, request.awaitsApp() ? StaffRole.SUPPORT : StaffRole.DPO,
							"request-reminder", values, daysBefore);
				}
				else {
					notifications.tellOrganization(key, owner, "request-reminder", values, "rights-request.reminder",
							request.appName().orElse(""), request.deadline().orElseThrow().dueOn());
				}
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Erases the requests never confirmed, a week after their link expired: nothing was
	 * forwarded, and the address and words of someone who did not confirm are not kept.
	 */
	public int forgetUnconfirmed(Instant now) {
		int forgotten = requests.deleteUnconfirmedExpiredBefore(now.minus(UNCONFIRMED_KEPT));
		if (forgotten > 0) {
			trail.record(Actor.system("rights-requests"), new TrailRecord("request.unconfirmed-erased", null,
					"rights-request", null, Map.of("requests", String.valueOf(forgotten))));
		}
		return forgotten;
	}

	/**
	 * Sends the request to its controller: the app's owner (DPO contact, owners, in-app,
	 * webhook), or the provider's DPOs for a request about the provider; or, when the
	 * person could not name the app, to the provider's support, which finds it.
	 */
	private void forward(RightsRequest request, String key) {
		Map<String, Object> forwarded = describe(request);
		forwarded.put("inboxUrl", baseUrl + "/requests");
		if (request.awaitsApp()) {
			forwarded.put("queueUrl", baseUrl + "/staff/requests?unassigned=true");
			notifications.tellStaff(key, StaffRole.SUPPORT, "request-unassigned", forwarded);
			return;
		}
		request.organizationId()
			.ifPresentOrElse(owner -> notifications.tellOrganization(key, owner, "request-forwarded", forwarded,
					"rights-request.received", request.appName().orElse(""), request.deadline().orElseThrow().dueOn()),
					() -> notifications.tellStaff(key, StaffRole.DPO, "request-provider", forwarded));
	}

	public java.time.LocalDate today() {
		return ResponseDeadline.today(clock);
	}

	/**
	 * The app a person names: by its name, a custom domain or its platform host name, as
	 * a host or a pasted URL (see {@link PlatformManagement#appAddressed}).
	 */
	private Optional<App> app(String named) {
		if (named == null || named.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(platform.appAddressed(named)
			.orElseThrow(() -> RejectedException.invalid("app", "no app of that name or address is hosted here; "
					+ "choose \"I don't know which app\" and the provider's support finds it")));
	}

	static EmailAddress requesterEmail(String value) {
		if (!EmailAddress.isValid(value)) {
			throw RejectedException.invalid("email", "not an email address: the answer is sent there");
		}
		EmailAddress email = new EmailAddress(value);
		String domain = email.value().substring(email.value().indexOf('@') + 1).toLowerCase(Locale.ROOT);
		if (DISPOSABLE_DOMAINS.contains(domain)) {
			throw RejectedException.invalid("email",
					"this address looks disposable: use one where the answer can reach you in a month");
		}
		return email;
	}

	private String statusUrl(RightsRequest request, String statusToken) {
		return baseUrl + "/rights/" + request.id() + "?token=" + statusToken;
	}

	private Map<String, Object> describe(RightsRequest request) {
		Map<String, Object> values = new HashMap<>();
		values.put("requestId", request.id().toString());
		values.put("app", request.appName().orElse(""));
		values.put("aboutProvider", request.aboutProvider());
		values.put("awaitsApp", request.awaitsApp());
		values.put("appHint", request.appHint().orElse(""));
		values.put("right", request.right().name());
		values.put("requesterEmail", request.requesterEmail().value());
		values.put("details", request.details());
		values.put("receivedOn", request.deadline().map(d -> d.receivedOn().toString()).orElse(""));
		values.put("dueOn", request.deadline().map(d -> d.dueOn().toString()).orElse(""));
		return values;
	}

}
