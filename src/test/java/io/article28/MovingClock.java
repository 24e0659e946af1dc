package io.article28;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Gives a test context the {@link MutableClock} in place of the application's clock. With
 * {@link IsolatedIntegrationTest}, the classes that import it share one context; each
 * resets the clock after its tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovingClock {

	@Bean
	@Primary
	MutableClock movingClock() {
		return new MutableClock();
	}

}
