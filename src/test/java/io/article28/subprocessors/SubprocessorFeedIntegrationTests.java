package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import io.article28.IntegrationTest;

@IntegrationTest
class SubprocessorFeedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SubprocessorChangeManagement changes;

	@Test
	void anAnnouncedChangeIsAnEntryOfThePublicAtomFeed() throws Exception {
		String name = "Feedster " + UUID.randomUUID().toString().substring(0, 8);
		SubprocessorChange change = changes.announce(new NewSubprocessorChange(ChangeType.ADD,
				new NewSubprocessor(name, "dpo@feedster.example", "Status page", "Contract", "Email addresses", "FR",
						"Paris", TransferSafeguard.NONE, null, List.of(), List.of()),
				null, "Hosts our status page.", changes.earliestEffectiveDate()), null);

		String xml = mvc.perform(get("/subprocessors.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getUri()).endsWith("/subprocessors");
		assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(50);
		SyndEntry newest = feed.getEntries().get(0);
		assertThat(newest.getUri()).isEqualTo("urn:uuid:" + change.id());
		assertThat(newest.getTitle()).isEqualTo("New sub-processor: " + name + ", effective " + change.effectiveOn());
		assertThat(newest.getLink()).endsWith("/subprocessors#change-" + change.id());
		assertThat(newest.getDescription().getValue()).startsWith("Hosts our status page.")
			.contains(change.effectiveOn().toString());
		assertThat(newest.getPublishedDate().toInstant())
			.isEqualTo(change.announcedAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(feed.getPublishedDate()).isEqualTo(newest.getPublishedDate());
	}

	@Test
	void thePublicPageAnnouncesItsFeedToReaders() throws Exception {
		mvc.perform(get("/subprocessors"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("rel=\"alternate\" type=\"application/atom+xml\" href=\"/subprocessors.atom\"")));
	}

}
