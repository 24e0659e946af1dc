package io.article28.agreements;

/**
 * The reasons for which a customer may object to a new sub-processor under an objection
 * window.
 */
public enum ObjectionGround {

	/** The newcomer is a direct competitor of the customer. */
	COMPETITOR,
	/** The newcomer is in a dispute with the customer. */
	DISPUTE,
	/** The newcomer does not comply with the GDPR (the customer justifies it). */
	NOT_COMPLIANT,
	/** The change reduces the security measures. */
	SECURITY_REDUCED

}
