package io.article28.datastores;

/**
 * How a connection to a data store is encrypted: not at all (a database on the same
 * private network), encrypted without checking the server's certificate, or encrypted
 * with the certificate checked against the JVM's trusted authorities and the host name.
 */
public enum TlsMode {

	DISABLE, REQUIRE, VERIFY_FULL

}
