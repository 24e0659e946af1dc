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
	void anAddressOf320CharactersIsAcceptedAnd321Refused() {
		String domain = "@example.com";
		assertThat(EmailAddress.isValid("a".repeat(EmailAddress.MAX_LENGTH - domain.length()) + domain)).isTrue();
		assertThat(EmailAddress.isValid("a".repeat(EmailAddress.MAX_LENGTH + 1 - domain.length()) + domain)).isFalse();
	}

}
