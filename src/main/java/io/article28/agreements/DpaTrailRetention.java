package io.article28.agreements;

import java.time.Period;

import org.springframework.stereotype.Component;

import io.article28.trail.spi.TrailRetentionPolicy;

/**
 * The trail is kept as long as the DPA says: the longest log-retention term of the
 * published versions, so that no customer's entries go before its own terms allow.
 */
@Component
class DpaTrailRetention implements TrailRetentionPolicy {

	private final DpaVersions versions;

	DpaTrailRetention(DpaVersions versions) {
		this.versions = versions;
	}

	@Override
	public Period retention() {
		return versions.all()
			.stream()
			.mapToInt(version -> version.terms().trailRetentionMonths())
			.max()
			.stream()
			.mapToObj(Period::ofMonths)
			.findFirst()
			.orElse(TrailRetentionPolicy.DEFAULT);
	}

}
