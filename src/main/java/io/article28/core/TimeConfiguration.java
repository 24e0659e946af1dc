package io.article28.core;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one clock of the application. Every deadline is computed from it, so a demo or an
 * acceptance test can move time forward with {@code article28.clock.offset} (an ISO-8601
 * duration such as P9D).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TimeConfiguration.class);

	@Bean
	Clock clock(@Value("${article28.clock.offset:}") String offset, Environment environment) {
		Clock system = Clock.systemUTC();
		if (offset.isBlank()) {
			return system;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("article28.clock.offset must not be set in production");
		}
		Duration shift = Duration.parse(offset);
		log.warn("Clock shifted by {}: deadlines are computed from a time that is not the real one", shift);
		return Clock.offset(system, shift);
	}

}
