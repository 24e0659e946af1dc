package io.article28.register.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.incidents.BreachAssessment;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.Incident;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;
import io.article28.incidents.IncidentStatus;

/**
 * The breach register as a supervisory authority reads it, in JSON or on its page: each
 * assessed incident with its assessment and how many customers were told, from when.
 */
@Component
class BreachRegisterEntries {

	/** An assessed incident as the breach register states it. */
	record BreachEntry(UUID id, String title, IncidentSeverity severity, IncidentStatus status, Instant awareAt,
			BreachAssessment assessment, long customersTold, Instant firstToldAt) {
	}

	private final IncidentManagement incidents;

	private final BreachManagement breaches;

	BreachRegisterEntries(IncidentManagement incidents, BreachManagement breaches) {
		this.incidents = incidents;
		this.breaches = breaches;
	}

	Page<BreachEntry> page(PageRequest page) {
		Page<Incident> assessed = incidents.breachRegister(page);
		var told = breaches.told(assessed.items().stream().map(Incident::id).toList());
		return assessed.map(incident -> {
			BreachManagement.Told summary = told.getOrDefault(incident.id(), BreachManagement.Told.NOBODY);
			return new BreachEntry(incident.id(), incident.title(), incident.severity(), incident.status(),
					incident.awareAt(), incident.assessment().orElseThrow(), summary.organizations(),
					summary.firstAt());
		});
	}

}
