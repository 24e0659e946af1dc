package io.article28.register;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.article28.accounts.DpoContact;
import io.article28.accounts.OrganizationId;
import io.article28.datastores.StoreInventory;
import io.article28.platform.App;
import io.article28.platform.AppId;
import io.article28.platform.Region;
import io.article28.register.ProcessingRegister.Agreement;
import io.article28.register.ProcessingRegister.Contact;
import io.article28.register.ProcessingRegister.Controller;
import io.article28.register.ProcessingRegister.RegionUse;
import io.article28.register.ProcessingRegister.StoredData;
import io.article28.register.ProcessingRegister.SubprocessorLink;
import io.article28.register.ProcessingRegister.Transfer;
import io.article28.subprocessors.Subprocessor;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.subprocessors.SubprocessorStatus;
import io.article28.subprocessors.TransferCheck;
import io.article28.subprocessors.TransferSafeguard;

/**
 * The rules that turn the facts kept elsewhere into a controller's entry: which regions
 * its apps use, which sub-processors serve them (those listed for no region serve all),
 * and which of those move data outside the EEA. Only sub-processors in service count; one
 * announced but not yet in effect processes nothing yet.
 */
final class RegisterAssembly {

	/** The DPA versions by id: their titles, and which one is current. */
	record Agreements(Map<String, String> titles, String current) {
	}

	private final Map<String, Region> regions;

	private final List<SubprocessorManagement.Entry> subprocessors;

	private final Agreements agreements;

	RegisterAssembly(Collection<Region> regions, Collection<SubprocessorManagement.Entry> subprocessors,
			Agreements agreements) {
		this.regions = regions.stream().collect(Collectors.toMap(Region::code, Function.identity()));
		this.subprocessors = subprocessors.stream()
			.filter(entry -> entry.subprocessor().status() == SubprocessorStatus.ACTIVE)
			.toList();
		this.agreements = agreements;
	}

	Controller controller(OrganizationId id, String name, Optional<DpoContact> dpo, String boundVersion, List<App> apps,
			List<StoreInventory> stores) {
		List<RegionUse> used = regionsUsed(apps);
		Set<String> codes = used.stream().map(RegionUse::code).collect(Collectors.toSet());
		List<SubprocessorManagement.Entry> chain = subprocessors.stream()
			.filter(entry -> serves(entry.subprocessor(), codes))
			.toList();
		return new Controller(id.value(), name,
				dpo.map(contact -> new Contact(contact.name(), contact.email().value()))
					.orElse(new Contact(null, null)),
				agreement(boundVersion), used, storedData(apps, stores),
				chain.stream().map(RegisterAssembly::link).toList(),
				chain.stream().filter(RegisterAssembly::transfersOutsideEea).map(RegisterAssembly::transfer).toList());
	}

	private List<RegionUse> regionsUsed(List<App> apps) {
		Map<String, List<String>> appsByRegion = new TreeMap<>();
		apps.forEach(app -> appsByRegion.computeIfAbsent(app.regionCode(), code -> new java.util.ArrayList<>())
			.add(app.name()));
		return appsByRegion.entrySet().stream().map(used -> {
			Region region = regions.get(used.getKey());
			List<String> names = used.getValue().stream().sorted().toList();
			return region == null ? new RegionUse(used.getKey(), null, null, List.of(), null, names)
					: new RegionUse(region.code(), region.infrastructureProvider(), region.providerRegion(),
							region.datacenters(), region.backupLocation(), names);
		}).toList();
	}

	/**
	 * The stores of the apps, by app name then label; a store of another app is left out.
	 */
	private static List<StoredData> storedData(List<App> apps, List<StoreInventory> stores) {
		Map<AppId, App> byId = apps.stream().collect(Collectors.toMap(App::id, Function.identity()));
		return stores.stream().filter(store -> byId.containsKey(store.appId())).map(store -> {
			App app = byId.get(store.appId());
			return new StoredData(app.name(), app.regionCode(), store.label(), store.engine().name(),
					store.discoveredAt(), store.categories(), store.columnsToReview());
		}).sorted(Comparator.comparing(StoredData::app).thenComparing(StoredData::label)).toList();
	}

	private Agreement agreement(String boundVersion) {
		if (boundVersion == null) {
			return new Agreement(null, null, "NONE");
		}
		return new Agreement(boundVersion, agreements.titles().get(boundVersion),
				boundVersion.equals(agreements.current()) ? "SIGNED" : "SUPERSEDED");
	}

	static boolean serves(Subprocessor subprocessor, Set<String> regionCodes) {
		return subprocessor.platformRegions().isEmpty()
				|| subprocessor.platformRegions().stream().anyMatch(regionCodes::contains);
	}

	/** Established outside the EEA, or sending data out of it under a safeguard. */
	static boolean transfersOutsideEea(SubprocessorManagement.Entry entry) {
		Subprocessor subprocessor = entry.subprocessor();
		return !TransferCheck.EEA.contains(subprocessor.country())
				|| subprocessor.safeguard() != TransferSafeguard.NONE;
	}

	private static SubprocessorLink link(SubprocessorManagement.Entry entry) {
		Subprocessor s = entry.subprocessor();
		return new SubprocessorLink(s.name(), s.contact(), s.purpose(), s.legalBasis(), s.dataCategories(), s.country(),
				s.location(), s.platformRegions(), s.lastAudit().orElse(null));
	}

	private static Transfer transfer(SubprocessorManagement.Entry entry) {
		Subprocessor s = entry.subprocessor();
		return new Transfer(s.name(), s.country(),
				s.transferDestination() != null ? s.transferDestination() : s.country(), s.safeguard().name(),
				!entry.transfers().valid(), entry.transfers().reason(), entry.transfers().since());
	}

}
