package io.article28.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class TrailEntryTests {

	private final UUID organization = UUID.randomUUID();

	private static final UnaryOperator<String> PSEUDONYMS = id -> TrailEntry.sha256("key|" + id);

	private final TrailEntry entry = TrailEntry.chain(7, Instant.parse("2026-11-22T10:15:30.123456Z"),
			new Actor(ActorType.STAFF, "staff-1"), organization, "member.added", "user", "u-1", "{\"role\":\"OWNER\"}",
			TrailEntry.GENESIS, PSEUDONYMS);

	@Test
	void anUntouchedEntryIsIntact() {
		assertThat(entry.intact()).isTrue();
		assertThat(entry.hash()).hasSize(64).isNotEqualTo(TrailEntry.GENESIS);
	}

	@Test
	void changingAnyFieldBreaksTheHash() {
		assertThat(copy(entry.sequence() + 1, entry.actorId(), entry.detail(), entry.previousHash()).intact())
			.isFalse();
		assertThat(new TrailEntry(entry.sequence(), entry.recordedAt(), entry.actorType(), entry.actorId(),
				"f".repeat(64), entry.organizationId(), entry.action(), entry.objectType(), entry.objectId(),
				entry.objectPseudonym(), entry.detail(), entry.previousHash(), entry.hash())
			.intact()).isFalse();
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

	@Test
	void peopleAreChainedByTheirPseudonymSoErasingThemKeepsTheEntryIntact() {
		assertThat(entry.actorPseudonym()).isEqualTo(PSEUDONYMS.apply("staff-1"));
		assertThat(entry.objectPseudonym()).isEqualTo(PSEUDONYMS.apply("u-1"));
		TrailEntry erased = new TrailEntry(entry.sequence(), entry.recordedAt(), entry.actorType(),
				entry.actorPseudonym(), entry.actorPseudonym(), entry.organizationId(), entry.action(),
				entry.objectType(), entry.objectPseudonym(), entry.objectPseudonym(), entry.detail(),
				entry.previousHash(), entry.hash());
		assertThat(erased.intact()).isTrue();
		assertThat(erased.boundTo(PSEUDONYMS)).isTrue();
		assertThat(erased.pseudonymized()).isTrue();
		assertThat(entry.pseudonymized()).isFalse();
	}

	@Test
	void anIdentifierSwappedBesideItsPseudonymIsCaughtByTheBinding() {
		TrailEntry swapped = copy(entry.sequence(), "staff-2", entry.detail(), entry.previousHash());
		assertThat(swapped.intact()).isTrue();
		assertThat(swapped.boundTo(PSEUDONYMS)).isFalse();
		assertThat(entry.boundTo(PSEUDONYMS)).isTrue();
	}

	@Test
	void jobsAndOtherObjectsAreNotPseudonymized() {
		TrailEntry job = TrailEntry.chain(1, entry.recordedAt(), Actor.system("purge"), organization,
				"invoice.recorded", "invoice", "F-1", "{}", TrailEntry.GENESIS, PSEUDONYMS);
		assertThat(job.actorPseudonym()).isNull();
		assertThat(job.objectPseudonym()).isNull();
		assertThat(job.intact()).isTrue();
	}

	private TrailEntry copy(long sequence, String actorId, String detail, String previousHash) {
		return new TrailEntry(sequence, entry.recordedAt(), entry.actorType(), actorId, entry.actorPseudonym(),
				entry.organizationId(), entry.action(), entry.objectType(), entry.objectId(), entry.objectPseudonym(),
				detail, previousHash, entry.hash());
	}

}
