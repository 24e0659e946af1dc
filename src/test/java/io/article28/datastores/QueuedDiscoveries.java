package io.article28.datastores;

import org.springframework.context.ApplicationContext;

/**
 * Runs the discovery job once, for the tests outside this package whose scheduler is off.
 */
public final class QueuedDiscoveries {

	private QueuedDiscoveries() {
	}

	public static int run(ApplicationContext context) {
		return context.getBean(DiscoveryJob.class).discoverQueued();
	}

}
