package io.article28.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import io.article28.core.RejectedException;
import io.article28.core.TextInput;

/**
 * What the product parses of a DPA: the template with its placeholders, its Markdown, the
 * values put in it, and the PDF a customer uploads signed by hand. Fuzzed (bench/fuzz.sh)
 * and replayed in every test run on the inputs kept under {@code DpaTextFuzzTestsInputs}.
 */
class DpaTextFuzzTests {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z-]+)=\"([^\"]*)\"");

	private static final Set<String> MARKDOWN_ATTRIBUTES = Set.of("href", "src", "alt", "title", "align", "start",
			"class", "rel");

	/** The elements Markdown with tables makes; anything else came from the input. */
	private static final Set<String> MARKDOWN_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong",
			"code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "hr", "br", "table", "thead", "tbody", "tr",
			"th", "td");

	/**
	 * A template is refused, or every placeholder in it is known, the two signature
	 * blocks are there, and filling it leaves no placeholder; its HTML holds only the
	 * elements Markdown makes, and no script link.
	 */
	@FuzzTest(maxDuration = "5m")
	void aTemplateIsRefusedOrFillsAndRendersToMarkdownElementsOnly(byte[] input) {
		DpaTemplate template;
		try {
			template = new DpaTemplate(new String(input, StandardCharsets.UTF_8));
		}
		catch (RejectedException refused) {
			assertThat(refused.field()).isEqualTo("template");
			return;
		}
		assertThat(DpaTemplate.PLACEHOLDERS).containsAll(DpaTemplate.placeholdersOf(template.markdown()));
		assertThat(DpaTemplate.placeholdersOf(template.markdown())).containsAll(DpaTemplate.REQUIRED);
		Map<String, String> values = new HashMap<>();
		DpaTemplate.PLACEHOLDERS.forEach(name -> values.put(name, "value"));
		String filled = template.fill(values);
		assertThat(DpaTemplate.placeholdersOf(filled)).as("placeholders left").isEmpty();
		onlyMarkdownElements(DpaRenderer.render(filled));
	}

	/**
	 * A customer's value put in the agreement (its name, its address, its signer) reads
	 * as the text it is: escaped for Markdown, it renders to itself, with no element of
	 * its own.
	 */
	@FuzzTest(maxDuration = "5m")
	void aValuePutInTheAgreementRendersAsItsOwnText(byte[] input) {
		String value = new String(input, StandardCharsets.UTF_8).strip();
		if (TextInput.refusal(value) != null || value.isEmpty()) {
			return;
		}
		String html = DpaRenderer.render("Customer: " + DpaRenderer.md(value));
		String expected = "Customer: " + value.replace('\r', ' ').replace('\n', ' ');
		assertThat(html).isEqualTo("<p>" + escape(expected) + "</p>\n");
	}

	/**
	 * An upload is a readable PDF whose page tree gives the pages it declares, or it is
	 * refused as a field error; nothing else escapes the check (no stack overflow on a
	 * loop, no parser exception).
	 */
	@FuzzTest(maxDuration = "5m")
	void anUploadIsAReadablePdfOrRefused(byte[] input) throws IOException {
		try {
			DpaUploadManagement.requirePdf(input);
		}
		catch (RejectedException refused) {
			assertThat(refused.field()).isEqualTo("file");
			return;
		}
		try (PDDocument document = Loader.loadPDF(input)) {
			assertThat(document.getNumberOfPages()).isPositive();
		}
	}

	private static void onlyMarkdownElements(String html) {
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			assertThat(tags.group(2)).as(tags.group()).isIn(MARKDOWN_ELEMENTS);
			Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
			while (attributes.find()) {
				assertThat(attributes.group(1)).as(tags.group()).isIn(MARKDOWN_ATTRIBUTES);
				assertThat(attributes.group(2).strip().toLowerCase(Locale.ROOT)).as(tags.group())
					.doesNotStartWith("javascript:")
					.doesNotStartWith("vbscript:");
			}
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
