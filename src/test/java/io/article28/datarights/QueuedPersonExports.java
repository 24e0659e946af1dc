package io.article28.datarights;

import org.springframework.context.ApplicationContext;

/**
 * Runs the job of the exports of people's data once, for the tests outside this package
 * whose scheduler is off.
 */
public final class QueuedPersonExports {

	private QueuedPersonExports() {
	}

	public static int run(ApplicationContext context) {
		return context.getBean(PersonExportJob.class).writeQueued();
	}

}
