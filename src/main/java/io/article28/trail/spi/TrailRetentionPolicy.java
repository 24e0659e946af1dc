package io.article28.trail.spi;

import java.time.Period;

/**
 * How long trail entries are kept. The DPA sets it (its log-retention term); the trail
 * asks here rather than depending on the module that knows.
 */
public interface TrailRetentionPolicy {

	/**
	 * Until a DPA says otherwise: traceability logs are kept 12 months (current DPA, art.
	 * 12).
	 */
	Period DEFAULT = Period.ofMonths(12);

	Period retention();

}
