package io.article28.datastores;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
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

	public static final int MAX_PASSWORD = 200;

	private static final String PLATFORM_PROVISIONS = "the host platform provisions the data stores of this "
			+ "installation: ask its support";

	private final DataStores stores;

	private final StoreContents contents;

	private final CredentialCipher cipher;

	private final HostAllowList allowList;

	private final StoreConnector connector;

	private final DataStorePools pools;

	private final PlatformManagement platform;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final boolean embeddedAllowed;

	private final boolean customerManaged;

	DataStoreManagement(DataStores stores, StoreContents contents, CredentialCipher cipher, HostAllowList allowList,
			StoreConnector connector, DataStorePools pools, PlatformManagement platform, AccountManagement accounts,
			ApplicationEventPublisher events, Clock clock,
			@Value("${article28.datastores.embedded-allowed:false}") boolean embeddedAllowed,
			@Value("${article28.datastores.customer-managed:false}") boolean customerManaged) {
		this.stores = stores;
		this.contents = contents;
		this.cipher = cipher;
		this.allowList = allowList;
		this.connector = connector;
		this.pools = pools;
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
		App app = platform.appOf(owner, appId);
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

	/** The stores of one of the organization's apps, by label: an app has a few. */
	@Transactional(readOnly = true)
	public List<DataStore> stores(OrganizationId owner, AppId app) {
		return stores.ofApp(owner, app);
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
	 * Runs the work on the store in one read-only transaction with the statement timeout,
	 * outside any transaction of ours, then rolls it back. A store that cannot be
	 * reached, or a statement that fails, is refused with what it came to and never with
	 * what the driver said, which may quote a value.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public <T> T read(OrganizationId owner, DataStoreId id, StoreSession.Work<T> work) {
		DataStore store = get(owner, id);
		String password = password(store);
		Dialect dialect = connector.dialect(store.definition().engine());
		byte[] key = cipher.pseudonymKey(owner);
		try {
			return pools.read(store, password, connection -> work.run(new StoreSession(connection, dialect, key)));
		}
		catch (SQLException ex) {
			throw unavailable(store, ex);
		}
	}

	/**
	 * Runs the work on the store in one transaction that may write, on a connection of
	 * its own, and commits it when the work returns; anything the work throws rolls the
	 * whole transaction back. Only a plan the customer confirmed writes: the caller sees
	 * to it. Refused as {@link #read} is.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public <T> T write(OrganizationId owner, DataStoreId id, StoreSession.Work<T> work) {
		DataStore store = get(owner, id);
		String password = password(store);
		Dialect dialect = connector.dialect(store.definition().engine());
		try (Connection connection = connector.open(store.definition(), password, SessionMode.WRITE)) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(new StoreSession(connection, dialect, cipher.pseudonymKey(owner)));
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				try {
					connection.rollback();
				}
				catch (SQLException ignored) {
					// closing the connection ends the transaction without its changes
				}
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw unavailable(store, ex);
		}
	}

	private String password(DataStore store) {
		try {
			return cipher.decrypt(store.id(), stores.passwordCiphertext(store.id()).orElseThrow());
		}
		catch (IllegalStateException | java.util.NoSuchElementException unreadable) {
			throw new StoreUnavailable(ConnectionCheck.Status.CREDENTIAL_UNREADABLE,
					ConnectionCheck.Status.CREDENTIAL_UNREADABLE.description());
		}
	}

	private StoreUnavailable unavailable(DataStore store, SQLException ex) {
		ConnectionCheck.Status status = connector.meaningOf(ex, store.definition());
		return new StoreUnavailable(status, status == ConnectionCheck.Status.FAILED && ex.getSQLState() != null
				? "a statement failed (SQL state " + ex.getSQLState() + ")" : status.description());
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
