package io.article28.datarights;

import org.springframework.context.ApplicationContext;

/** Runs the confirmed erasure plans once, for the tests whose scheduler is off. */
public final class QueuedErasures {

	private QueuedErasures() {
	}

	public static int run(ApplicationContext context) {
		return context.getBean(PersonErasureJob.class).runConfirmed();
	}

}
