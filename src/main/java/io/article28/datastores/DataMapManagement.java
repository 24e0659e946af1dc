package io.article28.datastores;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.NotFoundException;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.core.Timestamps;

/**
 * The data map of the organizations' stores: their discoveries and snapshots, their
 * columns' categories and the people's reviews of them, the subjects and links declared
 * and the paths they give. Each use starts from a store of the organization
 * ({@link DataStoreManagement#get}).
 */
@Service
@Transactional
public class DataMapManagement {

	/** A page of the tables a completed discovery found. */
	public record Snapshot(Discovery discovery, Page<Catalog.Table> tables) {
	}

	private final DataStoreManagement dataStores;

	private final Discoveries discoveries;

	private final Snapshots snapshots;

	private final Classifications classifications;

	private final DataMaps maps;

	private final Inventories inventories;

	private final ErasureRules erasureRules;

	private final RestrictionColumns restrictionColumns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DataMapManagement(DataStoreManagement dataStores, Discoveries discoveries, Snapshots snapshots,
			Classifications classifications, DataMaps maps, Inventories inventories, ErasureRules erasureRules,
			RestrictionColumns restrictionColumns, ApplicationEventPublisher events, Clock clock) {
		this.erasureRules = erasureRules;
		this.restrictionColumns = restrictionColumns;
		this.inventories = inventories;
		this.dataStores = dataStores;
		this.discoveries = discoveries;
		this.snapshots = snapshots;
		this.classifications = classifications;
		this.maps = maps;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues a discovery of the store's schema, or gives the one already queued or
	 * running: the discovery job reads the catalog in the background.
	 */
	public Discovery requestDiscovery(OrganizationId owner, DataStoreId id) {
		DataStore store = dataStores.get(owner, id);
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
		return discoveries.ofStore(dataStores.get(owner, id).id(), page);
	}

	@Transactional(readOnly = true)
	public Discovery discovery(OrganizationId owner, DataStoreId id, UUID discoveryId) {
		return discoveries.find(discoveryId)
			.filter(discovery -> discovery.storeId().equals(dataStores.get(owner, id).id()))
			.orElseThrow(() -> new NotFoundException("Discovery"));
	}

	/** The store's latest discovery, whatever came of it. */
	@Transactional(readOnly = true)
	public Optional<Discovery> latestDiscovery(OrganizationId owner, DataStoreId id) {
		return discoveries.latest(dataStores.get(owner, id).id());
	}

	/**
	 * A page of the tables of the store's latest completed discovery; none before the
	 * first.
	 */
	@Transactional(readOnly = true)
	public Optional<Snapshot> snapshot(OrganizationId owner, DataStoreId id, PageRequest page) {
		return discoveries.latestCompleted(dataStores.get(owner, id).id())
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
		return classifications.page(dataStores.get(owner, id).id(),
				new Classifications.Filter(filter.category(), filter.minConfidence(), filter.toReview()), page);
	}

	/** How many columns of the store hold each category, by the category that holds. */
	@Transactional(readOnly = true)
	public Map<Category, Long> categoryCounts(OrganizationId owner, DataStoreId id) {
		return classifications.counts(dataStores.get(owner, id).id());
	}

	/**
	 * A person's decision on a column: the suggestion accepted, another category, or
	 * {@link Category#NONE} for not personal. It holds over later suggestions.
	 */
	public ColumnClassification review(OrganizationId owner, DataStoreId id, ColumnClassification.Ref column,
			Category category, UserId by) {
		DataStore store = dataStores.get(owner, id);
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
		DataStore store = dataStores.get(owner, id);
		return discoveries.latestCompleted(store.id())
			.map(discovery -> DataMap.of(snapshots.catalog(discovery.id()), maps.subjects(store.id()),
					maps.links(store.id()), maps.personalTables(store.id())));
	}

	/**
	 * What a search for a person in the store follows: its data map on the latest
	 * completed discovery, with the tables on the paths and their personal columns; none
	 * before the first discovery.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonMap> personMap(OrganizationId owner, DataStoreId id) {
		DataStore store = dataStores.get(owner, id);
		return discoveries.latestCompleted(store.id()).map(discovery -> {
			Catalog catalog = snapshots.catalog(discovery.id());
			DataMap map = DataMap.of(catalog, maps.subjects(store.id()), maps.links(store.id()),
					maps.personalTables(store.id()));
			Map<String, Catalog.Table> tables = new java.util.HashMap<>();
			catalog.tables().forEach(table -> tables.put(table.qualifiedName(), table));
			java.util.Set<String> onPaths = new java.util.HashSet<>();
			map.reached().forEach(reach -> {
				onPaths.add(reach.qualifiedName());
				reach.path().forEach(hop -> {
					onPaths.add(hop.table());
					onPaths.add(hop.toTable());
				});
			});
			tables.keySet().retainAll(onPaths);
			return new PersonMap(store, discovery, map, tables, classifications.personal(store.id()));
		});
	}

	/**
	 * What the stores of these organizations hold (categories, subjects, approximate
	 * people), by organization, label and id: for the register of processing and the
	 * account export.
	 */
	@Transactional(readOnly = true)
	public List<StoreInventory> inventories(Collection<OrganizationId> organizations) {
		return organizations.isEmpty() ? List.of() : inventories.ofOrganizations(organizations);
	}

	/**
	 * What these stores hold, those of them that exist, whichever organization they
	 * belong to: for the provider's staff naming the stores a breach touches.
	 */
	@Transactional(readOnly = true)
	public List<StoreInventory> inventoriesOf(Collection<DataStoreId> stores) {
		return stores.isEmpty() ? List.of() : inventories.ofStores(stores);
	}

	/**
	 * Declares a table that describes a person, with the columns that identify one (an
	 * e-mail, an account id…), or replaces its identity columns.
	 */
	public DataMap.Subject declareSubject(OrganizationId owner, DataStoreId id, String schema, String table,
			List<String> identityColumns) {
		return declareSubject(owner, id, schema, table, identityColumns, EmailMatch.IGNORE_CASE);
	}

	/**
	 * Declares a table that describes a person, with its identity columns and how the
	 * e-mail addresses in them compare, or replaces both.
	 */
	public DataMap.Subject declareSubject(OrganizationId owner, DataStoreId id, String schema, String table,
			List<String> identityColumns, EmailMatch emailMatch) {
		DataStore store = dataStores.get(owner, id);
		Catalog.Table found = table(store, schema, table, "table");
		if (identityColumns == null || identityColumns.isEmpty()) {
			throw RejectedException.invalid("identityColumns", "name at least one column that identifies a person");
		}
		for (String column : identityColumns) {
			requireColumn(found, column, "identityColumns");
		}
		DataMap.Subject subject = new DataMap.Subject(found.schema(), found.name(),
				List.copyOf(new LinkedHashSet<>(identityColumns)), emailMatch);
		maps.saveSubject(store.id(), subject, clock.instant());
		events.publishEvent(
				new DataMapChanged(store.id(), owner, DataMapChanged.Change.SUBJECT_DECLARED, found.qualifiedName()));
		return subject;
	}

	public void removeSubject(OrganizationId owner, DataStoreId id, String schema, String table) {
		DataStore store = dataStores.get(owner, id);
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
		DataStore store = dataStores.get(owner, id);
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
		DataStore store = dataStores.get(owner, id);
		DataMap.Link found = maps.links(store.id())
			.stream()
			.filter(candidate -> candidate.id().equals(link))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Link"));
		maps.deleteLink(store.id(), link);
		events.publishEvent(new DataMapChanged(store.id(), owner, DataMapChanged.Change.LINK_REMOVED,
				found.schema() + "." + found.table()));
	}

	/** The erasure rules the customer gave the store's tables, by schema and table. */
	@Transactional(readOnly = true)
	public List<ErasureRule> erasureRules(OrganizationId owner, DataStoreId id) {
		return erasureRules.of(dataStores.get(owner, id).id());
	}

	/**
	 * Says what erasing a person does to a table of the latest discovery, or replaces
	 * what it said: every column it names must be the table's.
	 */
	public ErasureRule setErasureRule(OrganizationId owner, DataStoreId id, ErasureRule rule) {
		DataStore store = dataStores.get(owner, id);
		Catalog.Table found = table(store, rule.schema(), rule.table(), "table");
		for (ErasureRule.ColumnRule column : rule.columns()) {
			requireColumn(found, column.column(), "columns");
		}
		ErasureRule saved = new ErasureRule(found.schema(), found.name(), rule.action(), rule.reason(), rule.columns());
		erasureRules.save(store.id(), saved, clock.instant());
		events.publishEvent(
				new DataMapChanged(store.id(), owner, DataMapChanged.Change.ERASURE_RULE_SET, found.qualifiedName()));
		return saved;
	}

	/** Forgets a table's erasure rule: its person's rows are deleted again. */
	public void removeErasureRule(OrganizationId owner, DataStoreId id, String schema, String table) {
		DataStore store = dataStores.get(owner, id);
		if (!erasureRules.delete(store.id(), schema, table)) {
			throw new NotFoundException("Erasure rule");
		}
		events.publishEvent(new DataMapChanged(store.id(), owner, DataMapChanged.Change.ERASURE_RULE_REMOVED,
				schema + "." + table));
	}

	/**
	 * The columns that mark a person's rows as restricted, by table, with the kind their
	 * type gives them in the latest discovery (a column whose type no longer marks
	 * anything is left out).
	 */
	@Transactional(readOnly = true)
	public List<RestrictionColumn> restrictionColumns(OrganizationId owner, DataStoreId id) {
		DataStore store = dataStores.get(owner, id);
		Optional<Discovery> latest = discoveries.latestCompleted(store.id());
		List<RestrictionColumn> columns = new java.util.ArrayList<>();
		for (RestrictionColumns.Names names : restrictionColumns.of(store.id())) {
			latest.flatMap(discovery -> snapshots.table(discovery.id(), names.schema(), names.table()))
				.flatMap(table -> table.columns()
					.stream()
					.filter(column -> column.name().equals(names.column()))
					.findFirst())
				.map(column -> RestrictionColumn.kindOf(column.type()))
				.ifPresent(kind -> columns
					.add(new RestrictionColumn(names.schema(), names.table(), names.column(), kind)));
		}
		return columns;
	}

	/**
	 * Names the column of a table of the latest discovery that marks a person's rows as
	 * restricted: a boolean, or a timestamp or a date.
	 */
	public RestrictionColumn setRestrictionColumn(OrganizationId owner, DataStoreId id, String schema, String table,
			String column) {
		DataStore store = dataStores.get(owner, id);
		Catalog.Table found = table(store, schema, table, "table");
		Catalog.Column named = found.columns()
			.stream()
			.filter(candidate -> candidate.name().equals(column))
			.findFirst()
			.orElseThrow(() -> RejectedException.invalid("column", "no such column in " + found.qualifiedName()));
		RestrictionColumn.Kind kind = RestrictionColumn.kindOf(named.type());
		if (kind == null) {
			throw RejectedException.invalid("column", named.name() + " is " + named.type()
					+ ": a restriction column is a boolean, a timestamp or a date");
		}
		RestrictionColumn saved = new RestrictionColumn(found.schema(), found.name(), named.name(), kind);
		restrictionColumns.save(store.id(), saved, clock.instant());
		events.publishEvent(new DataMapChanged(store.id(), owner, DataMapChanged.Change.RESTRICTION_COLUMN_SET,
				found.qualifiedName()));
		return saved;
	}

	public void removeRestrictionColumn(OrganizationId owner, DataStoreId id, String schema, String table) {
		DataStore store = dataStores.get(owner, id);
		if (!restrictionColumns.delete(store.id(), schema, table)) {
			throw new NotFoundException("Restriction column");
		}
		events.publishEvent(new DataMapChanged(store.id(), owner, DataMapChanged.Change.RESTRICTION_COLUMN_REMOVED,
				schema + "." + table));
	}

	/**
	 * A table of the latest snapshot; refused when the store has none or not this one.
	 */
	private Catalog.Table table(DataStore store, String schema, String table, String field) {
		Discovery latest = discoveries.latestCompleted(store.id())
			.orElseThrow(() -> RejectedException.conflict(null, "discover the store's schema first"));
		return snapshots.table(latest.id(), schema, table)
			.orElseThrow(() -> RejectedException.invalid(field, "no such table in the latest discovery"));
	}

	private static void requireColumn(Catalog.Table table, String column, String field) {
		if (table.columns().stream().noneMatch(candidate -> candidate.name().equals(column))) {
			throw RejectedException.invalid(field, "no such column in " + table.qualifiedName());
		}
	}

}
