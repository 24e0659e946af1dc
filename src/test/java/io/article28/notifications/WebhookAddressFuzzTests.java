package io.article28.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.article28.core.RejectedException;

/**
 * The webhook address check, fuzzed (bench/fuzz.sh) and replayed in every test run on the
 * inputs kept under {@code WebhookAddressFuzzTestsInputs}. Without name resolution: the
 * parse of any text, and the denied blocks on address literals.
 */
class WebhookAddressFuzzTests {

	@FuzzTest(maxDuration = "5m")
	void aWebhookUrlIsRefusedOrIsAnHttpUrlNamingAHostWithoutCredentials(byte[] input) {
		URI url;
		try {
			url = WebhookAddress.check(new String(input, StandardCharsets.UTF_8), true);
		}
		catch (RejectedException refused) {
			assertThat(refused.field()).isEqualTo("url");
			return;
		}
		assertThat(url.getScheme().toLowerCase(Locale.ROOT)).isIn("http", "https");
		assertThat(url.getHost()).isNotBlank();
		assertThat(url.getUserInfo()).isNull();
		assertThat(url.toString()).hasSizeLessThanOrEqualTo(500);
	}

	/**
	 * Four bytes as an IPv4 address: when it is denied, so is each IPv6 form that carries
	 * it (IPv4-mapped, IPv4-compatible, NAT64, 6to4), so that no denied address is
	 * reached through another spelling.
	 */
	@FuzzTest(maxDuration = "5m")
	void anIpv4AddressDeniedIsDeniedInEveryIpv6FormThatCarriesIt(byte[] input) throws UnknownHostException {
		if (input.length < 4) {
			return;
		}
		byte[] v4 = { input[0], input[1], input[2], input[3] };
		if (!WebhookAddress.isInternal(InetAddress.getByAddress(v4))) {
			return;
		}
		for (byte[] prefix : new byte[][] { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff },
				{ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 },
				{ 0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0 } }) {
			byte[] v6 = new byte[16];
			System.arraycopy(prefix, 0, v6, 0, 12);
			System.arraycopy(v4, 0, v6, 12, 4);
			assertThat(WebhookAddress.isInternal(InetAddress.getByAddress(v6)))
				.as(InetAddress.getByAddress(v6).toString())
				.isTrue();
		}
		byte[] sixToFour = new byte[16];
		sixToFour[0] = 0x20;
		sixToFour[1] = 0x02;
		System.arraycopy(v4, 0, sixToFour, 2, 4);
		assertThat(WebhookAddress.isInternal(InetAddress.getByAddress(sixToFour))).isTrue();
	}

}
