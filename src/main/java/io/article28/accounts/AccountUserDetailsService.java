package io.article28.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import io.article28.core.EmailAddress;

/**
 * Finds the person signing in by email, and keeps the stronger hash of their password
 * when sign-in finds it kept under an older encoding.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final Users users;

	AccountUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		if (!EmailAddress.isValid(email)) {
			throw new UsernameNotFoundException("no such account");
		}
		return users.findByEmail(new EmailAddress(email))
			.map(CurrentUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
		UserId id = ((CurrentUser) user).id();
		users.updatePasswordHash(id, newEncodedPassword);
		return users.findById(id).map(CurrentUser::new).orElseThrow();
	}

}
