package io.article28.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/**
 * Provisioning by the host platform: regions, apps and invoices, and the provider's
 * profile.
 */
@Service
@Transactional
public class PlatformManagement {

	/** Whether a write created the record or replaced it: the API answers 201 or 200. */
	public record Saved<T>(T value, boolean created) {
	}

	private final Regions regions;

	private final Apps apps;

	private final AppDomains domains;

	private final Invoices invoices;

	private final ProviderProfiles providerProfiles;

	private final AppBackups backups;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<String> platformDomains;

	PlatformManagement(Regions regions, Apps apps, AppDomains domains, Invoices invoices,
			ProviderProfiles providerProfiles, AppBackups backups, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock,
			@Value("${article28.platform.app-domains:}") List<String> platformDomains) {
		this.regions = regions;
		this.apps = apps;
		this.domains = domains;
		this.invoices = invoices;
		this.providerProfiles = providerProfiles;
		this.backups = backups;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.platformDomains = List.copyOf(platformDomains);
	}

	public Saved<Region> defineRegion(Region region) {
		boolean created = regions.save(region);
		events.publishEvent(new RegionDefined(region.code()));
		return new Saved<>(region, created);
	}

	@Transactional(readOnly = true)
	public List<Region> regions() {
		return regions.all();
	}

	public App registerApp(OrganizationId owner, String name, String regionCode, String contactUrl) {
		return registerApp(owner, name, regionCode, contactUrl, List.of());
	}

	/**
	 * Provisions an app with its custom domains, where people know it; a domain of
	 * another app is refused (409).
	 */
	public App registerApp(OrganizationId owner, String name, String regionCode, String contactUrl,
			List<String> customDomains) {
		accounts.organization(owner).requireUnrestricted("registering a new app");
		if (regionCode == null || regions.find(regionCode.strip()).isEmpty()) {
			throw RejectedException.invalid("region", "no such region; see GET /api/v1/regions");
		}
		App app = App.register(owner, name, regionCode.strip(), contactUrl, clock.instant());
		List<AppDomain> written = AppDomain.list(customDomains);
		if (apps.existsByName(app.name())) {
			throw RejectedException.conflict("name", "an app with this name already exists on the platform");
		}
		requireFree(written, app.id());
		apps.insert(app);
		domains.replace(app.id(), written);
		events.publishEvent(new AppRegistered(app.id(), owner, app.regionCode()));
		return app;
	}

	/**
	 * Replaces the custom domains of an app of the organization (none: it has only its
	 * platform host name); an app of another organization is not found.
	 */
	public List<AppDomain> replaceDomains(OrganizationId owner, AppId appId, List<String> customDomains) {
		App app = appOf(owner, appId);
		if (customDomains == null) {
			throw RejectedException.invalid("domains", "the list of domains, empty for none");
		}
		List<AppDomain> written = AppDomain.list(customDomains);
		requireFree(written, app.id());
		domains.replace(app.id(), written);
		events.publishEvent(new AppDomainsChanged(app.id(), owner, written.size()));
		return written;
	}

	private void requireFree(List<AppDomain> written, AppId app) {
		domains.holder(written, app).ifPresent(other -> {
			throw RejectedException.conflict("domains", "one of these domains belongs to another app");
		});
	}

	/** The custom domains of the app, in the order provisioned. */
	@Transactional(readOnly = true)
	public List<AppDomain> domains(AppId app) {
		return domains.of(app);
	}

	/** The custom domains of these apps; an app without any is left out. */
	@Transactional(readOnly = true)
	public java.util.Map<AppId, List<AppDomain>> domains(java.util.Collection<AppId> ids) {
		return domains.of(ids);
	}

	/** The app with this name, ignoring case: names are unique on the platform. */
	@Transactional(readOnly = true)
	public Optional<App> appNamed(String name) {
		return name == null || name.isBlank() ? Optional.empty() : apps.findByName(name.strip());
	}

	/**
	 * The app a person names as it knows it: by its name, by one of its custom domains,
	 * or by its host name under one of the platform's domains
	 * ({@code article28.platform.app-domains}), as a host or a pasted URL, in any case,
	 * with or without {@code www.}. Any other host names no app: a request is never
	 * forwarded to an owner on a guess.
	 */
	@Transactional(readOnly = true)
	public Optional<App> appAddressed(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		AppAddress address = AppAddress.of(typed);
		return address.domains()
			.stream()
			.map(domains::appAt)
			.flatMap(Optional::stream)
			.findFirst()
			.flatMap(apps::find)
			.or(() -> address.appName(platformDomains).flatMap(apps::findByName));
	}

	@Transactional(readOnly = true)
	public Optional<App> app(AppId id) {
		return apps.find(id);
	}

	/**
	 * The names of the apps starting with these letters: what the public may look up to
	 * name the app a request is about. Names only, never who runs the app.
	 */
	@Transactional(readOnly = true)
	public List<String> appNamesStartingWith(String prefix, int limit) {
		if (prefix == null || prefix.strip().length() < 2) {
			return List.of();
		}
		return apps.namesStartingWith(prefix.strip(), limit);
	}

	/** The apps hosted in these regions, of every organization, by name. */
	@Transactional(readOnly = true)
	public List<App> appsIn(java.util.Collection<String> regionCodes) {
		return apps.inRegions(regionCodes);
	}

	/** The apps with these ids that exist, by name; unknown ids are left out. */
	@Transactional(readOnly = true)
	public List<App> apps(java.util.Collection<AppId> ids) {
		return apps.withIds(ids);
	}

	/**
	 * The apps of these organizations, by region and name: for a page of organizations,
	 * not for an unbounded list (one bind parameter each).
	 */
	@Transactional(readOnly = true)
	public List<App> appsOf(java.util.Collection<OrganizationId> owners) {
		return apps.ofOrganizations(owners);
	}

	@Transactional(readOnly = true)
	public Page<App> apps(OrganizationId owner, PageRequest page) {
		return apps.ofOrganization(owner, page);
	}

	public Saved<Invoice> recordInvoice(OrganizationId owner, String number, long amountCents, String currency,
			LocalDate dueDate, InvoiceStatus status) {
		accounts.organization(owner);
		Invoice invoice = new Invoice(number, owner, amountCents, Invoice.currency(currency), dueDate, status);
		Optional<Invoice> existing = invoices.find(invoice.number());
		if (existing.isPresent() && !existing.get().organizationId().equals(owner)) {
			throw RejectedException.conflict("number", "this invoice number belongs to another organization");
		}
		boolean created = invoices.save(invoice, clock.instant());
		events.publishEvent(new InvoiceRecorded(owner, invoice.number(), status));
		return new Saved<>(invoice, created);
	}

	@Transactional(readOnly = true)
	public Page<Invoice> invoices(OrganizationId owner, PageRequest page) {
		return invoices.ofOrganization(owner, page);
	}

	@Transactional(readOnly = true)
	public boolean hasUnpaidInvoices(OrganizationId owner) {
		return invoices.countUnpaid(owner) > 0;
	}

	/** The organization's unpaid invoices, oldest due first. */
	@Transactional(readOnly = true)
	public List<Invoice> unpaidInvoices(OrganizationId owner) {
		return invoices.unpaid(owner);
	}

	/**
	 * Records a backup the platform took of one of the organization's apps, or replaces
	 * what it reported before; an app of another organization is not found.
	 */
	public Saved<AppBackup> recordBackup(OrganizationId owner, AppId appId, String backupId, Instant takenAt,
			long sizeBytes, String downloadUrl) {
		accounts.organization(owner);
		App app = appOf(owner, appId);
		AppBackup backup = new AppBackup(app.id(), backupId, owner, takenAt, sizeBytes,
				AppBackup.downloadUrl(downloadUrl));
		boolean created = backups.save(backup, clock.instant());
		events.publishEvent(new BackupRecorded(owner, app.id(), backup.backupId(), created));
		return new Saved<>(backup, created);
	}

	/** The organization's backups as the platform reported them, newest first. */
	@Transactional(readOnly = true)
	public Page<AppBackup> backups(OrganizationId owner, PageRequest page) {
		return backups.ofOrganization(owner, page);
	}

	/**
	 * The backups of the organization's app taken before the moment: those that still
	 * hold what was erased since.
	 */
	@Transactional(readOnly = true)
	public BackupsHeld backupsTakenBefore(OrganizationId owner, AppId appId, Instant before) {
		return backups.takenBefore(appOf(owner, appId).id(), before);
	}

	/** An app of the organization; an app of another organization is not found. */
	@Transactional(readOnly = true)
	public App appOf(OrganizationId owner, AppId appId) {
		return apps.find(appId)
			.filter(found -> found.organizationId().equals(owner))
			.orElseThrow(() -> new NotFoundException("App"));
	}

	@Transactional(readOnly = true)
	public Optional<ProviderProfile> providerProfile() {
		return providerProfiles.current();
	}

	public void describeProvider(ProviderProfile profile) {
		providerProfiles.save(profile);
		events.publishEvent(new ProviderDescribed(profile.legalName()));
	}

}
