package io.article28.subprocessors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A change to the register announced to every customer bound by a DPA: the sub-processor
 * coming in, the one going out, why, and the day it takes effect. The scheduled job
 * applies it on that day, once every customer's window to object has closed.
 */
public record SubprocessorChange(UUID id, ChangeType type, UUID incomingId, UUID outgoingId, String summary,
		LocalDate effectiveOn, Instant announcedAt, UserId announcedBy, int notifiedOrganizations, Instant appliedAt) {

	public SubprocessorChange {
		Objects.requireNonNull(id);
		if (type == null) {
			throw RejectedException.invalid("type", "must be ADD, REPLACE or REMOVE");
		}
		if (type.bringsOneIn() != (incomingId != null)) {
			throw RejectedException.invalid("subprocessor", type == ChangeType.REMOVE
					? "a removal brings no sub-processor in" : "describe the sub-processor that comes in");
		}
		if (type.takesOneOut() != (outgoingId != null)) {
			throw RejectedException.invalid("subprocessorId", type == ChangeType.ADD
					? "an addition takes no sub-processor out" : "name the sub-processor that goes");
		}
		summary = Fields.required("summary", summary, ChangeNotice.MAX_TEXT);
		if (effectiveOn == null) {
			throw RejectedException.invalid("effectiveOn", "the day the change takes effect is required");
		}
		Objects.requireNonNull(announcedAt);
	}

	public boolean applied() {
		return appliedAt != null;
	}

	SubprocessorChange appliedAt(Instant at) {
		return new SubprocessorChange(id, type, incomingId, outgoingId, summary, effectiveOn, announcedAt, announcedBy,
				notifiedOrganizations, at);
	}

}
