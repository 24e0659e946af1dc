package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class DpaComparisonTests {

	private static final DpaTerms CONSENT = new DpaTerms(SubProcessingRegime.PRIOR_WRITTEN_CONSENT, null, null, 1, 4,
			30, 12, "French law");

	private static final DpaTerms WINDOW = new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 8,
			EnumSet.of(ObjectionGround.COMPETITOR), 1, 4, 30, 12, "French law");

	@Test
	void aWindowToObjectInsteadOfPriorConsentIsThreeTermsThatChange() {
		DpaComparison comparison = DpaComparison.of(version("2018-05", CONSENT), "Same text.",
				version("2022-03", WINDOW), "Same text.");
		assertThat(comparison.terms()).containsExactly(
				new DpaComparison.TermChange("subProcessing", SubProcessingRegime.PRIOR_WRITTEN_CONSENT,
						SubProcessingRegime.OBJECTION_WINDOW),
				new DpaComparison.TermChange("objectionWindowDays", null, 8),
				new DpaComparison.TermChange("objectionGrounds", null, List.of(ObjectionGround.COMPETITOR)));
		assertThat(comparison.text()).isEmpty();
	}

	@Test
	void theTextIsComparedByParagraphAndOnlyWhatChangedIsShown() {
		DpaComparison comparison = DpaComparison.of(version("v-a", CONSENT),
				"# Title\n\nKept paragraph.\n\nOld *clause*.\n\nAlso kept.", version("v-b", CONSENT),
				"# Title\n\nKept paragraph.\n\nNew clause.\n\nAlso kept.\n\nAn added end.");
		assertThat(comparison.terms()).isEmpty();
		assertThat(comparison.text()).containsExactly(
				new DpaComparison.TextChange(List.of("<p>Old <em>clause</em>.</p>\n"), List.of("<p>New clause.</p>\n")),
				new DpaComparison.TextChange(List.of(), List.of("<p>An added end.</p>\n")));
	}

	@Test
	void twoEqualVersionsChangeNothing() {
		assertThat(DpaComparison.of(version("v-a", WINDOW), "Text.", version("v-b", WINDOW), "Text.").unchanged())
			.isTrue();
	}

	private static DpaVersion version(String id, DpaTerms terms) {
		return new DpaVersion(new DpaVersionId(id), "DPA", Instant.parse("2026-01-01T00:00:00Z"),
				new DpaTemplate("{{provider.block}} {{customer.block}}"), terms);
	}

}
