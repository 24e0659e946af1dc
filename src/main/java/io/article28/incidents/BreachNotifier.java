package io.article28.incidents;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.article28.accounts.OrganizationId;
import io.article28.core.Timestamps;
import io.article28.notifications.NotificationManagement;
import io.article28.notifications.NotificationManagement.OrganizationMessage;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Tells the customers of a breach, once the staff's request is committed: a batch of
 * organizations per transaction (their notices, their mails, in-app messages and
 * webhooks, their trail entries, the progress), so that the progress shows as it goes and
 * a run that failed or was cut by a restart goes on where it stopped: the event is handed
 * over again (at the next start, or by the retry of failed publications), those already
 * told of the breach are skipped, and a follow-up resumes after the last organization it
 * reached.
 */
@Component
class BreachNotifier {

	static final int BATCH = 500;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final Logger log = LoggerFactory.getLogger(BreachNotifier.class);

	private final IncidentManagement incidents;

	private final BreachNotices notices;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	BreachNotifier(IncidentManagement incidents, BreachNotices notices, NotificationManagement notifications,
			TrailManagement trail, TransactionTemplate transactions, Clock clock) {
		this.incidents = incidents;
		this.notices = notices;
		this.notifications = notifications;
		this.trail = trail;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Async
	@TransactionalEventListener
	void on(BreachNotificationRequested event) {
		run(event.notificationId());
	}

	void run(UUID id) {
		BreachNotification notification = notices.notification(id).orElse(null);
		if (notification == null || notification.status() == BreachNotification.Status.DONE) {
			return;
		}
		Incident incident = incidents.incident(notification.incidentId());
		int told = notification.kind() == BreachNotification.Kind.NOTICE ? notice(notification, incident)
				: followUp(notification, incident);
		transactions.executeWithoutResult(status -> notices.finished(id, clock.instant()));
		log.info("Breach notification {} of incident {}: {} organizations told", id, incident.id(), told);
	}

	private int notice(BreachNotification notification, Incident incident) {
		BreachScope scope = incident.assessment().flatMap(BreachAssessment::scopeIfBreach).orElseThrow();
		Map<OrganizationId, List<AffectedOrganization.AffectedApp>> affected = incidents.affectedApps(scope);
		Set<OrganizationId> already = notices.told(incident.id());
		List<AffectedOrganization> toTell = affected.entrySet()
			.stream()
			.filter(entry -> !already.contains(entry.getKey()))
			.map(entry -> new AffectedOrganization(entry.getKey(), "", entry.getValue()))
			.toList();
		transactions
			.executeWithoutResult(status -> notices.started(notification.id(), notification.told() + toTell.size()));
		for (int from = 0; from < toTell.size(); from += BATCH) {
			List<AffectedOrganization> batch = toTell.subList(from, Math.min(toTell.size(), from + BATCH));
			transactions.executeWithoutResult(status -> tell(notification, incident, batch));
		}
		return toTell.size();
	}

	private void tell(BreachNotification notification, Incident incident, List<AffectedOrganization> batch) {
		var now = Timestamps.stored(clock.instant());
		List<BreachNotice> told = batch.stream().map(org -> BreachNotice.told(incident.id(), org, now)).toList();
		notices.insertNotices(told);
		List<OrganizationMessage> messages = told.stream().map(notice -> {
			String apps = String.join(", ",
					notice.apps().stream().map(AffectedOrganization.AffectedApp::name).toList());
			String deadline = UTC.format(notice.deadline().deadline());
			Map<String, Object> values = new HashMap<>();
			values.put("incidentId", incident.id().toString());
			values.put("title", incident.title());
			values.put("apps", apps);
			values.put("notifiedAt", notice.notifiedAt().toString());
			values.put("deadline", notice.deadline().deadline().toString());
			return new OrganizationMessage(notification.topic() + ":" + notice.organizationId(),
					notice.organizationId(), values, List.of(incident.title(), apps, deadline));
		}).toList();
		notifications.tellOrganizations(notification.topic(), "breach-notice", "breach.notified", messages);
		trail.recordAll(told.stream()
			.map(notice -> TrailRecord.of("breach.notified", notice.organizationId(), "incident", incident.id())
				.with("notification", notification.id())
				.with("apps", notice.apps().size())
				.with("deadline", notice.deadline().deadline()))
			.toList());
		notices.progressed(notification.id(), told.size());
	}

	private int followUp(BreachNotification notification, Incident incident) {
		BreachFollowUp followUp = notices.followUps(incident.id())
			.stream()
			.filter(phase -> phase.phase() == notification.phase())
			.findFirst()
			.orElseThrow();
		transactions
			.executeWithoutResult(status -> notices.started(notification.id(), (int) notices.countTold(incident.id())));
		int count = 0;
		OrganizationId after = notices.resumeAfter(notification.id()).orElse(null);
		List<OrganizationId> batch;
		do {
			batch = notices.toldAfter(incident.id(), after, BATCH);
			List<OrganizationId> organizations = batch;
			transactions.executeWithoutResult(status -> tellFollowUp(notification, incident, followUp, organizations));
			count += batch.size();
			after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
		}
		while (batch.size() == BATCH);
		return count;
	}

	private void tellFollowUp(BreachNotification notification, Incident incident, BreachFollowUp followUp,
			List<OrganizationId> organizations) {
		List<OrganizationMessage> messages = new ArrayList<>();
		for (OrganizationId organization : organizations) {
			Map<String, Object> values = new HashMap<>();
			values.put("incidentId", incident.id().toString());
			values.put("title", incident.title());
			values.put("phase", followUp.phase());
			values.put("text", followUp.text());
			messages.add(new OrganizationMessage(notification.topic() + ":" + organization, organization, values,
					List.of(incident.title(), followUp.phase())));
		}
		notifications.tellOrganizations(notification.topic(), "breach-follow-up", "breach.follow-up", messages);
		trail.recordAll(organizations.stream()
			.map(organization -> TrailRecord.of("breach.follow-up-sent", organization, "incident", incident.id())
				.with("notification", notification.id())
				.with("phase", followUp.phase()))
			.toList());
		if (!organizations.isEmpty()) {
			notices.progressed(notification.id(), organizations.size(), organizations.get(organizations.size() - 1));
		}
	}

}
