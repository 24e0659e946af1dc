package io.article28.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.StoreInventory;
import io.article28.platform.App;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;
import io.article28.platform.Region;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * The provider's incidents: declared, followed, assessed as breaches or not (which makes
 * the breach register), and closed.
 */
@Service
@Transactional
public class IncidentManagement {

	private final Incidents incidents;

	private final BreachNotices notices;

	private final PlatformManagement platform;

	private final AccountManagement accounts;

	private final DataMapManagement dataMaps;

	private final TrailManagement trail;

	private final Clock clock;

	IncidentManagement(Incidents incidents, BreachNotices notices, PlatformManagement platform,
			AccountManagement accounts, DataMapManagement dataMaps, TrailManagement trail, Clock clock) {
		this.dataMaps = dataMaps;
		this.incidents = incidents;
		this.notices = notices;
		this.platform = platform;
		this.accounts = accounts;
		this.trail = trail;
		this.clock = clock;
	}

	public Incident declare(String title, String description, IncidentSeverity severity, Instant detectedAt,
			Instant awareAt, UserId by) {
		Incident incident = Incident.declare(title, description, severity, detectedAt, awareAt, by, clock.instant());
		incidents.insert(incident);
		trail.record(TrailRecord.of("incident.declared", null, "incident", incident.id())
			.with("severity", incident.severity()));
		return incident;
	}

	@Transactional(readOnly = true)
	public Incident incident(UUID id) {
		return incidents.find(id).orElseThrow(() -> new NotFoundException("incident"));
	}

	@Transactional(readOnly = true)
	public Page<Incident> incidents(IncidentStatus status, PageRequest page) {
		return incidents.list(status, page);
	}

	/** The breach register: every assessed incident, breach or not. */
	@Transactional(readOnly = true)
	public Page<Incident> breachRegister(PageRequest page) {
		return incidents.assessed(page);
	}

	public Incident addUpdate(UUID id, String text, Instant happenedAt, UserId by) {
		Incident incident = incident(id);
		IncidentUpdate update = incident.addUpdate(text, happenedAt, by, clock.instant());
		incidents.insertUpdate(id, update);
		trail.record(TrailRecord.of("incident.updated", null, "incident", id));
		return incident;
	}

	/**
	 * Qualifies the incident as a breach within this scope, whose regions, apps and data
	 * stores exist.
	 */
	public Incident assessAsBreach(UUID id, BreachScope scope) {
		Set<String> regions = platform.regions().stream().map(Region::code).collect(Collectors.toSet());
		for (String region : scope.regions()) {
			if (!regions.contains(region)) {
				throw RejectedException.invalid("regions", "no such region: " + region);
			}
		}
		if (platform.apps(scope.apps()).size() != scope.apps().size()) {
			throw RejectedException.invalid("apps", "no such app on the platform");
		}
		if (dataMaps.inventoriesOf(scope.stores()).size() != scope.stores().size()) {
			throw RejectedException.invalid("dataStoreIds", "no such data store on the platform");
		}
		return assess(id, BreachAssessment.breach(scope, clock.instant()));
	}

	/**
	 * Qualifies the incident as no breach, unless its customers were told of it as one:
	 * then it stays a breach in the register.
	 */
	public Incident assessAsNotABreach(UUID id, String reason) {
		if (notices.countTold(id) > 0) {
			throw RejectedException.conflict("breach",
					"customers were told of this breach; it stays one in the register, with follow-up information");
		}
		return assess(id, BreachAssessment.notABreach(reason, clock.instant()));
	}

	private Incident assess(UUID id, BreachAssessment assessment) {
		Incident incident = incident(id);
		incident.assess(assessment);
		incidents.update(incident);
		trail.record(TrailRecord.of("incident.assessed", null, "incident", id).with("breach", assessment.breach()));
		return incident;
	}

	public Incident close(UUID id, String rootCause, String remediation) {
		Incident incident = incident(id);
		incident.close(rootCause, remediation, clock.instant());
		incidents.update(incident);
		trail.record(TrailRecord.of("incident.closed", null, "incident", id));
		return incident;
	}

	/**
	 * The customers a breach touches: the owners of the apps in its regions, of the apps
	 * it names and of the apps whose data stores it names, each with those apps, by name.
	 * None when it is not a breach.
	 */
	@Transactional(readOnly = true)
	public Page<AffectedOrganization> affectedOrganizations(UUID id, PageRequest page) {
		BreachScope scope = incident(id).assessment().flatMap(BreachAssessment::scopeIfBreach).orElse(null);
		if (scope == null) {
			return new Page<>(List.of(), page.page(), page.size(), 0);
		}
		Map<OrganizationId, List<AffectedOrganization.AffectedApp>> affected = affectedApps(scope);
		Map<OrganizationId, String> names = accounts.organizationNames(affected.keySet());
		List<AffectedOrganization> all = affected.entrySet()
			.stream()
			.map(entry -> new AffectedOrganization(entry.getKey(), names.getOrDefault(entry.getKey(), ""),
					entry.getValue()))
			.sorted(Comparator.comparing(AffectedOrganization::name).thenComparing(org -> org.id().value()))
			.toList();
		int from = (int) Math.min(all.size(), page.offset());
		return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), page.page(), page.size(),
				all.size());
	}

	/**
	 * The customers' data stores the breach names, those that still exist, with what
	 * their data maps found; none when it is not a breach.
	 */
	@Transactional(readOnly = true)
	public List<StoreInventory> scopeStores(UUID id) {
		return incident(id).assessment()
			.flatMap(BreachAssessment::scopeIfBreach)
			.map(scope -> dataMaps.inventoriesOf(scope.stores()))
			.orElse(List.of());
	}

	/**
	 * The apps within the scope (in its regions, named, or using a data store it names),
	 * by organization in the order of their ids (the order in which they are told), each
	 * organization's apps by name.
	 */
	Map<OrganizationId, List<AffectedOrganization.AffectedApp>> affectedApps(BreachScope scope) {
		Map<AppId, App> apps = new LinkedHashMap<>();
		platform.appsIn(scope.regions()).forEach(app -> apps.put(app.id(), app));
		platform.apps(scope.apps()).forEach(app -> apps.put(app.id(), app));
		platform.apps(dataMaps.inventoriesOf(scope.stores()).stream().map(StoreInventory::appId).distinct().toList())
			.forEach(app -> apps.put(app.id(), app));
		Map<OrganizationId, List<AffectedOrganization.AffectedApp>> affected = new TreeMap<>(
				Comparator.comparing(OrganizationId::value));
		apps.values()
			.stream()
			.sorted(Comparator.comparing(App::name))
			.forEach(app -> affected.computeIfAbsent(app.organizationId(), key -> new ArrayList<>())
				.add(new AffectedOrganization.AffectedApp(app.id(), app.name(), app.regionCode())));
		return affected;
	}

}
