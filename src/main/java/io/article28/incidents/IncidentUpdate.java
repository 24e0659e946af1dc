package io.article28.incidents;

import java.time.Instant;

import io.article28.accounts.UserId;

/** One entry on an incident's timeline: what happened, when, and who wrote it down. */
public record IncidentUpdate(String text, Instant happenedAt, Instant postedAt, UserId postedBy) {
}
