package io.article28.incidents.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.article28.core.Page;
import io.article28.incidents.AffectedOrganization;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.BreachAssessment;
import io.article28.incidents.BreachScope;
import io.article28.incidents.Incident;
import io.article28.incidents.IncidentSeverity;
import io.article28.incidents.IncidentStatus;
import io.article28.incidents.IncidentUpdate;

/** What the API and the pages show of an incident. */
final class IncidentViews {

	private IncidentViews() {
	}

	record Summary(UUID id, String title, IncidentSeverity severity, IncidentStatus status, Instant detectedAt,
			Instant awareAt, Instant declaredAt, Boolean breach) {

		static Summary of(Incident incident) {
			return new Summary(incident.id(), incident.title(), incident.severity(), incident.status(),
					incident.detectedAt(), incident.awareAt(), incident.declaredAt(),
					incident.assessment().map(BreachAssessment::breach).orElse(null));
		}

	}

	record Update(String text, Instant at, Instant postedAt) {

		static Update of(IncidentUpdate update) {
			return new Update(update.text(), update.happenedAt(), update.postedAt());
		}

	}

	record Scope(List<String> regions, List<UUID> apps, List<String> dataStores, List<UUID> dataStoreIds,
			Instant windowFrom, Instant windowTo, List<String> dataCategories, Long approximatePeople,
			Long approximateRecords, String consequences, String measures) {

		static Scope of(BreachScope scope) {
			return new Scope(scope.regions(), scope.apps().stream().map(app -> app.value()).toList(),
					scope.dataStores(), scope.stores().stream().map(store -> store.value()).toList(),
					scope.windowFrom(), scope.windowTo(), scope.dataCategories(), scope.approximatePeople(),
					scope.approximateRecords(), scope.consequences(), scope.measures());
		}

	}

	record Assessment(boolean breach, String reason, Scope scope, Instant assessedAt) {

		static Assessment of(BreachAssessment assessment) {
			return new Assessment(assessment.breach(), assessment.reason(),
					assessment.scopeIfBreach().map(Scope::of).orElse(null), assessment.assessedAt());
		}

	}

	record Detail(UUID id, String title, String description, IncidentSeverity severity, IncidentStatus status,
			Instant detectedAt, Instant awareAt, Instant declaredAt, List<Update> timeline, Assessment assessment,
			String rootCause, String remediation, Instant closedAt) {

		static Detail of(Incident incident) {
			return new Detail(incident.id(), incident.title(), incident.description(), incident.severity(),
					incident.status(), incident.detectedAt(), incident.awareAt(), incident.declaredAt(),
					incident.timeline().stream().map(Update::of).toList(),
					incident.assessment().map(Assessment::of).orElse(null), incident.rootCause().orElse(null),
					incident.remediation().orElse(null), incident.closedAt().orElse(null));
		}

	}

	/** One line of the breach register: the incident and its latest assessment. */
	/** An assessed incident, with the customers told of it when it is a breach. */
	record RegisterEntry(UUID id, String title, IncidentSeverity severity, IncidentStatus status, Instant awareAt,
			Assessment assessment, long customersTold, Instant firstToldAt) {

		static Page<RegisterEntry> of(Page<Incident> incidents, BreachManagement breaches) {
			Map<UUID, BreachManagement.Told> told = breaches
				.told(incidents.items().stream().map(Incident::id).toList());
			return incidents.map(incident -> {
				BreachManagement.Told summary = told.getOrDefault(incident.id(), BreachManagement.Told.NOBODY);
				return new RegisterEntry(incident.id(), incident.title(), incident.severity(), incident.status(),
						incident.awareAt(), incident.assessment().map(Assessment::of).orElseThrow(),
						summary.organizations(), summary.firstAt());
			});
		}

	}

	/** A customer a breach touches, with its apps within the scope. */
	record Affected(UUID id, String name, List<AffectedApp> apps) {

		static Affected of(AffectedOrganization organization) {
			return new Affected(organization.id().value(), organization.name(),
					organization.apps()
						.stream()
						.map(app -> new AffectedApp(app.id().value(), app.name(), app.regionCode()))
						.toList());
		}

	}

	record AffectedApp(UUID id, String name, String region) {
	}

}
