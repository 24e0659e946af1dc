package io.article28.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

/**
 * A custom domain is a lower-case host name of DNS labels; an app has at most 20; what a
 * person types names an app by its name, a domain or its platform host name.
 */
class AppDomainTests {

	@Test
	void aDomainIsWrittenInLowerCaseWithoutItsFinalDot() {
		assertThat(AppDomain.of("  Acme-Health.EXAMPLE. ").value()).isEqualTo("acme-health.example");
		assertThat(AppDomain.of("xn--sant-epa.example").value()).isEqualTo("xn--sant-epa.example");
	}

	@Test
	void aDomainFollowsTheRulesOfHostNames() {
		for (String refused : List.of("", "localhost", "acme health.example", "-acme.example", "acme-.example",
				"acme..example", "acme_health.example", "https://acme.example", "acme.example/contact", "10.0.0.1",
				"acme.example:8080", "*.acme.example")) {
			assertThatThrownBy(() -> AppDomain.of(refused)).as(refused)
				.isInstanceOf(RejectedException.class)
				.extracting("field")
				.isEqualTo("domains");
		}
	}

	@Test
	void aLabelHasAtMost63CharactersAndADomainAtMost253() {
		assertThat(AppDomain.of("a".repeat(63) + ".example").value()).hasSize(63 + 8);
		assertThatThrownBy(() -> AppDomain.of("a".repeat(64) + ".example")).isInstanceOf(RejectedException.class);
		String label = "a".repeat(61) + ".";
		String longest = label.repeat(4) + "example";
		assertThat(longest).hasSize(255);
		assertThat(AppDomain.of(longest.substring(2)).value()).hasSize(253);
		assertThatThrownBy(() -> AppDomain.of(longest.substring(1))).isInstanceOf(RejectedException.class);
	}

	@Test
	void anAppHasAtMostTwentyDomainsEachOnce() {
		List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(n -> "site" + n + ".example").toList();
		assertThat(AppDomain.list(twenty)).hasSize(20);
		List<String> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(n -> "site" + n + ".example").toList();
		assertThatThrownBy(() -> AppDomain.list(twentyOne)).isInstanceOf(RejectedException.class)
			.hasMessageContaining("at most 20");
		assertThat(AppDomain.list(List.of("acme.example", "ACME.example", "www.acme.example")))
			.extracting(AppDomain::value)
			.containsExactly("acme.example", "www.acme.example");
		assertThat(AppDomain.MAX_PER_APP).isEqualTo(20);
	}

	@Test
	void aPersonNamesAnAppByItsNameAHostOrAPastedAddress() {
		List<String> platform = List.of("osc-fr1.example.io", "Apps.Example.net");
		assertThat(AppAddress.of("Acme-Website").appName(platform)).contains("acme-website");
		assertThat(AppAddress.of("Acme-Website").domains()).isEmpty();
		assertThat(AppAddress.of("https://acme-website.osc-fr1.example.io/contact").appName(platform))
			.contains("acme-website");
		assertThat(AppAddress.of("www.shop.apps.example.net").appName(platform)).contains("shop");
		assertThat(AppAddress.of("a.b.osc-fr1.example.io").appName(platform)).isEmpty();
		assertThat(AppAddress.of("osc-fr1.example.io").appName(platform)).isEmpty();
		assertThat(AppAddress.of("acme-website.elsewhere.example").appName(platform))
			.as("a host elsewhere names no app by its first label")
			.isEmpty();
		assertThat(AppAddress.of("https://WWW.Acme-Health.example/contact?from=mail#form").domains())
			.containsExactly("www.acme-health.example", "acme-health.example");
		assertThat(AppAddress.of("www.acme-health.example.").domains()).containsExactly("www.acme-health.example",
				"acme-health.example");
		assertThatThrownBy(() -> AppAddress.of("http://")).isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> AppAddress.of("acme health.example")).isInstanceOf(RejectedException.class);
	}

}
