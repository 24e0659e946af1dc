package io.article28.accounts;

import java.time.Instant;
import java.util.List;

/** One rectification of a profile: which fields, when, by whom. */
public record ProfileChange(Instant at, UserId by, List<String> fields) {
}
