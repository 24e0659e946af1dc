package io.article28.accounts;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import io.article28.core.EmailAddress;

/**
 * Password sign-in (form and HTTP Basic) behind the {@link LoginThrottle}, per account
 * and per address; every failure is counted and published, a success clears the account's
 * count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final Users users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Users users,
			ApplicationEventPublisher events, Clock clock) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.isBlocked(email, address)) {
			throw new LockedException("Too many failed sign-ins; try again later");
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.clear(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(email, address);
			UserId known = EmailAddress.isValid(email)
					? users.findByEmail(new EmailAddress(email)).map(User::id).orElse(null) : null;
			events.publishEvent(new LoginFailed(known, clock.instant()));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
