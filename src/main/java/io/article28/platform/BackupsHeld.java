package io.article28.platform;

import java.time.Instant;

/**
 * The backups of an app the platform reported as taken before a moment: how many, the
 * oldest and the newest (null when there is none). What they hold stays in them until the
 * platform deletes them.
 */
public record BackupsHeld(long count, Instant oldest, Instant newest) {
}
