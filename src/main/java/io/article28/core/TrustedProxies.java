package io.article28.core;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address behind a load balancer. {@code X-Forwarded-For} is honoured only
 * when the connection comes from one of the trusted proxies ({@code TRUSTED_PROXIES}, a
 * comma-separated list of CIDR blocks): its addresses are read from the right, past every
 * trusted proxy, and the first one that is not a trusted proxy is the client. A client
 * may write anything on the left of the header, so nothing left of that address counts;
 * from any other peer the header is ignored. Without trusted proxies, the peer's address
 * is the client's, whatever the headers say.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies extends OncePerRequestFilter {

	static final String FORWARDED_FOR = "X-Forwarded-For";

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<IpAddressMatcher> proxies;

	TrustedProxies(@Value("${article28.trusted-proxies:}") String proxies) {
		this.proxies = Arrays.stream(proxies.split(","))
			.map(String::strip)
			.filter(block -> !block.isEmpty())
			.map(TrustedProxies::block)
			.toList();
	}

	private static IpAddressMatcher block(String cidr) {
		String address = cidr.contains("/") ? cidr.substring(0, cidr.indexOf('/')) : cidr;
		if (!isAddress(address)) {
			throw new IllegalStateException(
					"TRUSTED_PROXIES holds '" + cidr + "', which is not an address or CIDR block");
		}
		return new IpAddressMatcher(cidr);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = client(request.getRemoteAddr(), request.getHeaders(FORWARDED_FOR));
		chain.doFilter(client.equals(request.getRemoteAddr()) ? request : new ForwardedRequest(request, client),
				response);
	}

	/** The client's address, from the peer's and the forwarded headers it sent. */
	String client(String peer, Enumeration<String> forwardedHeaders) {
		if (!trusted(peer) || forwardedHeaders == null) {
			return peer;
		}
		List<String> hops = Collections.list(forwardedHeaders)
			.stream()
			.flatMap(header -> Arrays.stream(header.split(",")))
			.map(String::strip)
			.toList();
		String client = peer;
		for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
			if (!isAddress(hops.get(i))) {
				break;
			}
			client = hops.get(i);
		}
		return client;
	}

	private boolean trusted(String address) {
		return isAddress(address) && proxies.stream().anyMatch(block -> block.matches(address));
	}

	/** A literal IPv4 or IPv6 address: never a name, which would be looked up. */
	private static boolean isAddress(String value) {
		return value != null && (IPV4.matcher(value).matches() || IPV6.matcher(value).matches());
	}

	private static final class ForwardedRequest extends HttpServletRequestWrapper {

		private final String client;

		ForwardedRequest(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

	}

}
