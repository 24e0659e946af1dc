package io.article28.subprocessors;

import java.util.UUID;

/** A change was announced; every organization bound by a DPA has its notice. */
public record SubprocessorChangeAnnounced(UUID changeId) {
}
