package io.article28.datastores;

/**
 * The database engine of a data store. MariaDB speaks the MySQL protocol, so a MySQL 8
 * server is a {@link #MARIADB} store too. {@link #EMBEDDED} is a database file of the
 * data directory (H2 in PostgreSQL mode), for the demo and the tests only.
 */
public enum Engine {

	POSTGRESQL(5432), MARIADB(3306), EMBEDDED(0);

	private final int defaultPort;

	Engine(int defaultPort) {
		this.defaultPort = defaultPort;
	}

	public int defaultPort() {
		return defaultPort;
	}

	/** Whether the store is reached over the network, at a host and a port. */
	public boolean networked() {
		return this != EMBEDDED;
	}

}
