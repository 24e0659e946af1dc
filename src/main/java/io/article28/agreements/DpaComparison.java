package io.article28.agreements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What accepting the version waiting changes for a customer bound by an older one: the
 * terms that differ, and the paragraphs of the text removed and added (as HTML, rendered
 * from the filled Markdown).
 */
public record DpaComparison(DpaVersionId signed, DpaVersionId pending, List<TermChange> terms, List<TextChange> text) {

	/**
	 * One term that differs: its name ({@code subProcessing},
	 * {@code objectionWindowDays}, …) and its value in each version, null where the
	 * version has none.
	 */
	public record TermChange(String term, Object before, Object after) {
	}

	/**
	 * Paragraphs of the signed version replaced by those of the pending one; either may
	 * be empty.
	 */
	public record TextChange(List<String> removedHtml, List<String> addedHtml) {
	}

	public boolean unchanged() {
		return terms.isEmpty() && text.isEmpty();
	}

	static DpaComparison of(DpaVersion signed, String signedMarkdown, DpaVersion pending, String pendingMarkdown) {
		return new DpaComparison(signed.id(), pending.id(), terms(signed.terms(), pending.terms()),
				text(signedMarkdown, pendingMarkdown));
	}

	private static List<TermChange> terms(DpaTerms before, DpaTerms after) {
		List<TermChange> changes = new ArrayList<>();
		compare(changes, "subProcessing", before, after, DpaTerms::subProcessing);
		compare(changes, "objectionWindowDays", before, after, DpaTerms::objectionWindowDays);
		compare(changes, "objectionGrounds", before, after, terms -> terms.objectionGrounds().isEmpty() ? null
				: terms.objectionGrounds().stream().sorted().toList());
		compare(changes, "auditsPer12Months", before, after, DpaTerms::auditsPer12Months);
		compare(changes, "auditNoticeWeeks", before, after, DpaTerms::auditNoticeWeeks);
		compare(changes, "returnPeriodDays", before, after, DpaTerms::returnPeriodDays);
		compare(changes, "trailRetentionMonths", before, after, DpaTerms::trailRetentionMonths);
		compare(changes, "governingLaw", before, after, DpaTerms::governingLaw);
		return List.copyOf(changes);
	}

	private static void compare(List<TermChange> changes, String term, DpaTerms before, DpaTerms after,
			Function<DpaTerms, Object> value) {
		Object was = value.apply(before);
		Object is = value.apply(after);
		if (!Objects.equals(was, is)) {
			changes.add(new TermChange(term, was, is));
		}
	}

	/** The text compared by paragraph: a paragraph is what blank lines separate. */
	private static List<TextChange> text(String before, String after) {
		List<String> was = paragraphs(before);
		List<String> is = paragraphs(after);
		List<TextChange> changes = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(was, is).getDeltas()) {
			changes.add(new TextChange(html(delta.getSource().getLines()), html(delta.getTarget().getLines())));
		}
		return List.copyOf(changes);
	}

	private static List<String> paragraphs(String markdown) {
		return Arrays.stream(markdown.replace("\r\n", "\n").split("\n\\s*\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.toList();
	}

	private static List<String> html(List<String> paragraphs) {
		return paragraphs.stream().map(DpaRenderer::render).toList();
	}

}
