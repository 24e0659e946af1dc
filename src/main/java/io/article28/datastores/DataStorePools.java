package io.article28.datastores;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A small pool per data store, made when the store is first needed: at most
 * {@link #MAX_CONNECTIONS} connections, each made by the {@link StoreConnector} (the host
 * checked again, read-only, with the timeouts), closed after {@link #IDLE} without use; a
 * pool unused for {@link #UNUSED} is closed whole, and a store's pool goes when the store
 * is replaced or removed. Every unit of work is one read-only transaction, rolled back.
 */
@Component
class DataStorePools implements DisposableBean {

	static final int MAX_CONNECTIONS = 2;

	static final Duration IDLE = Duration.ofSeconds(30);

	static final Duration UNUSED = Duration.ofMinutes(10);

	@FunctionalInterface
	interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

	private record Pool(HikariDataSource dataSource, Instant version, Instant lastUsed) {

		Pool used(Instant now) {
			return new Pool(dataSource, version, now);
		}

	}

	private final Map<DataStoreId, Pool> pools = new ConcurrentHashMap<>();

	private final StoreConnector connector;

	private final Timeouts timeouts;

	private final Clock clock;

	DataStorePools(StoreConnector connector, Timeouts timeouts, Clock clock) {
		this.connector = connector;
		this.timeouts = timeouts;
		this.clock = clock;
	}

	/**
	 * Runs the work on a connection of the store's pool, in one read-only transaction; a
	 * connection that cannot be made is refused with what it came to.
	 */
	<T> T read(DataStore store, String password, Work<T> work) throws SQLException {
		closeUnused();
		Instant now = clock.instant();
		Pool pool = pools.compute(store.id(), (id, existing) -> {
			if (existing != null && existing.version().equals(store.updatedAt())) {
				return existing.used(now);
			}
			if (existing != null) {
				existing.dataSource().close();
			}
			return new Pool(open(store, password), store.updatedAt(), now);
		});
		try (Connection connection = pool.dataSource().getConnection()) {
			try {
				return work.run(connection);
			}
			finally {
				connection.rollback();
			}
		}
	}

	/** Whether the store has a pool open now. */
	boolean isOpen(DataStoreId store) {
		return pools.containsKey(store);
	}

	@EventListener
	void on(DataStoreProvisioned event) {
		close(event.storeId());
	}

	@EventListener
	void on(DataStoreRemoved event) {
		close(event.storeId());
	}

	void close(DataStoreId store) {
		Pool pool = pools.remove(store);
		if (pool != null) {
			pool.dataSource().close();
		}
	}

	@Override
	public void destroy() {
		pools.keySet().forEach(this::close);
	}

	private void closeUnused() {
		Instant cutoff = clock.instant().minus(UNUSED);
		pools.forEach((store, pool) -> {
			if (pool.lastUsed().isBefore(cutoff) && pools.remove(store, pool)) {
				pool.dataSource().close();
			}
		});
	}

	private HikariDataSource open(DataStore store, String password) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("datastore-" + store.id().toString().substring(0, 8));
		config.setDataSource(new Connecting(store.definition(), password));
		config.setMaximumPoolSize(MAX_CONNECTIONS);
		config.setMinimumIdle(0);
		config.setIdleTimeout(IDLE.toMillis());
		config.setMaxLifetime(Duration.ofMinutes(10).toMillis());
		config.setConnectionTimeout(timeouts.connect().plusSeconds(1).toMillis());
		config.setValidationTimeout(Math.min(5_000, timeouts.connect().toMillis()));
		// the pool connects when work needs it, never at its start
		config.setInitializationFailTimeout(-1);
		config.setAutoCommit(false);
		config.setReadOnly(true);
		return new HikariDataSource(config);
	}

	/** The pool's source of new connections: each one through the connector. */
	private final class Connecting implements DataSource {

		private final DataStore.Definition store;

		private final String password;

		Connecting(DataStore.Definition store, String password) {
			this.store = store;
			this.password = password;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connector.open(store, password);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			throw new SQLFeatureNotSupportedException("a data store signs in as its own user");
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
