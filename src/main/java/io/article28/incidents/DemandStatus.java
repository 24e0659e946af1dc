package io.article28.incidents;

/**
 * A demand is open until the provider records its answer: what it disclosed, or that it
 * disclosed nothing (the demand was contested, withdrawn, or found no data).
 */
public enum DemandStatus {

	OPEN, DISCLOSED, NOTHING_DISCLOSED

}
