package io.article28.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a machine client that sends {@code Authorization: Bearer <token>}. The token's
 * digest is looked up; an unknown or revoked token is answered 401 at once and counted
 * against the caller's address, which too many such failures shut out for a while (429).
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final Users users;

	private final LoginThrottle throttle;

	private final AuthenticationEntryPoint entryPoint;

	ApiTokenFilter(ApiTokens tokens, Users users, LoginThrottle throttle, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.users = users;
		this.throttle = throttle;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		if (throttle.isBlocked(request.getRemoteAddr())) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new LockedException("too many failed sign-ins from this address"));
			return;
		}
		String token = header.substring(BEARER.length()).strip();
		var user = tokens.activeOwner(ApiTokens.digest(token))
			.flatMap(owner -> users.findById(owner.userId()).map(found -> new CurrentUser(found, owner.tokenId())));
		if (user.isEmpty()) {
			throttle.recordTokenFailure(request.getRemoteAddr());
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		CurrentUser principal = user.get();
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
