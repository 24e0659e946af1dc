package io.article28.trail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.UserId;
import io.article28.trail.ActorType;
import io.article28.trail.TrailEntry;

class TrailRowsTests {

	private static final UUID ALICE = UUID.fromString("0b7e4a51-6c2d-4e8f-9a1b-2c3d4e5f6a7b");

	private static final UUID OPS = UUID.fromString("1c8f5b62-7d3e-4f90-8b2c-3d4e5f6a7b8c");

	private static final String PSEUDONYM = "f3a9c2e17b4d5a6e8f9c0d1e2f3a4b5c";

	private final AccountManagement accounts = mock(AccountManagement.class);

	private final TrailRows rows;

	TrailRowsTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		when(accounts.userNames(any()))
			.thenReturn(Map.of(new UserId(ALICE), "Alice Martin", new UserId(OPS), "Olivier Ops"));
		rows = new TrailRows(accounts, messages);
	}

	@Test
	void aMemberIsNamedAndSoIsThePersonActedOn() {
		var row = rows
			.of(List.of(entry(ActorType.USER, ALICE.toString(), null, "member.added", "user", OPS.toString(), null)),
					false)
			.get(0);
		assertThat(row.action()).isEqualTo("Member added");
		assertThat(row.actor()).isEqualTo("Alice Martin (Member)");
		assertThat(row.object()).isEqualTo("Person: Olivier Ops");
	}

	@Test
	void staffAreNamedToStaffOnlyCustomersReadTheProvidersStaff() {
		TrailEntry entry = entry(ActorType.STAFF, OPS.toString(), null, "dpa.published", "dpa-version", "2022-03",
				null);
		assertThat(rows.of(List.of(entry), true).get(0).actor()).isEqualTo("Olivier Ops (Provider staff)");
		assertThat(rows.of(List.of(entry), false).get(0).actor()).isEqualTo("Provider staff");
		assertThat(rows.of(List.of(entry), false).get(0).object()).isEqualTo("DPA version 2022-03");
	}

	@Test
	void anErasedPersonIsShownByItsPseudonym() {
		var row = rows
			.of(List.of(entry(ActorType.USER, PSEUDONYM, PSEUDONYM, "member.added", "user", PSEUDONYM, PSEUDONYM)),
					true)
			.get(0);
		assertThat(row.actor()).isEqualTo("an erased person (pseudonym f3a9c2e17b4d…)");
		assertThat(row.object()).isEqualTo("Person an erased person (pseudonym f3a9c2e17b4d…)");
	}

	@Test
	void anActionWithoutItsOwnWordingIsWrittenOutFromItsCode() {
		var row = rows.of(List.of(entry(ActorType.SYSTEM, "job", null, "export.expired-files", null, null, null)), true)
			.get(0);
		assertThat(row.action()).isEqualTo("Export expired files");
		assertThat(row.actor()).isEqualTo("System");
	}

	private static TrailEntry entry(ActorType actor, String actorId, String actorPseudonym, String action,
			String objectType, String objectId, String objectPseudonym) {
		return new TrailEntry(1, Instant.parse("2026-12-01T10:00:00Z"), actor, actorId, actorPseudonym, null, action,
				objectType, objectId, objectPseudonym, "{}", TrailEntry.GENESIS, TrailEntry.GENESIS);
	}

}
