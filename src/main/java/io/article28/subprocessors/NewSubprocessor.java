package io.article28.subprocessors;

import java.time.LocalDate;
import java.util.List;

/** What staff enter to add a sub-processor to the register. */
public record NewSubprocessor(String name, String contact, String purpose, String legalBasis, String dataCategories,
		String country, String location, TransferSafeguard safeguard, String transferDestination,
		List<String> platformRegions, List<LocalDate> audits) {
}
