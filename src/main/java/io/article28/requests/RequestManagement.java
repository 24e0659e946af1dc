package io.article28.requests;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.notifications.NotificationManagement;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
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

	/** What the public form and API ask. */
	public record NewRequest(String app, RequestRight right, String email, String details) {
	}

	/** The confirmed request and the secret of the person's status link, shown once. */
	public record Confirmed(RightsRequest request, String statusToken) {
	}

	private final RightsRequests requests;

	private final RequestFlood flood;

	private final PlatformManagement platform;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final Clock clock;

	private final String baseUrl;

	RequestManagement(RightsRequests requests, RequestFlood flood, PlatformManagement platform,
			NotificationManagement notifications, TrailManagement trail, Clock clock,
			@Value("${article28.base-url}") String baseUrl) {
		this.requests = requests;
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
		Optional<App> app = app(form.app());
		var submission = RightsRequest.submit(app.map(App::id).orElse(null), app.map(App::name).orElse(null),
				app.map(App::organizationId).orElse(null), form.right(), email, form.details(), clock.instant());
		flood.admit(email, source);
		RightsRequest request = submission.request();
		requests.insert(request);
		trail.record(TrailRecord.of("request.submitted", null, "rights-request", request.id())
			.with("right", request.right())
			.with("about", request.aboutProvider() ? "provider" : "app"));
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
		Map<String, Object> forwarded = describe(request);
		forwarded.put("inboxUrl", baseUrl + "/requests");
		if (owner == null) {
			notifications.tellStaff("request-provider:" + id, StaffRole.DPO, "request-provider", forwarded);
		}
		else {
			notifications.tellOrganization("request-forwarded:" + id, owner, "request-forwarded", forwarded,
					"rights-request.received", request.appName().orElse(""),
					request.dueOn().map(Object::toString).orElse(""));
		}
		return new Confirmed(request, statusToken);
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
		return requests.received(organization, new RightsRequests.Filter(status, overdueOnly, today()), page);
	}

	/** The requests about the provider itself: the staff DPOs' queue. */
	@Transactional(readOnly = true)
	public Page<RightsRequest> aboutProvider(RequestStatus status, boolean overdueOnly, PageRequest page) {
		return requests.received(null, new RightsRequests.Filter(status, overdueOnly, today()), page);
	}

	/** One request of the organization; another organization's is not found. */
	@Transactional(readOnly = true)
	public RightsRequest request(OrganizationId organization, UUID id) {
		return requests.find(id)
			.filter(request -> request.status() != RequestStatus.UNCONFIRMED)
			.filter(request -> organization.equals(request.organizationId().orElse(null)))
			.orElseThrow(() -> new NotFoundException("Request"));
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

	public java.time.LocalDate today() {
		return ResponseDeadline.today(clock);
	}

	private Optional<App> app(String named) {
		if (named == null || named.isBlank()) {
			return Optional.empty();
		}
		String name = appName(named.strip());
		return Optional.of(platform.appNamed(name)
			.orElseThrow(() -> RejectedException.invalid("app",
					"no app of that name is hosted here; leave it empty for a request about the provider itself")));
	}

	/**
	 * An app is named by its name, or by an address of it, whose first label is the name
	 * (https://shop.example-platform.io names "shop").
	 */
	static String appName(String named) {
		if (named.contains("://") || named.contains("/") || named.contains(".")) {
			try {
				URI uri = URI.create(named.contains("://") ? named : "https://" + named);
				if (uri.getHost() != null) {
					return uri.getHost().split("\\.")[0];
				}
			}
			catch (IllegalArgumentException ex) {
				throw RejectedException.invalid("app", "not an app name or address");
			}
		}
		return named;
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
		values.put("right", request.right().name());
		values.put("requesterEmail", request.requesterEmail().value());
		values.put("details", request.details());
		values.put("receivedOn", request.deadline().map(d -> d.receivedOn().toString()).orElse(""));
		values.put("dueOn", request.dueOn().map(Object::toString).orElse(""));
		return values;
	}

}
