package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CsvOutputTests {

	@Test
	void aCellASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
		assertThat(CsvOutput.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvOutput.cell("+33 1 23")).isEqualTo("'+33 1 23");
		assertThat(CsvOutput.cell("-2")).isEqualTo("'-2");
		assertThat(CsvOutput.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvOutput.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvOutput.cell("\rcmd")).isEqualTo("'\rcmd");
	}

	@Test
	void otherTextAndNumbersAreWrittenAsTheyAre() {
		assertThat(CsvOutput.cell("a=b")).isEqualTo("a=b");
		assertThat(CsvOutput.cell(" =1")).isEqualTo(" =1");
		assertThat(CsvOutput.cell("")).isEqualTo("");
		assertThat(CsvOutput.cell(-5L)).isEqualTo(-5L);
		assertThat(CsvOutput.cell(null)).isNull();
		UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
		assertThat(CsvOutput.cell(id)).isEqualTo("00000000-0000-0000-0000-000000000001");
	}

	@Test
	void anyObjectIsJudgedByTheTextItIsWrittenAs() throws Exception {
		Object typed = new Object() {
			@Override
			public String toString() {
				return "=cmd|' /C calc'!A0";
			}
		};
		StringWriter out = new StringWriter();
		try (CsvOutput csv = CsvOutput.of(out, "name", "amount")) {
			csv.row(typed, -100L);
		}
		assertThat(out.toString()).isEqualTo("name,amount\r\n'=cmd|' /C calc'!A0,-100\r\n");
	}

}
