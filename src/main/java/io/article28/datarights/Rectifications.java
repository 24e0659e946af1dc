package io.article28.datarights;

import java.util.List;

/**
 * The new values a rectification plan sets, and their keyed digest, which the plan's
 * digest covers: a confirmation with other values is not the plan shown. {@link #NONE}
 * for the plans of other kinds.
 */
record Rectifications(List<Rectification> changes, String digest) {

	static final Rectifications NONE = new Rectifications(List.of(), null);

	Rectifications {
		changes = List.copyOf(changes);
	}

}
