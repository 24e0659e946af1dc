package io.article28.datastores;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLException;

import org.springframework.stereotype.Component;

import io.article28.datastores.ConnectionCheck.Status;

/**
 * Opens a connection to a data store: the host resolved and checked against the
 * allow-list first, every time, then the engine's driver with its timeouts, TLS and a
 * read-only session (a writing one only for a confirmed plan). Where TLS does not check
 * the host name against a certificate, the driver is given the address just checked
 * rather than the name, so that a second resolution cannot lead elsewhere. A failure
 * becomes a {@link ConnectionRefused} with its meaning; the driver's message, which may
 * name the host, the user or a value, goes nowhere.
 */
@Component
class StoreConnector {

	private final Map<Engine, Dialect> dialects = new EnumMap<>(Engine.class);

	private final HostAllowList allowList;

	private final Timeouts timeouts;

	StoreConnector(List<Dialect> dialects, HostAllowList allowList, Timeouts timeouts) {
		dialects.forEach(dialect -> this.dialects.put(dialect.engine(), dialect));
		this.allowList = allowList;
		this.timeouts = timeouts;
	}

	/** A read-only session. */
	Connection open(DataStore.Definition store, String password) throws ConnectionRefused {
		return open(store, password, SessionMode.READ);
	}

	Connection open(DataStore.Definition store, String password, SessionMode mode) throws ConnectionRefused {
		Dialect dialect = dialects.get(store.engine());
		String host = null;
		if (store.engine().networked()) {
			InetAddress address = allowList.resolve(store.host());
			host = store.tlsMode() == TlsMode.VERIFY_FULL ? store.host() : Dialect.urlHost(address);
		}
		String url = dialect.url(store, host);
		try {
			Driver driver = DriverManager.getDriver(url);
			Connection connection = driver.connect(url, dialect.properties(store, password, timeouts, mode));
			try {
				dialect.prepare(connection, timeouts, mode);
				if (store.engine().networked()) {
					connection.setNetworkTimeout(Runnable::run, (int) timeouts.socket().toMillis());
				}
				return connection;
			}
			catch (SQLException | RuntimeException ex) {
				connection.close();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new ConnectionRefused(meaning(ex, dialect, store));
		}
	}

	/**
	 * Connects once, apart from any pool, and says what came of it: the server's product
	 * and version, and the time it took.
	 */
	ConnectionCheck check(DataStore.Definition store, String password, Instant now) {
		long start = System.nanoTime();
		try (Connection connection = open(store, password)) {
			DatabaseMetaData metadata = connection.getMetaData();
			String version = metadata.getDatabaseProductName() + " " + metadata.getDatabaseProductVersion();
			return new ConnectionCheck(Status.CONNECTED, version.length() > 200 ? version.substring(0, 200) : version,
					elapsedMillis(start), now);
		}
		catch (ConnectionRefused refused) {
			return new ConnectionCheck(refused.status(), null, elapsedMillis(start), now);
		}
		catch (SQLException ex) {
			return new ConnectionCheck(meaning(ex, dialects.get(store.engine()), store), null, elapsedMillis(start),
					now);
		}
	}

	/** What a failure of work on the store means, for the customer. */
	Status meaningOf(SQLException error, DataStore.Definition store) {
		return meaning(error, dialects.get(store.engine()), store);
	}

	Dialect dialect(Engine engine) {
		return dialects.get(engine);
	}

	private static long elapsedMillis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/**
	 * The first cause in the chain whose meaning is known, from the engine or the
	 * network.
	 */
	private static Status meaning(Throwable error, Dialect dialect, DataStore.Definition store) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			Status status = meaningOf(cause, dialect, store);
			if (status != null) {
				return status;
			}
		}
		return Status.FAILED;
	}

	private static Status meaningOf(Throwable cause, Dialect dialect, DataStore.Definition store) {
		if (cause instanceof ConnectionRefused refused) {
			return refused.status();
		}
		if (cause instanceof UnknownHostException) {
			return Status.HOST_UNKNOWN;
		}
		if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			return Status.UNREACHABLE;
		}
		if (cause instanceof SocketTimeoutException || cause instanceof SQLTimeoutException) {
			return Status.TIMED_OUT;
		}
		if (cause instanceof SSLException) {
			return Status.TLS_FAILED;
		}
		return cause instanceof SQLException sql ? dialect.classify(sql, store) : null;
	}

}
