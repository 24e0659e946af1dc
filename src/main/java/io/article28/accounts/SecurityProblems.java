package io.article28.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The API's answers when security stops a request, as problem details. A failed sign-in
 * never says whether the email or the password was wrong.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof LockedException) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(LoginThrottle.WINDOW.toSeconds()));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins; try again later.");
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Article 28\", Bearer");
		write(response, HttpStatus.UNAUTHORIZED,
				"Authentication is required: a valid API token, or an email and password.");
	}

	/**
	 * A refusal. The CSRF check runs before the request's credentials are known to be
	 * missing: a caller who is nobody is told to authenticate (401), not that its role is
	 * wrong; a signed-in browser session without its token is refused (403).
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			Authentication caller = SecurityContextHolder.getContext().getAuthentication();
			if (caller == null || TRUST.isAnonymous(caller)) {
				commence(request, response, new InsufficientAuthenticationException("no credentials"));
				return;
			}
			write(response, HttpStatus.FORBIDDEN, "The form's CSRF token is missing or no longer valid.");
			return;
		}
		write(response, HttpStatus.FORBIDDEN, "This action is reserved to another role.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

}
