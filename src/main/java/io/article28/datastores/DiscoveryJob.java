package io.article28.datastores;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Runs the queued discoveries: reads the store's catalog and a sample of each table
 * through its pool, in one read-only transaction, keeps the snapshot and the columns'
 * suggested categories (never the sample), compares it with the one before, and says what
 * came of it. The discovery's row is the work item (a conditional update claims it;
 * db-scheduler runs the task on one instance at a time); one whose worker stopped beating
 * for {@link #STALE} is claimed again. Only the two latest completed snapshots of a store
 * keep their contents.
 */
@Configuration(proxyBeanMethods = false)
class DiscoveryJob {

	static final Duration STALE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(DiscoveryJob.class);

	private final Discoveries discoveries;

	private final Snapshots snapshots;

	private final DataStores stores;

	private final CredentialCipher cipher;

	private final DataStorePools pools;

	private final StoreConnector connector;

	private final ColumnClassifier classifier;

	private final Classifications classifications;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DiscoveryJob(Discoveries discoveries, Snapshots snapshots, DataStores stores, CredentialCipher cipher,
			DataStorePools pools, StoreConnector connector, ColumnClassifier classifier,
			Classifications classifications, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.discoveries = discoveries;
		this.snapshots = snapshots;
		this.stores = stores;
		this.cipher = cipher;
		this.pools = pools;
		this.connector = connector;
		this.classifier = classifier;
		this.classifications = classifications;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> dataStoreDiscoveryTask() {
		return Tasks.recurring("datastore-discoveries", Schedules.fixedDelay(Duration.ofSeconds(5)))
			.execute((instance, context) -> discoverQueued());
	}

	/**
	 * Runs every discovery waiting now, one after the other; returns how many completed.
	 */
	int discoverQueued() {
		int completed = 0;
		for (UUID id : discoveries.claimable(clock.instant().minus(STALE), 10)) {
			if (discoveries.claim(id, clock.instant(), clock.instant().minus(STALE))
					&& discover(discoveries.find(id).orElseThrow())) {
				completed++;
			}
		}
		return completed;
	}

	private boolean discover(Discovery discovery) {
		Optional<DataStore> found = stores.find(discovery.storeId());
		if (found.isEmpty()) {
			return false;
		}
		DataStore store = found.get();
		Read read;
		try {
			String password = cipher.decrypt(store.id(), stores.passwordCiphertext(store.id()).orElseThrow());
			Dialect dialect = connector.dialect(store.definition().engine());
			read = pools.read(store, password, connection -> {
				discoveries.step(discovery.id(), Discovery.Step.READING_CATALOG, clock.instant());
				long start = System.nanoTime();
				Catalog.Builder builder = new Catalog.Builder();
				dialect.readCatalog(connection, builder);
				Catalog catalogRead = builder.build();
				long catalogDone = System.nanoTime();
				discoveries.step(discovery.id(), Discovery.Step.SAMPLING, clock.instant());
				ColumnClassifier.Classified classified = classifier.classify(catalogRead, connection, dialect);
				long sampled = System.nanoTime();
				// durations and counts only: what the benchmark reads
				// (bench/discovery.sh)
				log.info("Discovery {} of data store {}: catalog read in {} ms, sampling in {} ms ({} rows read)",
						discovery.id(), store.id(), (catalogDone - start) / 1_000_000,
						(sampled - catalogDone) / 1_000_000, classified.rowsRead());
				return new Read(catalogRead, classified.suggestions());
			});
		}
		catch (IllegalStateException unreadable) {
			return failed(discovery, ConnectionCheck.Status.CREDENTIAL_UNREADABLE);
		}
		catch (SQLException ex) {
			return failed(discovery, connector.meaningOf(ex, store.definition()));
		}
		Catalog catalog = read.catalog();
		discoveries.step(discovery.id(), Discovery.Step.SAVING, clock.instant());
		Boolean saved = transactions.execute(status -> {
			Optional<Discovery> previous = discoveries.latestCompleted(store.id());
			snapshots.save(discovery.id(), catalog);
			Discovery.Changes changes = previous.map(before -> snapshots.compare(before.id(), discovery.id()))
				.orElse(null);
			if (!discoveries.complete(discovery.id(), catalog.tables().size(), catalog.columnCount(),
					previous.map(Discovery::id).orElse(null), changes, clock.instant())) {
				status.setRollbackOnly();
				return false;
			}
			List<UUID> kept = new ArrayList<>(List.of(discovery.id()));
			previous.ifPresent(before -> kept.add(before.id()));
			snapshots.keepOnly(store.id(), kept);
			classifications.merge(store.id(), discovery.id(), read.suggestions());
			events.publishEvent(new DataStoreDiscovered(store.id(), store.organizationId(), discovery.id(),
					catalog.tables().size(), catalog.columnCount(), changes));
			return true;
		});
		log.info("Discovery {} of data store {}: {} tables, {} columns", discovery.id(), store.id(),
				catalog.tables().size(), catalog.columnCount());
		return Boolean.TRUE.equals(saved);
	}

	/**
	 * What one read-only transaction on the store gave: the catalog and the suggestions.
	 */
	private record Read(Catalog catalog, Map<ColumnClassification.Ref, Suggestion> suggestions) {
	}

	private boolean failed(Discovery discovery, ConnectionCheck.Status why) {
		transactions.executeWithoutResult(status -> {
			discoveries.fail(discovery.id(), why, clock.instant());
			events.publishEvent(
					new DataStoreDiscoveryFailed(discovery.storeId(), discovery.organizationId(), discovery.id(), why));
		});
		log.info("Discovery {} of data store {} failed: {}", discovery.id(), discovery.storeId(), why);
		return false;
	}

}
