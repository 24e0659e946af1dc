package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxiesTests {

	private final TrustedProxies proxies = new TrustedProxies("10.0.0.0/8, 2001:db8::/32");

	@Test
	void aSpoofedForwardedForFromAnUntrustedAddressIsIgnored() throws Exception {
		assertThat(clientSeen("203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
		assertThat(clientSeen("11.0.0.1", "198.51.100.7")).as("just outside 10.0.0.0/8").isEqualTo("11.0.0.1");
	}

	@Test
	void behindATrustedProxyTheClientIsTheLastAddressThatIsNotAProxy() throws Exception {
		assertThat(clientSeen("10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(clientSeen("10.255.255.255", "198.51.100.7, 10.1.2.3")).isEqualTo("198.51.100.7");
		assertThat(clientSeen("2001:db8::1", "2001:db9::7")).isEqualTo("2001:db9::7");
	}

	@Test
	void whatAClientWritesLeftOfItsOwnAddressDoesNotCount() throws Exception {
		assertThat(clientSeen("10.0.0.5", "6.6.6.6, 198.51.100.7")).isEqualTo("198.51.100.7");
		assertThat(clientSeen("10.0.0.5", "unknown, 198.51.100.7")).isEqualTo("198.51.100.7");
	}

	@Test
	void aHeaderThatIsNotAnAddressLeavesTheProxyAsTheClient() throws Exception {
		assertThat(clientSeen("10.0.0.5", "evil.example")).isEqualTo("10.0.0.5");
		assertThat(clientSeen("10.0.0.5", null)).isEqualTo("10.0.0.5");
	}

	@Test
	void withoutTrustedProxiesNoHeaderIsHonoured() throws Exception {
		assertThat(clientSeen(new TrustedProxies(""), "10.0.0.5", "198.51.100.7")).isEqualTo("10.0.0.5");
	}

	@Test
	void aBlockThatIsNotAnAddressIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new TrustedProxies("proxy.internal/8"))
			.withMessageContaining("TRUSTED_PROXIES");
	}

	private String clientSeen(String peer, String forwardedFor) throws Exception {
		return clientSeen(proxies, peer, forwardedFor);
	}

	private static String clientSeen(TrustedProxies proxies, String peer, String forwardedFor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/public/requests");
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader(TrustedProxies.FORWARDED_FOR, forwardedFor);
		}
		MockFilterChain chain = new MockFilterChain();
		proxies.doFilter(request, new MockHttpServletResponse(), chain);
		return chain.getRequest().getRemoteAddr();
	}

}
