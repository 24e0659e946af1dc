package io.article28.register.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.article28.core.RejectedException;

/**
 * The PDF of the whole register, laid out in memory, is refused beyond its bound with a
 * reason that names the other ways; the CSV and the JSON, written as they are read, have
 * none.
 */
class RegisterDownloadsTests {

	private final RegisterDownloads downloads = new RegisterDownloads(null, 2);

	@Test
	void aPdfOfMoreControllersThanTheBoundIsRefused() {
		assertThatThrownBy(() -> downloads.requireWithinBounds("pdf", 3)).isInstanceOf(RejectedException.class)
			.hasMessageContaining("at most 2 customers and there are 3")
			.hasMessageContaining("CSV or the JSON");
		assertThatCode(() -> downloads.requireWithinBounds("pdf", 2)).doesNotThrowAnyException();
	}

	@Test
	void theCsvAndTheJsonHaveNoBound() {
		assertThatCode(() -> downloads.requireWithinBounds("csv", 1_000_000)).doesNotThrowAnyException();
		assertThatCode(() -> downloads.requireWithinBounds("json", 1_000_000)).doesNotThrowAnyException();
	}

}
