package io.article28.datastores;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.OrganizationId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.TextInput;
import io.article28.core.Timestamps;
import io.article28.platform.App;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/**
 * The data stores of the organizations' apps: provisioned by the host platform (or, in a
 * standalone installation, added by the customer), read by the organization's members,
 * checked by connecting to them. Passwords go in, encrypted, and never come out but to
 * the driver.
 */
@Service
@Transactional
public class DataStoreManagement {

	/** Whether a write created the store or replaced it: the API answers 201 or 200. */
	public record Saved(DataStore store, boolean created) {
	}

	/** A page of the tables a completed discovery found. */
	public record Snapshot(Discovery discovery, Page<Catalog.Table> tables) {
	}

	public static final int MAX_PASSWORD = 200;

	private static final String PLATFORM_PROVISIONS = "the host platform provisions the data stores of this "
			+ "installation: ask its support";

	private final DataStores stores;

	private final Discoveries discoveries;

	private final Snapshots snapshots;

	private final Classifications classifications;

	private final DataMaps maps;

	private final StoreContents contents;

	private final CredentialCipher cipher;

	private final HostAllowList allowList;

	private final StoreConnector connector;

	private final PlatformManagement platform;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean embeddedAllowed;

	private final boolean customerManaged;

	DataStoreManagement(DataStores stores, Discoveries discoveries, Snapshots snapshots,
			Classifications classifications, DataMaps maps, StoreContents contents, CredentialCipher cipher,
			HostAllowList allowList, StoreConnector connector, PlatformManagement platform, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock,
			@Value("${article28.datastores.embedded-allowed:false}") boolean embeddedAllowed,
			@Value("${article28.datastores.customer-managed:false}") boolean customerManaged) {
		this.stores = stores;
		this.discoveries = discoveries;
		this.snapshots = snapshots;
		this.classifications = classifications;
		this.maps = maps;
		this.contents = contents;
		this.cipher = cipher;
		this.allowList = allowList;
		this.connector = connector;
		this.platform = platform;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.embeddedAllowed = embeddedAllowed;
		this.customerManaged = customerManaged;
	}

	/**
	 * Adds the store with this id to the app, or replaces its definition (and its
	 * password, when one is given: a replacement may keep the current one). A store of
	 * another app keeps its id (409).
	 */
	public Saved provision(OrganizationId owner, AppId appId, DataStoreId id, DataStore.Definition definition,
			String password) {
		requireAllowed(definition);
		return save(owner, appId, id, definition, password);
	}

	/** The demo's embedded store, whatever the configuration allows for others. */
	DataStore provisionDemo(OrganizationId owner, AppId appId, DataStoreId id, DataStore.Definition definition,
			String password) {
		return save(owner, appId, id, definition, password).store();
	}

	private Saved save(OrganizationId owner, AppId appId, DataStoreId id, DataStore.Definition definition,
			String password) {
		App app = appOf(owner, appId);
		var existing = stores.find(id);
		if (existing.isPresent() && !existing.get().appId().equals(app.id())) {
			throw RejectedException.conflict("storeId", "this id is a data store of another app");
		}
		var now = Timestamps.stored(clock.instant());
		String ciphertext = password == null && existing.isPresent() ? null : cipher.encrypt(id, password(password));
		if (existing.isPresent()) {
			DataStore replaced = new DataStore(id, owner, app.id(), definition, existing.get().createdAt(), now, null);
			stores.update(replaced, ciphertext);
			events.publishEvent(new DataStoreProvisioned(id, owner, app.id(), definition.engine(), false));
			return new Saved(replaced, false);
		}
		accounts.organization(owner).requireUnrestricted("adding a data store");
		DataStore added = new DataStore(id, owner, app.id(), definition, now, now, null);
		stores.insert(added, ciphertext);
		events.publishEvent(new DataStoreProvisioned(id, owner, app.id(), definition.engine(), true));
		return new Saved(added, true);
	}

	/**
	 * A store the customer adds on its page, in a standalone installation where no host
	 * platform provisions them.
	 */
	public DataStore add(OrganizationId owner, AppId appId, DataStore.Definition definition, String password) {
		if (!customerManaged) {
			throw RejectedException.conflict(null, PLATFORM_PROVISIONS);
		}
		return provision(owner, appId, new DataStoreId(UUID.randomUUID()), definition, password).store();
	}

	/** Whether customers add their own data stores here (DATASTORE_CUSTOMER_MANAGED). */
	public boolean customerManaged() {
		return customerManaged;
	}

	/**
	 * Removes the store of the app with its credentials; not found when it is not there.
	 */
	public void remove(OrganizationId owner, AppId appId, DataStoreId id) {
		DataStore store = get(owner, id);
		if (!store.appId().equals(appId)) {
			throw new NotFoundException("Data store");
		}
		contents.erase(id);
		stores.delete(id);
		events.publishEvent(new DataStoreRemoved(id, owner, store.appId()));
	}

	/**
	 * Removes one of the organization's stores by its id alone: staff always, the
	 * customer where it adds its own stores (elsewhere the platform would provision it
	 * again).
	 */
	public void remove(boolean byStaff, OrganizationId owner, DataStoreId id) {
		if (!byStaff && !customerManaged) {
			throw RejectedException.conflict(null, PLATFORM_PROVISIONS);
		}
		remove(owner, get(owner, id).appId(), id);
	}

	@Transactional(readOnly = true)
	public Page<DataStore> stores(OrganizationId owner, PageRequest page) {
		return stores.ofOrganization(owner, page);
	}

	@Transactional(readOnly = true)
	public DataStore get(OrganizationId owner, DataStoreId id) {
		return stores.find(id)
			.filter(store -> store.organizationId().equals(owner))
			.orElseThrow(() -> new NotFoundException("Data store"));
	}

	/**
	 * Connects to the store now, outside any transaction of ours (a slow server holds no
	 * connection of the product's database), and keeps what came of it on the store.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ConnectionCheck check(OrganizationId owner, DataStoreId id) {
		DataStore store = get(owner, id);
		String password;
		ConnectionCheck check;
		try {
			password = cipher.decrypt(id, stores.passwordCiphertext(id).orElseThrow());
			check = connector.check(store.definition(), password, Timestamps.stored(clock.instant()));
		}
		catch (IllegalStateException unreadable) {
			check = new ConnectionCheck(ConnectionCheck.Status.CREDENTIAL_UNREADABLE, null, 0,
					Timestamps.stored(clock.instant()));
		}
		stores.recordCheck(id, check);
		events.publishEvent(new DataStoreChecked(id, owner, check.status()));
		return check;
	}

	/**
	 * Queues a discovery of the store's schema, or gives the one already queued or
	 * running: the discovery job reads the catalog in the background.
	 */
	public Discovery requestDiscovery(OrganizationId owner, DataStoreId id) {
		DataStore store = get(owner, id);
		return discoveries.inProgress(store.id()).orElseGet(() -> {
			Discovery queued = new Discovery(UUID.randomUUID(), store.id(), owner, Discovery.Status.QUEUED, null,
					Timestamps.stored(clock.instant()), null, null, null, null, null, null, null);
			discoveries.queue(queued);
			events.publishEvent(new DataStoreDiscoveryRequested(store.id(), owner, queued.id()));
			return queued;
		});
	}

	@Transactional(readOnly = true)
	public Page<Discovery> discoveries(OrganizationId owner, DataStoreId id, PageRequest page) {
		return discoveries.ofStore(get(owner, id).id(), page);
	}

	@Transactional(readOnly = true)
	public Discovery discovery(OrganizationId owner, DataStoreId id, UUID discoveryId) {
		return discoveries.find(discoveryId)
			.filter(discovery -> discovery.storeId().equals(get(owner, id).id()))
			.orElseThrow(() -> new NotFoundException("Discovery"));
	}

	/** The store's latest discovery, whatever came of it. */
	@Transactional(readOnly = true)
	public Optional<Discovery> latestDiscovery(OrganizationId owner, DataStoreId id) {
		return discoveries.latest(get(owner, id).id());
	}

	/**
	 * A page of the tables of the store's latest completed discovery; none before the
	 * first.
	 */
	@Transactional(readOnly = true)
	public Optional<Snapshot> snapshot(OrganizationId owner, DataStoreId id, PageRequest page) {
		return discoveries.latestCompleted(get(owner, id).id())
			.map(discovery -> new Snapshot(discovery, snapshots.tables(discovery.id(), page)));
	}

	/**
	 * What the discovery found changed since the one before, at most {@code limit} of it.
	 */
	@Transactional(readOnly = true)
	public List<SchemaChange> changes(OrganizationId owner, DataStoreId id, UUID discoveryId, int limit) {
		return snapshots.changes(discovery(owner, id, discoveryId).id(), limit);
	}

	/**
	 * Which columns a list shows: of a category, from a confidence, only those to review.
	 */
	public record ColumnFilter(Category category, Integer minConfidence, boolean toReview) {

		public ColumnFilter {
			if (minConfidence != null && (minConfidence < 0 || minConfidence > 100)) {
				throw RejectedException.invalid("minConfidence", "must be between 0 and 100");
			}
		}
	}

	/** The store's columns with their categories, by schema, table and position. */
	@Transactional(readOnly = true)
	public Page<ColumnClassification> columns(OrganizationId owner, DataStoreId id, ColumnFilter filter,
			PageRequest page) {
		return classifications.page(get(owner, id).id(),
				new Classifications.Filter(filter.category(), filter.minConfidence(), filter.toReview()), page);
	}

	/** How many columns of the store hold each category, by the category that holds. */
	@Transactional(readOnly = true)
	public java.util.Map<Category, Long> categoryCounts(OrganizationId owner, DataStoreId id) {
		return classifications.counts(get(owner, id).id());
	}

	/**
	 * A person's decision on a column: the suggestion accepted, another category, or
	 * {@link Category#NONE} for not personal. It holds over later suggestions.
	 */
	public ColumnClassification review(OrganizationId owner, DataStoreId id, ColumnClassification.Ref column,
			Category category, io.article28.accounts.UserId by) {
		DataStore store = get(owner, id);
		if (category == null) {
			throw RejectedException.invalid("category", "choose a category, or NONE for not personal data");
		}
		ColumnClassification before = classifications.find(store.id(), column)
			.orElseThrow(() -> new NotFoundException("Column"));
		classifications.review(store.id(), column, category, by == null ? null : by.value(),
				Timestamps.stored(clock.instant()));
		events.publishEvent(new ColumnClassified(store.id(), owner, column, before.category(), category));
		return classifications.find(store.id(), column).orElseThrow();
	}

	/**
	 * The store's data map on its latest completed discovery: subjects, links, every
	 * table reached with its path, and the flags; none before the first discovery.
	 */
	@Transactional(readOnly = true)
	public Optional<DataMap> dataMap(OrganizationId owner, DataStoreId id) {
		DataStore store = get(owner, id);
		return discoveries.latestCompleted(store.id())
			.map(discovery -> DataMap.of(snapshots.catalog(discovery.id()), maps.subjects(store.id()),
					maps.links(store.id()), maps.personalTables(store.id())));
	}

	/**
	 * Declares a table that describes a person, with the columns that identify one (an
	 * e-mail, an account id…), or replaces its identity columns.
	 */
	public DataMap.Subject declareSubject(OrganizationId owner, DataStoreId id, String schema, String table,
			List<String> identityColumns) {
		DataStore store = get(owner, id);
		Catalog.Table found = table(store, schema, table, "table");
		if (identityColumns == null || identityColumns.isEmpty()) {
			throw RejectedException.invalid("identityColumns", "name at least one column that identifies a person");
		}
		for (String column : identityColumns) {
			requireColumn(found, column, "identityColumns");
		}
		DataMap.Subject subject = new DataMap.Subject(found.schema(), found.name(),
				List.copyOf(new java.util.LinkedHashSet<>(identityColumns)));
		maps.saveSubject(store.id(), subject, clock.instant());
		events.publishEvent(
				new DataMapChanged(store.id(), owner, DataMapChanged.Change.SUBJECT_DECLARED, found.qualifiedName()));
		return subject;
	}

	public void removeSubject(OrganizationId owner, DataStoreId id, String schema, String table) {
		DataStore store = get(owner, id);
		if (!maps.deleteSubject(store.id(), schema, table)) {
			throw new NotFoundException("Subject");
		}
		events.publishEvent(
				new DataMapChanged(store.id(), owner, DataMapChanged.Change.SUBJECT_REMOVED, schema + "." + table));
	}

	/**
	 * Declares that a column holds the value of another table's column where no foreign
	 * key says so (an audit log's {@code actor_email} holding {@code customers.email}).
	 */
	public DataMap.Link declareLink(OrganizationId owner, DataStoreId id, ColumnClassification.Ref from,
			ColumnClassification.Ref to) {
		DataStore store = get(owner, id);
		Catalog.Table source = table(store, from.schema(), from.table(), "table");
		requireColumn(source, from.column(), "column");
		Catalog.Table target = table(store, to.schema(), to.table(), "targetTable");
		requireColumn(target, to.column(), "targetColumn");
		DataMap.Link link = new DataMap.Link(UUID.randomUUID(), source.schema(), source.name(), from.column(),
				target.schema(), target.name(), to.column());
		maps.saveLink(store.id(), link, clock.instant());
		events.publishEvent(
				new DataMapChanged(store.id(), owner, DataMapChanged.Change.LINK_DECLARED, source.qualifiedName()));
		return link;
	}

	public void removeLink(OrganizationId owner, DataStoreId id, UUID link) {
		DataStore store = get(owner, id);
		DataMap.Link found = maps.links(store.id())
			.stream()
			.filter(candidate -> candidate.id().equals(link))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Link"));
		maps.deleteLink(store.id(), link);
		events.publishEvent(new DataMapChanged(store.id(), owner, DataMapChanged.Change.LINK_REMOVED,
				found.schema() + "." + found.table()));
	}

	/**
	 * A table of the latest snapshot; refused when the store has none or not this one.
	 */
	private Catalog.Table table(DataStore store, String schema, String table, String field) {
		Discovery latest = discoveries.latestCompleted(store.id())
			.orElseThrow(() -> RejectedException.conflict(null, "discover the store's schema first"));
		return snapshots.catalog(latest.id())
			.tables()
			.stream()
			.filter(candidate -> candidate.schema().equals(schema) && candidate.name().equals(table))
			.findFirst()
			.orElseThrow(() -> RejectedException.invalid(field, "no such table in the latest discovery"));
	}

	private static void requireColumn(Catalog.Table table, String column, String field) {
		if (table.columns().stream().noneMatch(candidate -> candidate.name().equals(column))) {
			throw RejectedException.invalid(field, "no such column in " + table.qualifiedName());
		}
	}

	private App appOf(OrganizationId owner, AppId appId) {
		return platform.app(appId)
			.filter(app -> app.organizationId().equals(owner))
			.orElseThrow(() -> new NotFoundException("App"));
	}

	private void requireAllowed(DataStore.Definition definition) {
		if (!definition.engine().networked()) {
			if (!embeddedAllowed) {
				throw RejectedException.invalid("engine",
						"the embedded engine is for the demo and the tests; use POSTGRESQL or MARIADB");
			}
			return;
		}
		boolean allowed = allowList.accepts(definition.host());
		if (!allowed) {
			throw RejectedException.invalid("host",
					"is not allowed: the installation reaches only the hosts of DATASTORE_ALLOWED_HOSTS");
		}
	}

	private static String password(String password) {
		if (password == null || password.isEmpty()) {
			throw RejectedException.invalid("password", "must be given when the data store is added");
		}
		if (password.length() > MAX_PASSWORD) {
			throw RejectedException.invalid("password", "must be at most " + MAX_PASSWORD + " characters");
		}
		return TextInput.check("password", password);
	}

}
