package io.article28.accounts;

/** A person's profile was corrected; only the names of the changed fields travel. */
public record ProfileRectified(UserId userId, UserId by, java.util.List<String> fields) {
}
