package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

class DpaTemplateTests {

	private static final String BLOCKS = "{{provider.block}}\n\n{{customer.block}}\n";

	@Test
	void anUnknownPlaceholderIsRefusedByName() {
		assertThatExceptionOfType(RejectedException.class)
			.isThrownBy(() -> new DpaTemplate(BLOCKS + "{{ customer.iban }}"))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("template");
				assertThat(ex.getMessage()).contains("{{customer.iban}}");
			});
	}

	@Test
	void bothSignatureBlocksAreRequired() {
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> new DpaTemplate("{{provider.block}}"))
			.withMessageContaining("customer.block");
	}

	@Test
	void anUnclosedPlaceholderIsRefused() {
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> new DpaTemplate(BLOCKS + "{{terms.audits"));
	}

	@Test
	void placeholdersAreFilledWhereverTheyStand() {
		DpaTemplate template = new DpaTemplate("# {{ version.id }}\n" + BLOCKS + "Law: {{terms.governingLaw}}.");
		assertThat(template.fill(Map.of("version.id", "2026-12", "terms.governingLaw", "French law", "provider.block",
				"P", "customer.block", "C")))
			.isEqualTo("# 2026-12\nP\n\nC\nLaw: French law.");
	}

}
