package io.article28.agreements;

import java.time.Instant;
import java.util.Objects;

import io.article28.core.Fields;

/** A published edition of the DPA: its text as a template, and its terms. */
public record DpaVersion(DpaVersionId id, String title, Instant publishedAt, DpaTemplate template, DpaTerms terms) {

	public DpaVersion {
		Objects.requireNonNull(id);
		title = Fields.line("title", title, 200);
		Objects.requireNonNull(publishedAt);
		Objects.requireNonNull(template);
		Objects.requireNonNull(terms);
	}
}
