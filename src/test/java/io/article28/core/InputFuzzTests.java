package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The checks every text and file that comes in goes through, fuzzed (bench/fuzz.sh) and,
 * in every test run, replayed on the inputs kept under
 * {@code src/test/resources/io/article28/core/InputFuzzTestsInputs}: each input is
 * refused as a field error or comes out in the form the rest of the product relies on.
 */
class InputFuzzTests {

	@FuzzTest(maxDuration = "5m")
	void anEmailAddressIsRefusedOrComesOutAsSmtpTakesIt(byte[] input) {
		EmailAddress address;
		try {
			address = new EmailAddress(new String(input, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException refused) {
			return;
		}
		String value = address.value();
		assertThat(value).hasSizeLessThanOrEqualTo(254).matches("[\\x21-\\x7e]+").containsOnlyOnce("@");
		assertThat(value.substring(0, value.indexOf('@'))).hasSizeLessThanOrEqualTo(64);
		assertThat(value.substring(value.indexOf('@') + 1)).contains(".").doesNotStartWith(".").doesNotEndWith(".");
		assertThat(value).isEqualTo(value.toLowerCase(java.util.Locale.ROOT));
		assertThat(new EmailAddress(value).value()).as("read again").isEqualTo(value);
		assertThat(EmailAddress.isValid(value)).isTrue();
	}

	/**
	 * Read as UTF-16 code units, two bytes each, so that lone surrogates come in too; the
	 * refusal is judged against the code points, independently of how the check walks the
	 * text.
	 */
	@FuzzTest(maxDuration = "5m")
	void aTextIsRefusedExactlyWhenItHoldsAControlFormattingOrLoneSurrogateCharacter(byte[] input) {
		char[] units = new char[input.length / 2];
		for (int i = 0; i < units.length; i++) {
			units[i] = (char) ((input[2 * i] & 0xff) << 8 | (input[2 * i + 1] & 0xff));
		}
		String text = new String(units);
		int first = -1;
		int at = 0;
		for (int codePoint : text.codePoints().toArray()) {
			boolean refused = codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
					|| codePoint >= 0x7f && codePoint <= 0x9f || codePoint >= 0x202a && codePoint <= 0x202e
					|| codePoint >= 0x2066 && codePoint <= 0x2069
					|| codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
			if (refused) {
				first = at;
				break;
			}
			at += Character.charCount(codePoint);
		}
		String refusal = TextInput.refusal(text);
		if (first < 0) {
			assertThat(refusal).isNull();
			assertThat(TextInput.check("field", text)).isSameAs(text);
		}
		else {
			assertThat(refusal).isEqualTo(
					"must not contain the control or formatting character U+%04X (at position %d)",
					(int) text.charAt(first), first + 1);
		}
	}

	@FuzzTest(maxDuration = "5m")
	void anUploadedFileNameIsRefusedOrIsOneSafeNameOfAtMost200Characters(byte[] input) {
		UploadedFile file;
		try {
			file = UploadedFile.of(new String(input, StandardCharsets.UTF_8), "application/pdf", new byte[] { 1 }, 10);
		}
		catch (RejectedException refused) {
			assertThat(refused.field()).isEqualTo("file");
			return;
		}
		assertThat(file.filename()).isNotBlank()
			.hasSizeLessThanOrEqualTo(200)
			.doesNotContain("/", "\\", "\"")
			.isEqualTo(file.filename().strip());
		assertThat(file.filename().chars()).noneMatch(Character::isISOControl);
		assertThat(TextInput.refusal(file.filename())).isNull();
	}

}
