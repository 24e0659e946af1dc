package io.article28.datarights.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.trail.TrailManagement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What was done on the data for a request, as the trail recorded it: searches, exports,
 * erasure and restriction plans and their runs, with their counts, newest first.
 */
@Component
class RequestSteps {

	/** How many of the request's steps on the data a page lists. */
	static final int SHOWN = 20;

	/** A step taken on the data for the request: counts only. */
	record Step(Instant at, String action, Map<String, String> detail) {
	}

	private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
	};

	private final TrailManagement trail;

	private final JsonMapper json;

	RequestSteps(TrailManagement trail, JsonMapper json) {
		this.trail = trail;
		this.json = json;
	}

	List<Step> of(OrganizationId organization, UUID request) {
		return trail.about(organization, "rights-request", request, "datarights.", SHOWN)
			.stream()
			.map(entry -> new Step(entry.recordedAt(), entry.action(), json.readValue(entry.detail(), DETAIL)))
			.toList();
	}

}
