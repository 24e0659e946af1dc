package io.article28.agreements;

/**
 * How a new sub-processor is agreed: the customer's prior written consent, or a window to
 * object.
 */
public enum SubProcessingRegime {

	PRIOR_WRITTEN_CONSENT, OBJECTION_WINDOW

}
