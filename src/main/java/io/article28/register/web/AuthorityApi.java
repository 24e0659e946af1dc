package io.article28.register.web;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.incidents.BreachAssessment;
import io.article28.incidents.BreachManagement;
import io.article28.incidents.Incident;
import io.article28.incidents.IncidentManagement;
import io.article28.incidents.IncidentSeverity;
import io.article28.incidents.IncidentStatus;
import io.article28.register.AuthorityAccessManagement;
import io.article28.register.RegisterManagement;

/**
 * What a supervisory authority reads with the link it was given, without an account: the
 * register of processing and the breach register, nothing else, each use in the trail.
 */
@RestController
class AuthorityApi {

	/** An assessed incident as the breach register states it. */
	record BreachEntry(UUID id, String title, IncidentSeverity severity, IncidentStatus status, Instant awareAt,
			BreachAssessment assessment, long customersTold, Instant firstToldAt) {
	}

	private final AuthorityAccessManagement accesses;

	private final RegisterManagement register;

	private final IncidentManagement incidents;

	private final BreachManagement breaches;

	private final RegisterDownloads downloads;

	AuthorityApi(AuthorityAccessManagement accesses, RegisterManagement register, IncidentManagement incidents,
			BreachManagement breaches, RegisterDownloads downloads) {
		this.accesses = accesses;
		this.register = register;
		this.incidents = incidents;
		this.breaches = breaches;
		this.downloads = downloads;
	}

	@GetMapping("/authority/{token}/register")
	ResponseEntity<byte[]> register(@PathVariable String token, @RequestParam(defaultValue = "json") String format) {
		RegisterDownloads.requireFormat(format);
		accesses.use(token, "register", format);
		return downloads.of(register.register(Optional.empty()), format, "");
	}

	@GetMapping("/authority/{token}/breach-register")
	Page<BreachEntry> breachRegister(@PathVariable String token, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		accesses.use(token, "breach-register", "json");
		return breachEntries(incidents.breachRegister(PageRequest.of(page, size)));
	}

	Page<BreachEntry> breachEntries(Page<Incident> assessed) {
		var told = breaches.told(assessed.items().stream().map(Incident::id).toList());
		return assessed.map(incident -> {
			BreachManagement.Told summary = told.getOrDefault(incident.id(), BreachManagement.Told.NOBODY);
			return new BreachEntry(incident.id(), incident.title(), incident.severity(), incident.status(),
					incident.awareAt(), incident.assessment().orElseThrow(), summary.organizations(),
					summary.firstAt());
		});
	}

}
