package io.article28.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.article28.accounts.UserId;
import io.article28.core.Digests;
import io.article28.core.Fields;
import io.article28.core.GoneException;
import io.article28.core.RejectedException;

/**
 * A read-only access to the register of processing and the breach register given to a
 * named supervisory authority: open until it expires or is revoked. Its secret token is
 * handed out once at issue; only its SHA-256 digest is kept, so a copy of the database
 * opens nothing.
 */
public class AuthorityAccess {

	/** The longest an access may be given for: an inquiry, not a standing door. */
	public static final Duration MAX_VALIDITY = Duration.ofDays(90);

	public static final int MAX_AUTHORITY = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new access with the only copy of its token. */
	public record Issued(AuthorityAccess access, String token) {
	}

	private final UUID id;

	private final String authority;

	private final Instant issuedAt;

	private final UserId issuedBy;

	private final Instant expiresAt;

	private final String tokenDigest;

	private Instant revokedAt;

	private UserId revokedBy;

	AuthorityAccess(UUID id, String authority, Instant issuedAt, UserId issuedBy, Instant expiresAt, String tokenDigest,
			Instant revokedAt, UserId revokedBy) {
		this.id = id;
		this.authority = authority;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.expiresAt = expiresAt;
		this.tokenDigest = tokenDigest;
		this.revokedAt = revokedAt;
		this.revokedBy = revokedBy;
	}

	/**
	 * Issues an access for {@code authority} until {@code expiresAt}, which must be in
	 * the future and no further than {@link #MAX_VALIDITY} from {@code now}.
	 */
	public static Issued issue(String authority, Instant expiresAt, UserId by, Instant now) {
		String name = Fields.line("authority", authority, MAX_AUTHORITY);
		if (expiresAt == null) {
			throw RejectedException.invalid("expiresAt", "is required");
		}
		if (!expiresAt.isAfter(now)) {
			throw RejectedException.invalid("expiresAt", "must be in the future");
		}
		if (expiresAt.isAfter(now.plus(MAX_VALIDITY))) {
			throw RejectedException.invalid("expiresAt", "must be at most " + MAX_VALIDITY.toDays() + " days from now");
		}
		String token = generateToken();
		return new Issued(new AuthorityAccess(UUID.randomUUID(), name, now, by, expiresAt, digest(token), null, null),
				token);
	}

	/** Ends the access before its expiry; revoking twice is refused. */
	public void revoke(UserId by, Instant now) {
		if (revokedAt != null) {
			throw RejectedException.conflict("revokedAt", "This access is already revoked.");
		}
		this.revokedAt = now;
		this.revokedBy = by;
	}

	/** Open until its expiry, exclusive, unless revoked. */
	public boolean isOpenAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	/** Refuses a use of an access that was revoked or has expired. */
	public void requireOpen(Instant now) {
		if (revokedAt != null) {
			throw new GoneException("This access was revoked.");
		}
		if (!now.isBefore(expiresAt)) {
			throw new GoneException("This access expired.");
		}
	}

	/** Whether {@code token} is this access's token, compared in constant time. */
	public boolean matches(String token) {
		return MessageDigest.isEqual(digest(token).getBytes(StandardCharsets.US_ASCII),
				tokenDigest.getBytes(StandardCharsets.US_ASCII));
	}

	static String digest(String token) {
		return Digests.sha256Hex(token == null ? "" : token);
	}

	private static String generateToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public UUID id() {
		return id;
	}

	public String authority() {
		return authority;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public UserId issuedBy() {
		return issuedBy;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public Optional<Instant> revokedAt() {
		return Optional.ofNullable(revokedAt);
	}

	public Optional<UserId> revokedBy() {
		return Optional.ofNullable(revokedBy);
	}

	String tokenDigest() {
		return tokenDigest;
	}

}
