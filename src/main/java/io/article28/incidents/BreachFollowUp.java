package io.article28.incidents;

import java.time.Instant;

import io.article28.accounts.UserId;

/**
 * Information the provider gives after its first notice of a breach, numbered in the
 * order given (Art. 33(4) GDPR allows it in phases); the first notice is phase 1.
 */
public record BreachFollowUp(int phase, String text, Instant postedAt, UserId postedBy) {
}
