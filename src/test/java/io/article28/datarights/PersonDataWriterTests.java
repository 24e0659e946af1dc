package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name of the customer's schema never climbs out of its folder of the ZIP. */
class PersonDataWriterTests {

	@Test
	void aNameKeepsLettersDigitsAndUnderscoresAndNoSlashOrDot() {
		assertThat(PersonDataWriter.slug("order_lines")).isEqualTo("order_lines");
		assertThat(PersonDataWriter.slug("../../etc/passwd")).isEqualTo("etc-passwd");
		assertThat(PersonDataWriter.slug("Ma Table")).isEqualTo("ma-table");
		assertThat(PersonDataWriter.slug("..")).isEqualTo("x");
	}

}
