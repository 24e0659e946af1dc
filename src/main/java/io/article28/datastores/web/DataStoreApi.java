package io.article28.datastores.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.NotFoundException;
import io.article28.datastores.Catalog;
import io.article28.datastores.Category;
import io.article28.datastores.ColumnClassification;
import io.article28.datastores.ConnectionCheck;
import io.article28.datastores.DataMap;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreId;
import io.article28.datastores.EmailMatch;
import io.article28.datastores.ErasureRule;
import io.article28.datastores.RestrictionColumn;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.Discovery;
import io.article28.datastores.SchemaChange;
import io.article28.datastores.Engine;
import io.article28.datastores.TlsMode;
import io.article28.platform.AppId;

/**
 * The data stores of an organization's apps: provisioned by the host platform (staff
 * ADMIN or a platform token), added by the customer itself in a standalone installation,
 * read by its members, checked by its managers. No answer ever holds a password.
 */
@RestController
class DataStoreApi {

	/**
	 * A data store as the platform describes it; the password may be left out when a
	 * store is replaced, to keep the current one.
	 */
	record DataStoreRequest(String label, Engine engine, String host, Integer port, String database, String username,
			String password, TlsMode tlsMode) {

		DataStore.Definition definition() {
			return new DataStore.Definition(label, engine, host, port == null ? 0 : port, database, username, tlsMode);
		}
	}

	/** A store the customer adds, to one of its apps. */
	record NewDataStoreRequest(UUID appId, String label, Engine engine, String host, Integer port, String database,
			String username, String password, TlsMode tlsMode) {

		DataStore.Definition definition() {
			return new DataStoreRequest(label, engine, host, port, database, username, password, tlsMode).definition();
		}
	}

	record CheckView(ConnectionCheck.Status status, String description, String serverVersion, long millis,
			Instant checkedAt) {

		static CheckView of(ConnectionCheck check) {
			return check == null ? null : new CheckView(check.status(), check.status().description(),
					check.serverVersion(), check.millis(), check.checkedAt());
		}
	}

	record DataStoreView(UUID id, UUID appId, String label, Engine engine, String host, Integer port, String database,
			String username, TlsMode tlsMode, Instant createdAt, Instant updatedAt, CheckView lastCheck) {

		static DataStoreView of(DataStore store) {
			DataStore.Definition definition = store.definition();
			return new DataStoreView(store.id().value(), store.appId().value(), definition.label(), definition.engine(),
					definition.host(), definition.engine().networked() ? definition.port() : null,
					definition.database(), definition.username(), definition.tlsMode(), store.createdAt(),
					store.updatedAt(), CheckView.of(store.lastCheck()));
		}
	}

	record DiscoveryView(UUID id, Discovery.Status status, Discovery.Step step, Instant requestedAt, Instant startedAt,
			Instant finishedAt, Integer tables, Integer columns, ConnectionCheck.Status failure,
			String failureDescription, Discovery.Changes changes) {

		static DiscoveryView of(Discovery discovery) {
			return new DiscoveryView(discovery.id(), discovery.status(), discovery.step(), discovery.requestedAt(),
					discovery.startedAt(), discovery.finishedAt(), discovery.tableCount(), discovery.columnCount(),
					discovery.failure(), discovery.failure() == null ? null : discovery.failure().description(),
					discovery.changes());
		}
	}

	record DiscoveryDetail(DiscoveryView discovery, List<SchemaChange> changes) {
	}

	record SnapshotView(UUID discoveryId, Instant discoveredAt, Page<Catalog.Table> tables) {
	}

	record ColumnView(String schema, String table, String column, String type, Category category,
			Category suggestedCategory, int confidence, List<String> evidence, Category reviewedCategory,
			Instant reviewedAt, boolean toReview, boolean missing) {

		static ColumnView of(ColumnClassification column) {
			return new ColumnView(column.schema(), column.table(), column.column(), column.type(), column.category(),
					column.suggestion().category(), column.suggestion().confidence(), column.suggestion().evidence(),
					column.reviewed(), column.reviewedAt(), column.toReview(), column.missing());
		}
	}

	/** A person's decision on a column's category: NONE for not personal data. */
	record ClassificationRequest(String schema, String table, String column, Category category) {
	}

	record SubjectRequest(String schema, String table, List<String> identityColumns, EmailMatch emailMatch) {
	}

	/** What erasure does to a table, as sent: checked once it is read. */
	record ErasureRuleRequest(String schema, String table, ErasureRule.Action action, String reason,
			List<ColumnRuleRequest> columns) {

		ErasureRule rule() {
			return new ErasureRule(schema, table, action, reason,
					columns == null ? List.of()
							: columns.stream()
								.map(column -> new ErasureRule.ColumnRule(column.column(), column.action(),
										column.value(), column.reason()))
								.toList());
		}

	}

	record ColumnRuleRequest(String column, ErasureRule.ColumnAction action, String value, String reason) {
	}

	record LinkRequest(String schema, String table, String column, String targetSchema, String targetTable,
			String targetColumn) {
	}

	/** How many changes a discovery's answer lists at most. */
	static final int MAX_CHANGES = 1_000;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final OrganizationAccess access;

	DataStoreApi(DataStoreManagement dataStores, DataMapManagement dataMaps, OrganizationAccess access) {
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.access = access;
	}

	@StaffOnly(StaffRole.ADMIN)
	@PutMapping("/api/v1/organizations/{orgId}/apps/{appId}/data-stores/{storeId}")
	ResponseEntity<DataStoreView> provision(@PathVariable UUID orgId, @PathVariable UUID appId,
			@PathVariable UUID storeId, @RequestBody DataStoreRequest request) {
		var saved = dataStores.provision(new OrganizationId(orgId), new AppId(appId), new DataStoreId(storeId),
				request.definition(), request.password());
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(DataStoreView.of(saved.store()));
	}

	@StaffOnly(StaffRole.ADMIN)
	@DeleteMapping("/api/v1/organizations/{orgId}/apps/{appId}/data-stores/{storeId}")
	ResponseEntity<Void> deprovision(@PathVariable UUID orgId, @PathVariable UUID appId, @PathVariable UUID storeId) {
		dataStores.remove(new OrganizationId(orgId), new AppId(appId), new DataStoreId(storeId));
		return ResponseEntity.noContent().build();
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/api/v1/organizations/{orgId}/data-stores")
	ResponseEntity<DataStoreView> add(@PathVariable UUID orgId, @RequestBody NewDataStoreRequest request) {
		if (request.appId() == null) {
			throw RejectedException.invalid("appId", "must name one of the organization's apps");
		}
		DataStore added = dataStores.add(new OrganizationId(orgId), new AppId(request.appId()), request.definition(),
				request.password());
		return ResponseEntity.status(HttpStatus.CREATED).body(DataStoreView.of(added));
	}

	@GetMapping("/api/v1/organizations/{orgId}/data-stores")
	Page<DataStoreView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataStores.stores(owner, PageRequest.of(page, size)).map(DataStoreView::of);
	}

	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}")
	DataStoreView get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return DataStoreView.of(dataStores.get(owner, new DataStoreId(storeId)));
	}

	@Requires(OrganizationRight.MANAGE)
	@DeleteMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}")
	ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId) {
		dataStores.remove(user.isStaff(), new OrganizationId(orgId), new DataStoreId(storeId));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Queues a discovery of the schema (or gives the one under way): 202, then poll it.
	 */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/discoveries")
	ResponseEntity<DiscoveryView> discover(@PathVariable UUID orgId, @PathVariable UUID storeId) {
		Discovery discovery = dataMaps.requestDiscovery(new OrganizationId(orgId), new DataStoreId(storeId));
		return ResponseEntity.accepted()
			.header("Location",
					"/api/v1/organizations/" + orgId + "/data-stores/" + storeId + "/discoveries/" + discovery.id())
			.body(DiscoveryView.of(discovery));
	}

	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/discoveries")
	Page<DiscoveryView> discoveries(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataMaps.discoveries(owner, new DataStoreId(storeId), PageRequest.of(page, size)).map(DiscoveryView::of);
	}

	/** A discovery with what it found changed since the one before. */
	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/discoveries/{discoveryId}")
	DiscoveryDetail discovery(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId, @PathVariable UUID discoveryId) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		DataStoreId store = new DataStoreId(storeId);
		return new DiscoveryDetail(DiscoveryView.of(dataMaps.discovery(owner, store, discoveryId)),
				dataMaps.changes(owner, store, discoveryId, MAX_CHANGES));
	}

	/**
	 * The tables of the latest completed discovery, a page at a time; 404 before the
	 * first.
	 */
	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/snapshot")
	SnapshotView snapshot(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataMaps.snapshot(owner, new DataStoreId(storeId), PageRequest.of(page, size))
			.map(snapshot -> new SnapshotView(snapshot.discovery().id(), snapshot.discovery().finishedAt(),
					snapshot.tables()))
			.orElseThrow(() -> new NotFoundException("Snapshot (no discovery has completed yet)"));
	}

	/**
	 * The columns of the store with their categories; filter by the category that holds,
	 * a confidence from 0 to 100, and those still to review.
	 */
	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/columns")
	Page<ColumnView> columns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId, @RequestParam(required = false) Category category,
			@RequestParam(required = false) Integer minConfidence,
			@RequestParam(defaultValue = "false") boolean toReview, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataMaps
			.columns(owner, new DataStoreId(storeId),
					new DataMapManagement.ColumnFilter(category, minConfidence, toReview), PageRequest.of(page, size))
			.map(ColumnView::of);
	}

	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/classifications")
	ColumnView classify(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestBody ClassificationRequest request) {
		return ColumnView.of(dataMaps.review(new OrganizationId(orgId), new DataStoreId(storeId),
				new ColumnClassification.Ref(request.schema(), request.table(), request.column()), request.category(),
				user.id()));
	}

	/**
	 * The data map on the latest discovery: subjects, links, every table reached with its
	 * join path, and what would escape a request; 404 before the first discovery.
	 */
	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/map")
	DataMap map(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID storeId) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataMaps.dataMap(owner, new DataStoreId(storeId))
			.orElseThrow(() -> new NotFoundException("Data map (no discovery has completed yet)"));
	}

	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/subjects")
	DataMap.Subject declareSubject(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestBody SubjectRequest request) {
		return dataMaps.declareSubject(new OrganizationId(orgId), new DataStoreId(storeId), request.schema(),
				request.table(), request.identityColumns(), request.emailMatch());
	}

	@Requires(OrganizationRight.MANAGE)
	@DeleteMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/subjects")
	ResponseEntity<Void> removeSubject(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam String schema, @RequestParam String table) {
		dataMaps.removeSubject(new OrganizationId(orgId), new DataStoreId(storeId), schema, table);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/erasure-rules")
	List<ErasureRule> erasureRules(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataMaps.erasureRules(owner, new DataStoreId(storeId));
	}

	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/erasure-rules")
	ErasureRule setErasureRule(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestBody ErasureRuleRequest request) {
		return dataMaps.setErasureRule(new OrganizationId(orgId), new DataStoreId(storeId), request.rule());
	}

	@Requires(OrganizationRight.MANAGE)
	@DeleteMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/erasure-rules")
	ResponseEntity<Void> removeErasureRule(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam String schema, @RequestParam String table) {
		dataMaps.removeErasureRule(new OrganizationId(orgId), new DataStoreId(storeId), schema, table);
		return ResponseEntity.noContent().build();
	}

	/** A restriction column named: the table and its column. */
	record RestrictionColumnRequest(String schema, String table, String column) {
	}

	@GetMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/restriction-columns")
	List<RestrictionColumn> restrictionColumns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID storeId) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return dataMaps.restrictionColumns(owner, new DataStoreId(storeId));
	}

	@Requires(OrganizationRight.MANAGE)
	@PutMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/restriction-columns")
	RestrictionColumn setRestrictionColumn(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestBody RestrictionColumnRequest request) {
		return dataMaps.setRestrictionColumn(new OrganizationId(orgId), new DataStoreId(storeId), request.schema(),
				request.table(), request.column());
	}

	@Requires(OrganizationRight.MANAGE)
	@DeleteMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/restriction-columns")
	ResponseEntity<Void> removeRestrictionColumn(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestParam String schema, @RequestParam String table) {
		dataMaps.removeRestrictionColumn(new OrganizationId(orgId), new DataStoreId(storeId), schema, table);
		return ResponseEntity.noContent().build();
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/links")
	ResponseEntity<DataMap.Link> declareLink(@PathVariable UUID orgId, @PathVariable UUID storeId,
			@RequestBody LinkRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(dataMaps.declareLink(new OrganizationId(orgId), new DataStoreId(storeId),
					new ColumnClassification.Ref(request.schema(), request.table(), request.column()),
					new ColumnClassification.Ref(request.targetSchema(), request.targetTable(),
							request.targetColumn())));
	}

	@Requires(OrganizationRight.MANAGE)
	@DeleteMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/links/{linkId}")
	ResponseEntity<Void> removeLink(@PathVariable UUID orgId, @PathVariable UUID storeId, @PathVariable UUID linkId) {
		dataMaps.removeLink(new OrganizationId(orgId), new DataStoreId(storeId), linkId);
		return ResponseEntity.noContent().build();
	}

	/** Connects now; the answer is the check, whatever came of it (never a 5xx). */
	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/api/v1/organizations/{orgId}/data-stores/{storeId}/check")
	CheckView check(@PathVariable UUID orgId, @PathVariable UUID storeId) {
		return CheckView.of(dataStores.check(new OrganizationId(orgId), new DataStoreId(storeId)));
	}

}
