package io.article28;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in through the login form and returns the session cookie, as a browser would keep
 * it; sessions live in the database (Spring Session), so the cookie is all a request
 * needs.
 */
public final class SignIn {

	private SignIn() {
	}

	public static Cookie as(MockMvc mvc, String email, String password) throws Exception {
		Cookie session = mvc.perform(formLogin().user(email).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		if (session == null) {
			throw new IllegalStateException("signing in set no SESSION cookie");
		}
		return session;
	}

}
