package io.article28.subprocessors;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What staff announce: the kind of change, the sub-processor coming in (ADD, REPLACE),
 * the one going out (REPLACE, REMOVE), what changes and why, and the day it takes effect.
 */
public record NewSubprocessorChange(ChangeType type, NewSubprocessor subprocessor, UUID subprocessorId, String summary,
		LocalDate effectiveOn) {
}
