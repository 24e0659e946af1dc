package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldsTests {

	@Test
	void aSingleLineFieldRefusesALineFeedACarriageReturnAndATab() {
		for (String value : new String[] { "Acme\nBcc: someone@example.org", "Acme\rCorp", "Acme\tCorp" }) {
			assertThatThrownBy(() -> Fields.line("name", value, 200)).isInstanceOfSatisfying(RejectedException.class,
					ex -> {
						assertThat(ex.field()).isEqualTo("name");
						assertThat(ex.getMessage()).isEqualTo("must be a single line, without line breaks or tabs");
					});
		}
	}

	@Test
	void aSingleLineFieldIsStrippedAndKeepsItsInnerSpaces() {
		assertThat(Fields.line("name", "  Acme  Health SAS \n", 200)).isEqualTo("Acme  Health SAS");
	}

	@Test
	void aSingleLineFieldHoldsItsMaximumAndNotOneCharacterMore() {
		assertThat(Fields.line("name", "a".repeat(200), 200)).hasSize(200);
		assertThatThrownBy(() -> Fields.line("name", "a".repeat(201), 200)).isInstanceOf(RejectedException.class)
			.hasMessage("must be at most 200 characters");
	}

	@Test
	void aMultiLineFieldKeepsItsLineBreaks() {
		assertThat(Fields.required("details", "First line\nSecond line", 2000)).isEqualTo("First line\nSecond line");
	}

	@Test
	void anOptionalSingleLineFieldIsNullWhenBlankAndRefusedWithALineBreak() {
		assertThat(Fields.optionalLine("reference", "  ", 100)).isNull();
		assertThatThrownBy(() -> Fields.optionalLine("reference", "A-1\nA-2", 100))
			.isInstanceOf(RejectedException.class);
	}

}
