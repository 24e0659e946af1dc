package io.article28.agreements;

import java.time.Instant;

/** What staff submit to publish a DPA version; the publication date defaults to now. */
public record NewDpaVersion(String id, String title, Instant publishedAt, String template, DpaTerms terms) {
}
