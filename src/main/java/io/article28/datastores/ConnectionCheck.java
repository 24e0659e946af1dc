package io.article28.datastores;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of connecting to a data store: its status, the server's product and version
 * when it answered, and how long it took. Never the driver's own message, which may carry
 * a host, a user or a value.
 */
public record ConnectionCheck(Status status, String serverVersion, long millis, Instant checkedAt) {

	public ConnectionCheck {
		Objects.requireNonNull(status);
		Objects.requireNonNull(checkedAt);
	}

	/** What a connection attempt came to, each with what it means for the customer. */
	public enum Status {

		CONNECTED("connected"),

		AUTHENTICATION_FAILED("authentication failed: the user or the password is wrong"),

		DATABASE_NOT_FOUND("the database does not exist or the user may not open it"),

		HOST_NOT_ALLOWED("host not allowed: the address is not in DATASTORE_ALLOWED_HOSTS"),

		HOST_UNKNOWN("the host name does not resolve"),

		UNREACHABLE("unreachable: nothing accepts connections at this host and port"),

		TIMED_OUT("timed out: the server did not answer in time"),

		TLS_FAILED("the encrypted connection failed (TLS mode, or the server's certificate)"),

		CREDENTIAL_UNREADABLE("the stored password does not open with the configured key: provision it again"),

		FAILED("the connection failed");

		private final String description;

		Status(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}

	}

	public boolean connected() {
		return status == Status.CONNECTED;
	}

}
