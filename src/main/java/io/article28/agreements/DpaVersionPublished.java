package io.article28.agreements;

/**
 * A new DPA version was published: customers on an older one are to be asked to accept
 * it.
 */
public record DpaVersionPublished(DpaVersionId versionId) {
}
