package io.article28.register;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationId;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.BoundOrganization;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.StoreInventory;
import io.article28.platform.App;
import io.article28.platform.PlatformManagement;
import io.article28.platform.Region;
import io.article28.register.ProcessingRegister.Controller;
import io.article28.register.ProcessingRegister.Processor;
import io.article28.subprocessors.SubprocessorManagement;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the processing activities and the security measures, and generates the register
 * of processing from them and from what the other modules know: nothing in it is typed
 * twice.
 */
@Service
@Transactional
public class RegisterManagement {

	private final ProcessingActivities activities;

	private final AccountManagement accounts;

	private final AgreementManagement agreements;

	private final PlatformManagement platform;

	private final SubprocessorManagement subprocessors;

	private final DataMapManagement dataMaps;

	private final TrailManagement trail;

	private final JsonMapper json;

	private final Clock clock;

	RegisterManagement(ProcessingActivities activities, AccountManagement accounts, AgreementManagement agreements,
			PlatformManagement platform, SubprocessorManagement subprocessors, DataMapManagement dataMaps,
			TrailManagement trail, JsonMapper json, Clock clock) {
		this.dataMaps = dataMaps;
		this.activities = activities;
		this.accounts = accounts;
		this.agreements = agreements;
		this.platform = platform;
		this.subprocessors = subprocessors;
		this.trail = trail;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ProcessingActivity> activities() {
		return activities.all();
	}

	@Transactional(readOnly = true)
	public ProcessingActivity activity(UUID id) {
		return activities.find(id).orElseThrow(() -> new NotFoundException("Processing activity"));
	}

	public ProcessingActivity addActivity(ActivityDescription description) {
		ProcessingActivity activity = ProcessingActivity.of(UUID.randomUUID(), description);
		activities.insert(activity, clock.instant());
		trail.record(TrailRecord.of("register.activity-added", null, "processing-activity", activity.id()));
		return activity;
	}

	public ProcessingActivity changeActivity(UUID id, ActivityDescription description) {
		activities.find(id).orElseThrow(() -> new NotFoundException("Processing activity"));
		ProcessingActivity activity = ProcessingActivity.of(id, description);
		activities.update(activity, clock.instant());
		trail.record(TrailRecord.of("register.activity-changed", null, "processing-activity", id));
		return activity;
	}

	/** The security measures as last described; none until staff describe them. */
	@Transactional(readOnly = true)
	public Optional<SecurityMeasures> securityMeasures() {
		return activities.securityMeasures();
	}

	public SecurityMeasures describeSecurityMeasures(String description) {
		SecurityMeasures measures = new SecurityMeasures(description, clock.instant());
		activities.saveSecurityMeasures(measures);
		trail.record(TrailRecord.of("register.security-measures-changed", null, "security-measures", "general"));
		return measures;
	}

	/**
	 * Hands the register for every customer, or for one only, generated now, to
	 * {@code export}, which reads the controllers a page at a time, as often as it needs,
	 * from one snapshot of the database (or collects them, when there are few): the
	 * transaction lasts as long as the export.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public void stream(Optional<OrganizationId> only, Consumer<StreamedRegister> export) {
		export.accept(streamed(only));
	}

	/** How many controllers the register of every customer states. */
	@Transactional(readOnly = true)
	public long controllerCount() {
		return accounts.organizations(new PageRequest(0, 1)).totalItems();
	}

	private StreamedRegister streamed(Optional<OrganizationId> only) {
		RegisterAssembly assembly = assembly(platform.regions());
		Map<OrganizationId, String> bound = bindings();
		var head = new ProcessingRegister.Contents(processor(), activities.all(),
				activities.securityMeasures().orElse(null), List.of());
		if (only.isPresent()) {
			List<Controller> one = controllers(assembly, bound, List.of(accounts.organization(only.get())));
			return new StreamedRegister(clock.instant(), head, 1, one::forEach, json);
		}
		return new StreamedRegister(clock.instant(), head, controllerCount(), action -> {
			Organization last = null;
			List<Organization> page;
			do {
				page = accounts.organizationsAfter(last, PageRequest.MAX_SIZE);
				controllers(assembly, bound, page).forEach(action);
				last = page.isEmpty() ? last : page.get(page.size() - 1);
			}
			while (page.size() == PageRequest.MAX_SIZE);
		}, json);
	}

	/**
	 * The controllers of a page of organizations, their apps read in one query and their
	 * data stores' inventories in a few.
	 */
	private List<Controller> controllers(RegisterAssembly assembly, Map<OrganizationId, String> bound,
			List<Organization> organizations) {
		List<OrganizationId> ids = organizations.stream().map(Organization::id).toList();
		Map<OrganizationId, List<App>> apps = platform.appsOf(ids)
			.stream()
			.collect(Collectors.groupingBy(App::organizationId));
		Map<OrganizationId, List<StoreInventory>> stores = dataMaps.inventories(ids)
			.stream()
			.collect(Collectors.groupingBy(StoreInventory::organizationId));
		return organizations.stream()
			.map(organization -> assembly.controller(organization.id(), organization.name(), organization.dpoContact(),
					bound.get(organization.id()), apps.getOrDefault(organization.id(), List.of()),
					stores.getOrDefault(organization.id(), List.of())))
			.toList();
	}

	/**
	 * One page of controllers as the register states them, for a screen: the full
	 * register of a large platform is an export, not a page.
	 */
	@Transactional(readOnly = true)
	public Page<Controller> controllers(PageRequest page) {
		RegisterAssembly assembly = assembly(platform.regions());
		Map<OrganizationId, String> bound = bindings();
		Page<Organization> organizations = accounts.organizations(page);
		return new Page<>(controllers(assembly, bound, organizations.items()), organizations.page(),
				organizations.size(), organizations.totalItems());
	}

	/**
	 * Leaves the trace of an export: who took the register, in which format, for whom. In
	 * a transaction of its own, since it is called while the export streams in a
	 * read-only one.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordExport(String format, Optional<OrganizationId> only) {
		trail.record(TrailRecord.of("register.exported", only.orElse(null), "register", null).with("format", format));
	}

	private RegisterAssembly assembly(List<Region> regions) {
		Map<String, String> titles = new HashMap<>();
		agreements.versions().forEach(version -> titles.put(version.id().value(), version.title()));
		String current = agreements.current().map(version -> version.id().value()).orElse(null);
		return new RegisterAssembly(regions, subprocessors.register(),
				new RegisterAssembly.Agreements(titles, current));
	}

	private Map<OrganizationId, String> bindings() {
		return agreements.boundOrganizations()
			.stream()
			.collect(Collectors.toMap(BoundOrganization::organizationId, b -> b.versionId().value()));
	}

	/** The provider as the register names it. */
	@Transactional(readOnly = true)
	public Processor processor() {
		return platform.providerProfile()
			.map(p -> new Processor(p.legalName(), p.address(), p.registration(), p.supportEmail(), p.dpoName(),
					p.dpoEmail()))
			.orElse(new Processor(null, null, null, null, null, null));
	}

}
