package io.article28.register;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.accounts.UserId;
import io.article28.core.GoneException;
import io.article28.core.NotFoundException;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Issues and revokes the read-only accesses of supervisory authorities, and opens one for
 * each use of its token, leaving every use, and every refused use, in the trail.
 */
@Service
@Transactional
public class AuthorityAccessManagement {

	static final String OBJECT = "authority-access";

	private final AuthorityAccesses accesses;

	private final TrailManagement trail;

	private final Clock clock;

	AuthorityAccessManagement(AuthorityAccesses accesses, TrailManagement trail, Clock clock) {
		this.accesses = accesses;
		this.trail = trail;
		this.clock = clock;
	}

	public AuthorityAccess.Issued issue(String authority, Instant expiresAt, UserId by) {
		AuthorityAccess.Issued issued = AuthorityAccess.issue(authority, expiresAt, by, clock.instant());
		accesses.insert(issued.access());
		trail.record(TrailRecord.of("authority-access.issued", null, OBJECT, issued.access().id())
			.with("expiresAt", expiresAt.toString()));
		return issued;
	}

	@Transactional(readOnly = true)
	public List<AuthorityAccess> accesses() {
		return accesses.all();
	}

	public AuthorityAccess revoke(UUID id, UserId by) {
		AuthorityAccess access = accesses.find(id).orElseThrow(() -> new NotFoundException("Authority access"));
		access.revoke(by, clock.instant());
		accesses.saveRevocation(access);
		trail.record(TrailRecord.of("authority-access.revoked", null, OBJECT, id));
		return access;
	}

	/**
	 * The access of {@code token} for one use, {@code what} in {@code format}, recorded
	 * in the trail: not found for an unknown token, gone for a revoked or expired one.
	 */
	public AuthorityAccess use(String token, String what, String format) {
		AuthorityAccess access = accesses.findByToken(token)
			.filter(found -> found.matches(token))
			.orElseThrow(() -> new NotFoundException("Authority access"));
		try {
			access.requireOpen(clock.instant());
		}
		catch (GoneException ex) {
			trail.recordRefusal(TrailRecord.of("authority-access.refused", null, OBJECT, access.id())
				.with("what", what)
				.with("reason", access.revokedAt().isPresent() ? "revoked" : "expired"));
			throw ex;
		}
		TrailRecord used = TrailRecord.of("authority-access.used", null, OBJECT, access.id()).with("what", what);
		trail.record(format == null ? used : used.with("format", format));
		return access;
	}

}
