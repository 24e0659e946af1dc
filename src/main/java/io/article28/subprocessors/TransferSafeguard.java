package io.article28.subprocessors;

/** What makes a transfer of personal data outside the EEA lawful, or claims to. */
public enum TransferSafeguard {

	/** No transfer outside the EEA. */
	NONE,
	/** A country with an adequacy decision of the Commission. */
	ADEQUACY,
	/** The EU–US Data Privacy Framework. */
	DPF,
	/** The standard contractual clauses of 2021. */
	SCC_2021,
	/** The standard contractual clauses of 2010 (the "model clauses"). */
	SCC_2010,
	/** The EU–US Privacy Shield. */
	PRIVACY_SHIELD,
	/** Binding corporate rules. */
	BCR,
	/** A derogation of GDPR article 49. */
	DEROGATION

}
