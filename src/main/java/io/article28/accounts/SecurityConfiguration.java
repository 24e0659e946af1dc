package io.article28.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Three doors: the API (HTTP Basic or a personal token, problem-detail errors), the API
 * documentation (public, with the looser content policy Swagger UI needs), and the web UI
 * (form sign-in, CSRF, staff pages for staff only).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * Seconds a browser keeps to HTTPS once told (HSTS), when the product is served over
	 * HTTPS ({@code BASE_URL}); 0 sends no such header.
	 */
	private final long hstsMaxAge;

	SecurityConfiguration(@Value("${article28.base-url}") String baseUrl,
			@Value("${article28.hsts.max-age:31536000}") long hstsMaxAge) {
		this.hstsMaxAge = baseUrl.regionMatches(true, 0, "https://", 0, 8) ? hstsMaxAge : 0;
	}

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

	/** The encoder of new passwords, Argon2id, which has no length limit. */
	static final String CURRENT_ENCODING = "argon2@SpringSecurity_v5_8";

	/**
	 * Passwords are hashed with Argon2id; a BCrypt hash of an earlier version is still
	 * checked, and replaced by an Argon2id one at the next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(CURRENT_ENCODING, Map.of(CURRENT_ENCODING,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new LegacyBcrypt()));
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService people, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, Users users, ApplicationEventPublisher events, Clock clock) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setUserDetailsPasswordService(people);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, users, events, clock));
	}

	/**
	 * HSTS on every answer when served over HTTPS: behind a load balancer that ends TLS
	 * the request itself does not look secure, so the header does not wait for one that
	 * does.
	 */
	private HeadersConfigurer<HttpSecurity> hsts(HeadersConfigurer<HttpSecurity> headers) {
		return headers.httpStrictTransportSecurity(hsts -> {
			if (hstsMaxAge > 0) {
				hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(hstsMaxAge).includeSubDomains(false);
			}
			else {
				hsts.disable();
			}
		});
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
			Users users, LoginThrottle throttle) throws Exception {
		SecurityProblems problems = new SecurityProblems();
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests
				// The register of sub-processors and its audits are public: anyone may
				// read who processes
				// data.
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/subprocessors",
						"/api/v1/subprocessors/*/audits")
				.permitAll()
				// Anyone may ask to follow the changes by email; the mail confirms it.
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/subprocessor-subscriptions")
				.permitAll()
				// Rights requests of people without an account: filed, confirmed by the
				// link mailed to them, followed with their private link.
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new ApiTokenFilter(tokens, users, throttle, problems), BasicAuthenticationFilter.class)
			// Machine clients authenticate every request; a browser session still needs
			// its CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
				// Public and acting for no session: a forged request gains nothing.
				.ignoringRequestMatchers("/api/v1/subprocessor-subscriptions", "/api/v1/public/**"))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(
					headers -> hsts(headers).contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain documentation(HttpSecurity http) throws Exception {
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> hsts(headers)
				.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/subprocessors", "/subprocessors.atom", "/subprocessors/subscriptions",
						"/subprocessors/subscriptions/confirm", "/subprocessors/subscriptions/unsubscribe", "/css/**",
						"/js/**", "/favicon.ico", "/favicon.svg", "/error", "/actuator/health", "/actuator/health/**",
						"/rights", "/rights/**", "/password/**")
				.permitAll()
				// A supervisory authority reads the registers with the link it was given:
				// the token in the path is its credential, checked by the register
				// module.
				.requestMatchers(org.springframework.http.HttpMethod.GET, "/authority/**")
				.permitAll()
				.requestMatchers("/staff/**")
				.hasAuthority("STAFF")
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler((request, response, ex) -> response.sendRedirect(
						request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// Following the sub-processors acts for no session (the mail confirms it): a
			// forged request gains nothing, and the public list needs no token, so
			// reading
			// it opens no session.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/subprocessors/subscriptions"))
			.headers(
					headers -> hsts(headers).contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * BCrypt hashes of an earlier version, checked only. BCrypt takes at most 72 bytes: a
	 * longer password cannot be the one hashed, and is refused like any wrong one rather
	 * than failing.
	 */
	static final class LegacyBcrypt implements PasswordEncoder {

		static final int MAX_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("new passwords are hashed with " + CURRENT_ENCODING);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
					&& bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
