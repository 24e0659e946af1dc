package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class TextInputTests {

	@Test
	void lettersOfEveryScriptAndPairedSurrogatesAreAccepted() {
		assertThat(TextInput.refusal("Zoë Ångström, 東京, שלום, مرحبا 😀")).isNull();
	}

	@Test
	void tabLineFeedAndCarriageReturnAreAcceptedForMultiLineText() {
		assertThat(TextInput.refusal("first line\r\nsecond\tline\n")).isNull();
	}

	@Test
	void c0ControlsOtherThanTabAndLineBreaksAreRefused() {
		assertThat(TextInput.refusal("a\u0000b")).contains("U+0000").contains("position 2");
		assertThat(TextInput.refusal("\u0001")).contains("U+0001");
		assertThat(TextInput.refusal("\u0008")).contains("U+0008");
		assertThat(TextInput.refusal("\u000B")).contains("U+000B");
		assertThat(TextInput.refusal("\u001F")).contains("U+001F");
		assertThat(TextInput.refusal("\u0020")).isNull();
	}

	@Test
	void delAndTheC1ControlsAreRefusedButTheLettersAroundThemAreNot() {
		assertThat(TextInput.refusal("~")).isNull();
		assertThat(TextInput.refusal("\u007F")).contains("U+007F");
		assertThat(TextInput.refusal("\u0085")).contains("U+0085");
		assertThat(TextInput.refusal("\u009F")).contains("U+009F");
		assertThat(TextInput.refusal("\u00A0é")).isNull();
	}

	@Test
	void bidirectionalEmbeddingsOverridesAndIsolatesAreRefusedButMarksAreNot() {
		assertThat(TextInput.refusal("\u2029")).isNull();
		assertThat(TextInput.refusal("invoice\u202Efdp.exe")).contains("U+202E");
		assertThat(TextInput.refusal("\u202A")).contains("U+202A");
		assertThat(TextInput.refusal("\u202F")).isNull();
		assertThat(TextInput.refusal("\u2065")).isNull();
		assertThat(TextInput.refusal("\u2066")).contains("U+2066");
		assertThat(TextInput.refusal("\u2069")).contains("U+2069");
		assertThat(TextInput.refusal("\u200F")).as("the right-to-left mark").isNull();
	}

	@Test
	void aSurrogateOutsideAPairIsRefused() {
		assertThat(TextInput.refusal("a\uD83D")).contains("U+D83D");
		assertThat(TextInput.refusal("\uDE00a")).contains("U+DE00");
		assertThat(TextInput.refusal("\uD83D\uD83D\uDE00")).contains("position 1");
	}

	@Test
	void theRefusalNamesTheFieldAndNeverTheValue() {
		assertThatExceptionOfType(RejectedException.class).isThrownBy(() -> TextInput.check("name", "Secret\u0000Name"))
			.satisfies(refused -> {
				assertThat(refused.field()).isEqualTo("name");
				assertThat(refused.getMessage()).doesNotContain("Secret");
			});
	}

}
