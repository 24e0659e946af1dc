package io.article28.datarights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The preview shows enough of a personal value to recognise it, never the value. */
class MasksTests {

	@Test
	void anEmailKeepsTheFirstLetterOfEachPartAndItsTopLevelDomain() {
		assertThat(Masks.partial("lea.moreau@example.fr")).isEqualTo("l•••@e•••.fr");
		assertThat(Masks.partial(" hugo@mail.example.com ")).isEqualTo("h•••@m•••.com");
	}

	@Test
	void otherValuesKeepTheirFirstCharacterAndTheirLastTwoFromSevenCharacters() {
		assertThat(Masks.partial("+33 6 12 34 56 78")).isEqualTo("+•••78");
		assertThat(Masks.partial("1234567")).isEqualTo("1•••67");
		assertThat(Masks.partial("123456")).isEqualTo("1•••");
		assertThat(Masks.partial("A")).isEqualTo("•••");
		assertThat(Masks.partial(null)).isNull();
	}

	@Test
	void aValueThatIsNotPersonalIsShownUpToSixtyCharacters() {
		assertThat(Masks.shown("x".repeat(60))).isEqualTo("x".repeat(60));
		assertThat(Masks.shown("x".repeat(61))).isEqualTo("x".repeat(59) + "…");
	}

}
