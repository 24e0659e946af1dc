package io.article28.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.StoreInventory;
import io.article28.core.Fields;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;
import io.article28.notifications.NotificationManagement;
import io.article28.notifications.NotificationManagement.DeliveryProgress;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Breaches between the provider and its customers: staff ask to tell the customers a
 * breach affects and add information in phases, both queued and sent by the
 * {@link BreachNotifier}; each customer told sees its clock to notify its supervisory
 * authority and keeps versions of its draft notification.
 */
@Service
@Transactional
public class BreachManagement {

	/**
	 * A request to tell customers, with how far the delivery of its messages has come.
	 */
	public record NotificationProgress(BreachNotification notification, DeliveryProgress delivery) {
	}

	public static final int REMINDER_BATCH = 500;

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final IncidentManagement incidents;

	private final BreachNotices notices;

	private final AccountManagement accounts;

	private final DataMapManagement dataMaps;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BreachManagement(IncidentManagement incidents, BreachNotices notices, AccountManagement accounts,
			DataMapManagement dataMaps, NotificationManagement notifications, TrailManagement trail,
			ApplicationEventPublisher events, Clock clock) {
		this.dataMaps = dataMaps;
		this.incidents = incidents;
		this.notices = notices;
		this.accounts = accounts;
		this.notifications = notifications;
		this.trail = trail;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues the telling of every customer the breach affects and has not been told yet;
	 * the request returns at once, the customers are told a batch at a time.
	 */
	public BreachNotification notifyAffected(UUID incidentId, UserId by) {
		scopeOf(locked(incidentId));
		return queue(BreachNotification.queued(incidentId, BreachNotification.Kind.NOTICE, 1, by, now()),
				"breach.notification-requested");
	}

	/**
	 * Adds a phase of information to a breach its customers were told of, and queues
	 * telling them.
	 */
	public BreachNotification addFollowUp(UUID incidentId, String text, UserId by) {
		scopeOf(locked(incidentId));
		String checked = Fields.required("text", text, Incident.MAX_TEXT);
		if (notices.countTold(incidentId) == 0) {
			throw RejectedException.conflict("notifications", "no customer has been told of this breach yet");
		}
		int phase = notices.insertFollowUp(incidentId, checked, by, now());
		return queue(BreachNotification.queued(incidentId, BreachNotification.Kind.FOLLOW_UP, phase, by, now()),
				"breach.follow-up-added");
	}

	private BreachNotification queue(BreachNotification notification, String action) {
		requireNotNotifying(notification.incidentId());
		notices.insertNotification(notification);
		trail.record(TrailRecord.of(action, null, "incident", notification.incidentId())
			.with("notification", notification.id())
			.with("phase", notification.phase()));
		events.publishEvent(new BreachNotificationRequested(notification.id()));
		return notification;
	}

	/**
	 * The incident, its row locked until the transaction ends: requests to tell its
	 * customers are queued one at a time, and two staff members asking at once do not
	 * both get one.
	 */
	private Incident locked(UUID incidentId) {
		Incident incident = incidents.incident(incidentId);
		notices.lockIncident(incidentId);
		return incident;
	}

	private void requireNotNotifying(UUID incidentId) {
		if (notices.notifying(incidentId)) {
			throw RejectedException.conflict("notifications",
					"the customers are still being told of this breach; wait until that is done");
		}
	}

	/**
	 * The requests to tell the customers of a breach, the latest first, with delivery.
	 */
	@Transactional(readOnly = true)
	public List<NotificationProgress> notifications(UUID incidentId) {
		incidents.incident(incidentId);
		return notices.notifications(incidentId)
			.stream()
			.map(notification -> new NotificationProgress(notification,
					notifications.deliveryProgress(notification.topic())))
			.toList();
	}

	/** How many customers were told of a breach, and when the first was. */
	public record Told(long organizations, Instant firstAt) {

		public static final Told NOBODY = new Told(0, null);

	}

	/** For each of these incidents, the customers told of it. */
	@Transactional(readOnly = true)
	public Map<UUID, Told> told(List<UUID> incidentIds) {
		return notices.toldSummary(incidentIds);
	}

	/** The phases of information added after the first notice, in order. */
	@Transactional(readOnly = true)
	public List<BreachFollowUp> followUps(UUID incidentId) {
		return notices.followUps(incidentId);
	}

	/** The breaches the organization was told of, the latest first. */
	@Transactional(readOnly = true)
	public Page<CustomerBreach> breaches(OrganizationId organization, PageRequest page) {
		return notices.noticesOf(organization, page).map(this::view);
	}

	/** A breach the organization was told of; any other is not found. */
	@Transactional(readOnly = true)
	public CustomerBreach breach(OrganizationId organization, UUID incidentId) {
		return view(notice(organization, incidentId));
	}

	/** The organization records that it became aware of the breach before it was told. */
	public CustomerBreach recordAwareness(OrganizationId organization, UUID incidentId, Instant awareAt, UserId by) {
		BreachNotice notice = notice(organization, incidentId);
		BreachScope scope = scopeOf(incidents.incident(incidentId));
		BreachNotice recorded = notice.awareSince(awareAt == null ? null : Timestamps.stored(awareAt),
				scope.windowFrom(), by);
		notices.recordAwareness(recorded);
		trail.record(TrailRecord.of("breach.awareness-recorded", organization, "incident", incidentId)
			.with("deadline", recorded.deadline().deadline()));
		return view(recorded);
	}

	/** The current draft: the latest version saved, or the one the platform fills in. */
	@Transactional(readOnly = true)
	public AuthorityDraft draft(OrganizationId organization, UUID incidentId) {
		return view(notice(organization, incidentId)).draft();
	}

	/** Every saved version of the draft, the latest first. */
	@Transactional(readOnly = true)
	public List<AuthorityDraft> draftVersions(OrganizationId organization, UUID incidentId) {
		notice(organization, incidentId);
		return notices.drafts(incidentId, organization);
	}

	/** Saves the customer's text as the next version of its draft. */
	public AuthorityDraft saveDraft(OrganizationId organization, UUID incidentId, AuthorityDraft.Input input,
			UserId by) {
		AuthorityDraft saved = draft(organization, incidentId).revised(input, by, now());
		notices.insertDraft(incidentId, organization, saved);
		trail.record(TrailRecord.of("breach.draft-saved", organization, "incident", incidentId)
			.with("version", saved.version()));
		return saved;
	}

	/**
	 * The organization records that it notified its supervisory authority, with its
	 * current draft: the clock stops, and the version sent is kept as evidence.
	 */
	public CustomerBreach recordSubmission(OrganizationId organization, UUID incidentId, Instant submittedAt,
			String reference, UserId by) {
		CustomerBreach breach = breach(organization, incidentId);
		BreachNotice submitted = breach.notice()
			.submitted(breach.draft(), submittedAt == null ? null : Timestamps.stored(submittedAt), reference, by,
					clock.instant());
		notices.recordSubmission(submitted);
		trail.record(TrailRecord.of("breach.authority-notified", organization, "incident", incidentId)
			.with("authority", submitted.submission().authority())
			.with("draftVersion", submitted.submission().draftVersion())
			.with("late", submitted.deadline().passed(submitted.submission().at())));
		return view(submitted);
	}

	/**
	 * The organization records that it will not notify its authority, the breach being
	 * unlikely to result in a risk to people, with its reasons: the clock stops.
	 */
	public CustomerBreach recordNoNotification(OrganizationId organization, UUID incidentId, String reasons,
			UserId by) {
		BreachNotice decided = notice(organization, incidentId).notNotified(reasons, by,
				Timestamps.stored(clock.instant()));
		notices.recordSubmission(decided);
		trail.record(TrailRecord.of("breach.authority-not-notified", organization, "incident", incidentId));
		return view(decided);
	}

	/**
	 * The breaches that await the organization's notification to its authority, and the
	 * nearest deadline among them.
	 */
	public record Pending(long breaches, Instant nearestDeadline) {
	}

	@Transactional(readOnly = true)
	public Pending pending(OrganizationId organization) {
		return notices.pending(organization);
	}

	/**
	 * Reminds a batch of the customers whose deadline is near
	 * ({@link AuthorityDeadline#REMINDER} before it) or passed, and who have not recorded
	 * notifying their authority, each once. Returns how many were reminded: a full
	 * {@link #REMINDER_BATCH} means there may be more.
	 */
	public int remindDeadlines(Instant now) {
		Instant awareBy = now.minus(AuthorityDeadline.WINDOW).plus(AuthorityDeadline.REMINDER);
		return remind(notices.toRemind(awareBy, REMINDER_BATCH), now);
	}

	private int remind(List<BreachNotice> due, Instant now) {
		Map<UUID, Incident> incidentsById = new HashMap<>();
		List<NotificationManagement.OrganizationMessage> messages = due.stream().map(notice -> {
			Incident incident = incidentsById.computeIfAbsent(notice.incidentId(), incidents::incident);
			Map<String, Object> values = new HashMap<>();
			values.put("incidentId", incident.id().toString());
			values.put("title", incident.title());
			values.put("deadline", notice.deadline().deadline().toString());
			values.put("passed", notice.deadline().passed(now));
			return new NotificationManagement.OrganizationMessage(
					"breach-deadline:" + incident.id() + ":" + notice.organizationId(), notice.organizationId(), values,
					List.of(incident.title(), DEADLINE.format(notice.deadline().deadline())));
		}).toList();
		notifications.tellOrganizations(null, "breach-deadline", "breach.deadline-near", messages);
		notices.reminded(due, now);
		trail.recordAll(due.stream()
			.map(notice -> TrailRecord
				.of("breach.deadline-reminded", notice.organizationId(), "incident", notice.incidentId())
				.with("deadline", notice.deadline().deadline()))
			.toList());
		return due.size();
	}

	private BreachNotice notice(OrganizationId organization, UUID incidentId) {
		return notices.notice(incidentId, organization).orElseThrow(() -> new NotFoundException("breach"));
	}

	private CustomerBreach view(BreachNotice notice) {
		Incident incident = incidents.incident(notice.incidentId());
		BreachScope scope = scopeOf(incident);
		List<StoreInventory> stores = dataMaps.inventoriesOf(scope.stores())
			.stream()
			.filter(store -> store.organizationId().equals(notice.organizationId()))
			.toList();
		AuthorityDraft draft = notices.drafts(notice.incidentId(), notice.organizationId())
			.stream()
			.findFirst()
			.orElseGet(() -> AuthorityDraft.prefilled(incident, scope, notice, stores,
					accounts.organization(notice.organizationId()).dpoContact().orElse(null)));
		return new CustomerBreach(incident.id(), incident.title(), incident.description(), scope, notice, stores,
				notices.followUps(incident.id()), draft);
	}

	private static BreachScope scopeOf(Incident incident) {
		return incident.assessment()
			.flatMap(BreachAssessment::scopeIfBreach)
			.orElseThrow(() -> RejectedException.conflict("breach",
					"the incident is not assessed as a personal data breach"));
	}

	private Instant now() {
		return Timestamps.stored(clock.instant());
	}

}
