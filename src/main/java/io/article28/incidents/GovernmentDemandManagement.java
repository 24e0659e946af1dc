package io.article28.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationContacts;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;
import io.article28.notifications.NotificationManagement;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Government demands for customer data: registered by the provider's DPOs and
 * administrators, told to the customers concerned unless the law forbids it, answered. A
 * customer sees a demand only once it has been told of it, so that a withheld demand
 * leaves no trace on its side: no notification, no list entry, no trail entry under its
 * name.
 */
@Service
@Transactional
public class GovernmentDemandManagement {

	private final GovernmentDemands demands;

	private final AccountManagement accounts;

	private final NotificationManagement notifications;

	private final TrailManagement trail;

	private final Clock clock;

	GovernmentDemandManagement(GovernmentDemands demands, AccountManagement accounts,
			NotificationManagement notifications, TrailManagement trail, Clock clock) {
		this.demands = demands;
		this.accounts = accounts;
		this.notifications = notifications;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Registers a demand about existing customers, and tells them in the same transaction
	 * unless the notice is withheld.
	 */
	public GovernmentDemand register(NewGovernmentDemand request, UserId by) {
		GovernmentDemand demand = GovernmentDemand.register(request, by, now());
		Set<OrganizationId> known = accounts.contacts(demand.organizations())
			.stream()
			.map(OrganizationContacts::id)
			.collect(Collectors.toSet());
		demand.organizations()
			.stream()
			.filter(organization -> !known.contains(organization))
			.findFirst()
			.ifPresent(unknown -> {
				throw RejectedException.invalid("organizations", "no such organization: " + unknown);
			});
		demands.insert(demand);
		record(demand, "government-demand.registered", Map.of("type", demand.type(), "notice", demand.notice()));
		if (demand.notice().told()) {
			tell(demand);
		}
		return demand;
	}

	/** The prohibition to tell ended: the customers concerned are told now. */
	public GovernmentDemand liftProhibition(UUID id) {
		GovernmentDemand demand = demand(id);
		demand.liftProhibition(now());
		if (!demands.updateNotice(demand)) {
			throw RejectedException.conflict("notice", "the organizations concerned have already been told");
		}
		tell(demand);
		return demand;
	}

	/** Records what the provider disclosed, and on which day. */
	public GovernmentDemand recordDisclosure(UUID id, String disclosed, LocalDate on, UserId by) {
		GovernmentDemand demand = demand(id);
		demand.recordDisclosure(disclosed, on, by, now());
		return answered(demand);
	}

	/** Records that the provider disclosed nothing, and why. */
	public GovernmentDemand recordNothingDisclosed(UUID id, String why, LocalDate on, UserId by) {
		GovernmentDemand demand = demand(id);
		demand.recordNothingDisclosed(why, on, by, now());
		return answered(demand);
	}

	@Transactional(readOnly = true)
	public GovernmentDemand demand(UUID id) {
		return demands.find(id).orElseThrow(() -> new NotFoundException("Government demand"));
	}

	/** Every demand, optionally of one status, the latest received first: for staff. */
	@Transactional(readOnly = true)
	public Page<GovernmentDemand> demands(DemandStatus status, PageRequest page) {
		return demands.list(status, page);
	}

	/**
	 * The demands an organization has been told of, the latest received first; never one
	 * whose notice is still withheld.
	 */
	@Transactional(readOnly = true)
	public Page<GovernmentDemand> toldTo(OrganizationId organization, PageRequest page) {
		return demands.toldTo(organization, page);
	}

	/** The names of the organizations, for staff to read; an erased one is missing. */
	@Transactional(readOnly = true)
	public Map<OrganizationId, String> organizationNames(Set<OrganizationId> organizations) {
		return accounts.organizationNames(organizations);
	}

	@Transactional(readOnly = true)
	public LocalDate today() {
		return GovernmentDemand.today(clock.instant());
	}

	private GovernmentDemand answered(GovernmentDemand demand) {
		if (!demands.updateAnswer(demand)) {
			throw RejectedException.conflict("status", "the answer to this demand is already recorded");
		}
		record(demand, "government-demand.answered", Map.of("status", demand.status()));
		return demand;
	}

	/**
	 * Tells each organization concerned, by mail, in-app and webhook: ids and codes only,
	 * the rest is on its page once signed in.
	 */
	private void tell(GovernmentDemand demand) {
		for (OrganizationId organization : demand.organizations()) {
			notifications.tellOrganization("government-demand:" + demand.id() + ":" + organization, organization,
					"government-demand",
					Map.of("demandId", demand.id().toString(), "type", demand.type().name(), "receivedOn",
							demand.receivedOn().toString()),
					"government-demand.received",
					new DefaultMessageSourceResolvable("governmentDemand.type." + demand.type()),
					demand.receivedOn().toString());
		}
		record(demand, "government-demand.notified", Map.of("notice", demand.notice()));
	}

	/**
	 * One trail entry per organization concerned: under its name once it has been told,
	 * otherwise under the provider's, the organization as a detail, so that its own trail
	 * does not give a withheld demand away.
	 */
	private void record(GovernmentDemand demand, String action, Map<String, Object> details) {
		boolean told = demand.notice().told();
		for (OrganizationId organization : demand.organizations()) {
			TrailRecord entry = TrailRecord.of(action, told ? organization : null, "government-demand", demand.id());
			if (!told) {
				entry = entry.with("organization", organization);
			}
			for (Map.Entry<String, Object> detail : details.entrySet()) {
				entry = entry.with(detail.getKey(), detail.getValue());
			}
			trail.record(entry);
		}
	}

	private Instant now() {
		return Timestamps.stored(clock.instant());
	}

}
