package io.article28.trail;

/**
 * The outcome of recomputing the chain: whether every entry holds, how many were checked,
 * and the sequence of the first entry that does not match (null when the chain is
 * intact).
 */
public record Verification(boolean valid, long checkedEntries, Long firstInvalidSequence) {
}
