package io.article28.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every mail leads back to the page it is about: the text version carries an address of
 * the product, the HTML version a link to it.
 */
class MailTemplateLinksTests {

	private final PathMatchingResourcePatternResolver templates = new PathMatchingResourcePatternResolver();

	@Test
	void everyTextMailCarriesAnAddressOfTheProduct() throws IOException {
		assertThat(without("classpath:templates/mail/*.txt", "${baseUrl})]", "Url})]")).isEmpty();
	}

	@Test
	void everyHtmlMailLinksToThePageItIsAbout() throws IOException {
		assertThat(without("classpath:templates/mail/*.html", "th:href=")).isEmpty();
	}

	@Test
	void thereAreMailsToCheck() throws IOException {
		assertThat(templates.getResources("classpath:templates/mail/*.txt")).hasSizeGreaterThan(40);
	}

	/** The templates that contain none of the marks. */
	private List<String> without(String pattern, String... marks) throws IOException {
		List<String> missing = new ArrayList<>();
		for (Resource template : templates.getResources(pattern)) {
			String text = template.getContentAsString(StandardCharsets.UTF_8);
			if (List.of(marks).stream().noneMatch(text::contains)) {
				missing.add(template.getFilename());
			}
		}
		return missing;
	}

}
