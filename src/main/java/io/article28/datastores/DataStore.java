package io.article28.datastores;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import io.article28.accounts.OrganizationId;
import io.article28.core.AddressBlock;
import io.article28.core.Fields;
import io.article28.core.RejectedException;
import io.article28.platform.AppId;

/**
 * A database an app of the organization uses, as the platform provisioned it: where it is
 * and how to sign in to it. Its password is kept encrypted beside it and never leaves
 * this module in clear; the last connection check says whether it can be reached.
 */
public record DataStore(DataStoreId id, OrganizationId organizationId, AppId appId, Definition definition,
		Instant createdAt, Instant updatedAt, ConnectionCheck lastCheck) {

	public DataStore {
		Objects.requireNonNull(id);
		Objects.requireNonNull(organizationId);
		Objects.requireNonNull(appId);
		Objects.requireNonNull(definition);
		Objects.requireNonNull(createdAt);
		Objects.requireNonNull(updatedAt);
	}

	/**
	 * What the platform says of a store, each part checked: a label, the engine, the host
	 * and port (none for the embedded engine), the database, the user, and how the
	 * connection is encrypted.
	 */
	public record Definition(String label, Engine engine, String host, int port, String database, String username,
			TlsMode tlsMode) {

		public static final int MAX_LABEL = 100;

		public static final int MAX_HOST = 253;

		public static final int MAX_NAME = 63;

		private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

		/**
		 * Names that go into a connection URL: nothing that could add a parameter to it.
		 */
		private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_$-]{1," + MAX_NAME + "}");

		private static final Pattern EMBEDDED_DATABASE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

		private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@$-]{1," + MAX_NAME + "}");

		public Definition {
			label = Fields.line("label", label, MAX_LABEL);
			if (engine == null) {
				throw RejectedException.invalid("engine", "must be one of POSTGRESQL, MARIADB");
			}
			if (engine.networked()) {
				host = host(host);
				if (port == 0) {
					port = engine.defaultPort();
				}
				if (port < 1 || port > 65535) {
					throw RejectedException.invalid("port", "must be between 1 and 65535");
				}
				tlsMode = tlsMode == null ? TlsMode.REQUIRE : tlsMode;
				database = Fields.matching("database", database, DATABASE,
						"letters, digits, '_', '$' and '-', at most " + MAX_NAME + " characters");
			}
			else {
				host = null;
				port = 0;
				tlsMode = TlsMode.DISABLE;
				database = Fields.matching("database", database, EMBEDDED_DATABASE,
						"lower-case letters, digits, '_' and '-', at most " + MAX_NAME + " characters");
			}
			username = Fields.matching("username", username, USERNAME,
					"letters, digits and '_', '.', '@', '$', '-', at most " + MAX_NAME + " characters");
		}

		/**
		 * A host name (one label or more, DNS rules, lower-cased) or an IP address
		 * literal.
		 */
		private static String host(String written) {
			String host = Fields.required("host", written, MAX_HOST).toLowerCase(Locale.ROOT);
			if (AddressBlock.isWritten(host)) {
				try {
					AddressBlock block = AddressBlock.of(host);
					if (host.contains("/") || block.bits() != block.prefix().length * 8) {
						throw new IllegalArgumentException(host);
					}
					return host;
				}
				catch (IllegalArgumentException ex) {
					throw RejectedException.invalid("host", "is neither a host name nor an IP address");
				}
			}
			String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
			for (String label : name.split("\\.", -1)) {
				if (!HOST_LABEL.matcher(label).matches()) {
					throw RejectedException.invalid("host",
							"must be a host name (letters, digits and inner dashes in labels of at most 63 "
									+ "characters, separated by dots) or an IP address");
				}
			}
			return name;
		}

		/** Where the store is, for people: {@code host:port/database}, no secret. */
		public String address() {
			return engine.networked() ? host + ":" + port + "/" + database : database;
		}

	}

}
