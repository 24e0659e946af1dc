package io.article28.subprocessors;

import java.util.UUID;

/** A change took effect; the register shows it. */
public record SubprocessorChangeApplied(UUID changeId) {
}
