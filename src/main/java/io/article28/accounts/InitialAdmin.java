package io.article28.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, when no staff exists yet, creates a staff ADMIN from ADMIN_EMAIL
 * and ADMIN_PASSWORD, or with a generated password printed this once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private final AccountManagement accounts;

	private final String email;

	private final String password;

	InitialAdmin(AccountManagement accounts, @Value("${article28.admin.email}") String email,
			@Value("${article28.admin.password:}") String password) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.hasStaff()) {
			return;
		}
		boolean generated = password == null || password.isBlank();
		String secret = generated ? generate() : password;
		accounts.createStaff(email, "Administrator", StaffRole.ADMIN, secret);
		if (generated) {
			log.warn("First start: created the staff administrator {} with the generated password {} "
					+ "(shown only this once; set ADMIN_PASSWORD to choose it)", email, secret);
		}
		else {
			log.info("First start: created the staff administrator {} with the password from ADMIN_PASSWORD", email);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
