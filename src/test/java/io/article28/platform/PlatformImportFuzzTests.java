package io.article28.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_MOCKS;
import static org.mockito.Mockito.mock;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.article28.accounts.AccountManagement;
import io.article28.platform.PlatformImport.ImportRejected;
import io.article28.platform.PlatformImport.Kind;
import io.article28.platform.PlatformImport.LineError;

/**
 * The CSV import's reading of a file, fuzzed (bench/fuzz.sh) and replayed in every test
 * run on the inputs kept under {@code PlatformImportFuzzTestsInputs}: the first byte
 * picks the kind of file, the rest is the file. Whatever it holds, the file is taken or
 * refused with its faulty lines; no other exception comes out. What is written goes to
 * stand-ins: the services' own rules have their own tests.
 */
class PlatformImportFuzzTests {

	private static final PlatformImport IMPORT = new PlatformImport(mock(PlatformManagement.class, RETURNS_MOCKS),
			mock(AccountManagement.class, RETURNS_MOCKS));

	@FuzzTest(maxDuration = "5m")
	void aFileIsTakenOrRefusedWithItsFaultyLines(byte[] input) {
		if (input.length == 0) {
			return;
		}
		Kind kind = Kind.values()[Byte.toUnsignedInt(input[0]) % Kind.values().length];
		String csv = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
		try {
			assertThat(IMPORT.importCsv(kind, new StringReader(csv))).isBetween(0, PlatformImport.MAX_ROWS);
		}
		catch (ImportRejected rejected) {
			assertThat(rejected.errors()).isNotEmpty();
			for (LineError error : rejected.errors()) {
				assertThat(error.line()).isNotNegative();
				assertThat(error.message()).isNotBlank();
			}
		}
	}

}
