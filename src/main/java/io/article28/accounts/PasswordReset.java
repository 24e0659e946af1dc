package io.article28.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.article28.core.EmailAddress;
import io.article28.core.Fields;
import io.article28.core.GoneException;
import io.article28.core.ThrottledException;

/**
 * Setting a password from a mailed single-use link: the invitation of a new staff member,
 * or a reset asked for by someone who forgot theirs. Asking answers the same whether or
 * not the address has an account (an address that is not one is refused as a field
 * error); an address asking more than {@link LoginThrottle#MAX_RESET_REQUESTS} times in a
 * quarter of an hour is refused for a while, its sign-ins are not; an account gets at
 * most {@link #MAX_RESETS_PER_HOUR} links an hour. Setting the password closes every open
 * link of the person and ends all its sessions.
 */
@Service
@Transactional
public class PasswordReset {

	public static final int MAX_RESETS_PER_HOUR = 3;

	private final Users users;

	private final PasswordLinks links;

	private final PasswordLinkSender sender;

	private final Passwords passwords;

	private final Sessions sessions;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordReset(Users users, PasswordLinks links, PasswordLinkSender sender, Passwords passwords, Sessions sessions,
			LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.links = links;
		this.sender = sender;
		this.passwords = passwords;
		this.sessions = sessions;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a reset link to the address when it is an active account's and the account
	 * has not had too many; says nothing either way.
	 */
	public void request(String email, String clientAddress) {
		EmailAddress address = Fields.email("email", email);
		if (throttle.isResetBlocked(clientAddress)) {
			throw new ThrottledException("too many requests from this address: try again later", LoginThrottle.WINDOW);
		}
		throttle.recordResetRequest(clientAddress);
		Instant now = clock.instant();
		users.findByEmail(address)
			.filter(User::isActive)
			.filter(user -> links.countSince(user.id(), PasswordLinkPurpose.RESET,
					now.minus(Duration.ofHours(1))) < MAX_RESETS_PER_HOUR)
			.ifPresent(user -> sender.send(user, PasswordLinkPurpose.RESET));
	}

	/** What an open link is for; nothing for an unknown, used or expired one. */
	@Transactional(readOnly = true)
	public Optional<PasswordLinkPurpose> openLink(String token) {
		return open(token).map(PasswordLinks.Link::purpose);
	}

	/** Sets the password of the link's person, and closes the link. */
	public void setPassword(String token, String password) {
		PasswordLinks.Link link = open(token).orElseThrow(PasswordReset::closed);
		User user = users.findById(link.userId()).filter(User::isActive).orElseThrow(PasswordReset::closed);
		user.changePassword(passwords.encode(password));
		users.updatePasswordHash(user.id(), user.passwordHash());
		Instant now = clock.instant();
		links.closeAll(user.id(), now);
		sessions.endAll(List.of(user.email().value()));
		throttle.clear(user.email().value());
		events.publishEvent(new PasswordSet(user.id(), link.purpose()));
	}

	private Optional<PasswordLinks.Link> open(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return links.find(token).filter(link -> link.isOpen(now));
	}

	private static GoneException closed() {
		return new GoneException("this link has expired or was already used: ask for a new one");
	}

}
