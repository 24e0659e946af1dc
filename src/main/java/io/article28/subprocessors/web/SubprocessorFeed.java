package io.article28.subprocessors.web;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import io.article28.core.PageRequest;
import io.article28.subprocessors.ChangeDetails;
import io.article28.subprocessors.SubprocessorChange;
import io.article28.subprocessors.SubprocessorChangeManagement;

/** The announced changes of sub-processors as a public Atom feed, newest first. */
@Controller
class SubprocessorFeed {

	static final int ENTRIES = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	/** An empty feed still needs an update time; a fixed one keeps it stable. */
	private static final Date NEVER = new Date(0);

	private final SubprocessorChangeManagement changes;

	private final MessageSource messages;

	private final String baseUrl;

	SubprocessorFeed(SubprocessorChangeManagement changes, MessageSource messages,
			@Value("${article28.base-url}") String baseUrl) {
		this.changes = changes;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/subprocessors.atom")
	ResponseEntity<String> feed(Locale locale) throws FeedException {
		List<ChangeDetails> announced = changes.changes(new PageRequest(0, ENTRIES)).items();
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri(baseUrl + "/subprocessors");
		feed.setTitle(messages.getMessage("subprocessors.feed.title", null, locale));
		feed.setLinks(
				List.of(link("alternate", baseUrl + "/subprocessors"), link("self", baseUrl + "/subprocessors.atom")));
		SyndPersonImpl author = new SyndPersonImpl();
		author.setName(messages.getMessage("app.name", null, locale));
		feed.setAuthors(List.of(author));
		feed.setPublishedDate(announced.isEmpty() ? NEVER : Date.from(announced.get(0).change().announcedAt()));
		feed.setEntries(announced.stream().map(details -> entry(details, locale)).toList());
		return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
	}

	private SyndEntry entry(ChangeDetails details, Locale locale) {
		SubprocessorChange change = details.change();
		String name = details.subject().name();
		String effectiveOn = change.effectiveOn().toString();
		Object[] arguments = switch (change.type()) {
			case REPLACE -> new Object[] { name, details.outgoing().name(), effectiveOn };
			default -> new Object[] { name, effectiveOn };
		};
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri("urn:uuid:" + change.id());
		entry.setTitle(messages.getMessage("subprocessors.feed.entry." + change.type(), arguments, locale));
		entry.setLink(baseUrl + "/subprocessors#change-" + change.id());
		entry.setPublishedDate(Date.from(change.announcedAt()));
		entry.setUpdatedDate(Date.from(change.announcedAt()));
		SyndContentImpl summary = new SyndContentImpl();
		summary.setType("text");
		summary.setValue(messages.getMessage("subprocessors.feed.summary",
				new Object[] { change.summary(), effectiveOn }, locale));
		entry.setDescription(summary);
		return entry;
	}

	private static SyndLinkImpl link(String rel, String href) {
		SyndLinkImpl link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		return link;
	}

}
