package io.article28.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class WebhookAddressTests {

	@Test
	void everySpecialPurposeBlockIsDeniedIncludingTheIpv6FormsOfDeniedIpv4Addresses() throws Exception {
		for (String denied : new String[] { "127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.1.10",
				"169.254.169.254", "100.64.0.1", "0.0.0.0", "192.0.0.1", "192.0.2.1", "198.18.0.1", "198.19.255.255",
				"198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::",
				"::ffff:127.0.0.1", "64:ff9b::7f00:1", "64:ff9b:1::a00:1", "2002:7f00:1::", "2001:0:4136:e378::1",
				"2001:db8::1", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "3fff::1", "5f00::1", "::7f00:1" }) {
			assertThat(WebhookAddress.isInternal(InetAddress.getByName(denied))).as(denied).isTrue();
		}
	}

	@Test
	void publicAddressesNextToTheDeniedBlocksAreAccepted() throws Exception {
		for (String accepted : new String[] { "1.1.1.1", "11.0.0.1", "172.32.0.1", "192.0.1.1", "198.17.255.255",
				"198.20.0.1", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4007:80e::200e", "2001:200::1" }) {
			assertThat(WebhookAddress.isInternal(InetAddress.getByName(accepted))).as(accepted).isFalse();
		}
	}

}
