package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class EmailAddressTests {

	@Test
	void anAddressIsTrimmedAndLowerCased() {
		assertThat(new EmailAddress("  Alice@Example.COM ").value()).isEqualTo("alice@example.com");
	}

	@Test
	void anAddressNeedsOneAtAndADottedDomain() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("alice"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("alice@localhost"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("a@b@c.example"));
		assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(" "));
	}

	@Test
	void aLocalPartOf64CharactersIsAcceptedAnd65Refused() {
		assertThat(EmailAddress.isValid("a".repeat(64) + "@example.com")).isTrue();
		assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).isFalse();
	}

	@Test
	void anAddressOf254CharactersIsAcceptedAnd255Refused() {
		String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".example";
		assertThat(EmailAddress.isValid("a".repeat(254 - 1 - domain.length()) + "@" + domain)).isTrue();
		assertThat(EmailAddress.isValid("a".repeat(255 - 1 - domain.length()) + "@" + domain)).isFalse();
	}

	@Test
	void whatIsNotAMailboxIsRefused() {
		for (String refused : new String[] { "a@gmail.com>", "<script>@x.com", "a@[127.0.0.1]", "a@127.0.0.1",
				"a b@example.com", "\"a\"@example.com", "a..b@example.com", ".a@example.com", "a.@example.com",
				"a@-example.com", "a@example-.com", "a@exa_mple.com", "a@example..com", "a@example.com.",
				"ａ@example.com", "a@" + "b".repeat(64) + ".com" }) {
			assertThat(EmailAddress.isValid(refused)).as(refused).isFalse();
		}
	}

	@Test
	void aDomainIsPutInItsAsciiFormSoThatFullWidthLettersNameTheSameDomain() {
		assertThat(new EmailAddress("a@ｇｍａｉｌ．ｃｏｍ").value()).isEqualTo("a@gmail.com");
		assertThat(new EmailAddress("zoe@müller.example").value()).isEqualTo("zoe@xn--mller-kva.example");
		assertThat(new EmailAddress("o'brien+news@sub.example.co.uk").value())
			.isEqualTo("o'brien+news@sub.example.co.uk");
	}

}
