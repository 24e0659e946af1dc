package io.article28.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTests {

	@Test
	void blackOnWhiteIsTwentyOneToOne() {
		assertThat(Contrast.ratio("rgb(0, 0, 0)", "rgb(255, 255, 255)")).isCloseTo(21.0, within(0.001));
	}

	@Test
	void theOrderOfTheColoursDoesNotMatter() {
		assertThat(Contrast.ratio("rgb(255, 255, 255)", "rgba(0, 0, 0, 1)")).isCloseTo(21.0, within(0.001));
	}

	@Test
	void theOldFocusRingOnWhiteWasUnderThreeToOne() {
		// #f0b400 on white, the ring the product had
		assertThat(Contrast.ratio("rgb(240, 180, 0)", "rgb(255, 255, 255)")).isCloseTo(1.87, within(0.01));
	}

}
