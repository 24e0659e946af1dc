package io.article28.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TrailEntryTests {

	private final UUID organization = UUID.randomUUID();

	private final TrailEntry entry = TrailEntry.chain(7, Instant.parse("2026-11-22T10:15:30.123456Z"),
			new Actor(ActorType.STAFF, "staff-1"), organization, "member.added", "user", "u-1", "{\"role\":\"OWNER\"}",
			TrailEntry.GENESIS);

	@Test
	void anUntouchedEntryIsIntact() {
		assertThat(entry.intact()).isTrue();
		assertThat(entry.hash()).hasSize(64).isNotEqualTo(TrailEntry.GENESIS);
	}

	@Test
	void changingAnyFieldBreaksTheHash() {
		assertThat(copy(entry.sequence() + 1, entry.actorId(), entry.detail(), entry.previousHash()).intact())
			.isFalse();
		assertThat(copy(entry.sequence(), "staff-2", entry.detail(), entry.previousHash()).intact()).isFalse();
		assertThat(copy(entry.sequence(), entry.actorId(), "{\"role\":\"MEMBER\"}", entry.previousHash()).intact())
			.isFalse();
		assertThat(copy(entry.sequence(), entry.actorId(), entry.detail(), "1".repeat(64)).intact()).isFalse();
	}

	@Test
	void fieldsCannotBeShiftedIntoOneAnother() {
		String split = TrailEntry.hashOf(1, entry.recordedAt(), ActorType.USER, "ab", null, "x.y", "c", null, "{}",
				TrailEntry.GENESIS);
		String shifted = TrailEntry.hashOf(1, entry.recordedAt(), ActorType.USER, "a", null, "x.y", "bc", null, "{}",
				TrailEntry.GENESIS);
		String absent = TrailEntry.hashOf(1, entry.recordedAt(), ActorType.USER, null, null, "x.y", "abc", null, "{}",
				TrailEntry.GENESIS);
		assertThat(split).isNotEqualTo(shifted).isNotEqualTo(absent);
	}

	private TrailEntry copy(long sequence, String actorId, String detail, String previousHash) {
		return new TrailEntry(sequence, entry.recordedAt(), entry.actorType(), actorId, entry.organizationId(),
				entry.action(), entry.objectType(), entry.objectId(), detail, previousHash, entry.hash());
	}

}
