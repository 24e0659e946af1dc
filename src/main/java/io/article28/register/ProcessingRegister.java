package io.article28.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.article28.datastores.Category;

/**
 * The register of processing kept as a processor (GDPR article 30(2)), generated at a
 * given time: the processor, its processing activities and security measures, and one
 * entry per controller. The SHA-256 is that of the JSON of the contents, so that a
 * printed copy can be checked against a JSON export of the same state.
 */
public record ProcessingRegister(Instant generatedAt, String contentsSha256, Contents contents) {

	/** Everything the register states, without the time it was generated. */
	public record Contents(Processor processor, List<ProcessingActivity> activities, SecurityMeasures securityMeasures,
			List<Controller> controllers) {
	}

	/** The provider, as processor: name, address, registration, contact and DPO. */
	public record Processor(String name, String address, String registration, String contactEmail, String dpoName,
			String dpoEmail) {
	}

	/**
	 * A customer, as controller: its DPO, the DPA binding it, the regions its apps use
	 * with where the data lies, the data stores of its apps with the categories of
	 * personal data found in them, the sub-processors that serve those regions, and the
	 * transfers outside the EEA among them.
	 */
	public record Controller(UUID organizationId, String name, Contact dpo, Agreement agreement,
			List<RegionUse> regions, List<StoredData> dataStores, List<SubprocessorLink> subprocessors,
			List<Transfer> transfers) {

		/**
		 * Every category found in the controller's data stores, in the order of
		 * {@link Category}.
		 */
		public List<Category> categoriesFound() {
			return dataStores.stream().flatMap(store -> store.categories().stream()).distinct().sorted().toList();
		}

		/** The transfers whose safeguard does not stand in law today. */
		public List<Transfer> flaggedTransfers() {
			return transfers.stream().filter(Transfer::flagged).toList();
		}

	}

	/** Whom to contact; both null when the customer has not named a DPO. */
	public record Contact(String name, String email) {
	}

	/**
	 * The DPA binding the controller: the version it signed (null when none), its title,
	 * and whether it is the current one ({@code SIGNED}), an older one
	 * ({@code SUPERSEDED}), or nothing ({@code NONE}).
	 */
	public record Agreement(String version, String title, String state) {

		public boolean signed() {
			return version != null;
		}

	}

	/** A region of the platform the controller's apps run in, and where its data lies. */
	public record RegionUse(String code, String infrastructureProvider, String providerRegion, List<String> datacenters,
			String backupLocation, List<String> apps) {
	}

	/**
	 * A data store of one of the controller's apps, in the app's region, and the
	 * categories of personal data its data map found (as reviewed by the controller, else
	 * as suggested); none before its first discovery.
	 *
	 * @param columnsToReview the personal columns whose suggestion nobody reviewed yet
	 */
	public record StoredData(String app, String region, String label, String engine, Instant discoveredAt,
			List<Category> categories, long columnsToReview) {

		public List<String> categoryDescriptions() {
			return categories.stream().map(Category::description).toList();
		}

	}

	/**
	 * A sub-processor in the controller's chain: what it does, with which data, where.
	 */
	public record SubprocessorLink(String name, String contact, String purpose, String legalBasis,
			String dataCategories, String country, String location, List<String> platformRegions, LocalDate lastAudit) {
	}

	/**
	 * Data leaving the EEA through a sub-processor: to where, on which safeguard, and
	 * whether the transfer check flags it, why and since when.
	 */
	public record Transfer(String subprocessor, String country, String destination, String safeguard, boolean flagged,
			String flag, LocalDate flaggedSince) {
	}

}
