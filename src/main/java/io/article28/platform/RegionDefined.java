package io.article28.platform;

/** A region was added or its description changed. */
public record RegionDefined(String code) {
}
