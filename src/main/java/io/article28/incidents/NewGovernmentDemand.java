package io.article28.incidents;

import java.time.LocalDate;
import java.util.List;

import io.article28.accounts.OrganizationId;

/**
 * A demand as staff register it: who demands what, of which customers, and whether the
 * customers may be told; when the law forbids it, the reason and its legal basis.
 */
public record NewGovernmentDemand(String authority, DemandType type, LocalDate receivedOn, String reference,
		String dataConcerned, List<OrganizationId> organizations, Decision notice, String withheldReason,
		String legalBasis) {

	/** What staff decide about telling the customers concerned. */
	public enum Decision {

		NOTIFY, WITHHOLD

	}

}
