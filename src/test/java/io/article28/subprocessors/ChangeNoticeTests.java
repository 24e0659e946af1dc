package io.article28.subprocessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.agreements.BoundOrganization;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.DpaVersionId;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SubProcessingRegime;
import io.article28.core.RejectedException;

class ChangeNoticeTests {

	static final Instant NOTIFIED = ObjectionWindowTests.NOTIFIED;

	static final Set<ObjectionGround> ALL = EnumSet.allOf(ObjectionGround.class);

	static final UserId OWNER = new UserId(UUID.randomUUID());

	final ChangeNotice current = ChangeNotice.of(UUID.randomUUID(),
			bound(new DpaTerms(SubProcessingRegime.OBJECTION_WINDOW, 8, ALL, 1, 4, 30, 12, "French law")), NOTIFIED);

	final ChangeNotice edition2018 = ChangeNotice.of(UUID.randomUUID(),
			bound(new DpaTerms(SubProcessingRegime.PRIOR_WRITTEN_CONSENT, null, Set.of(), 1, 4, 30, 12, "French law")),
			NOTIFIED);

	@Test
	void objectionOnDayEightIsAccepted() {
		ChangeNotice objected = current.object(ObjectionGround.COMPETITOR, null, ALL, OWNER, day(8, 23, 59));
		assertThat(objected.status(day(8, 23, 59))).isEqualTo(NoticeStatus.OBJECTED);
		assertThat(objected.ground()).isEqualTo(ObjectionGround.COMPETITOR);
	}

	@Test
	void objectionOnDayNineIsRefused() {
		assertThatThrownBy(() -> current.object(ObjectionGround.COMPETITOR, null, ALL, OWNER, day(9, 0, 0)))
			.isInstanceOfSatisfying(RejectedException.class,
					ex -> assertThat(ex.kind()).isEqualTo(RejectedException.Kind.CONFLICT))
			.hasMessageContaining("2026-12-09");
	}

	@Test
	void objectionWithoutAGroundIsRefused() {
		assertThatThrownBy(() -> current.object(null, "we just do not like it", ALL, OWNER, day(1, 12, 0)))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("ground"));
	}

	@Test
	void objectionOnAGroundTheDpaDoesNotGiveIsRefused() {
		assertThatThrownBy(() -> current.object(ObjectionGround.DISPUTE, null, Set.of(ObjectionGround.COMPETITOR),
				OWNER, day(1, 12, 0)))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("ground"));
	}

	@Test
	void nonComplianceWithoutAJustificationIsRefusedAndWithOneAccepted() {
		assertThatThrownBy(() -> current.object(ObjectionGround.NOT_COMPLIANT, "  ", ALL, OWNER, day(1, 12, 0)))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("justification"));
		assertThat(current
			.object(ObjectionGround.NOT_COMPLIANT, "No DPA with its own sub-processors", ALL, OWNER, day(1, 12, 0))
			.justification()).isEqualTo("No DPA with its own sub-processors");
	}

	@Test
	void withoutAnObjectionTheChangeAppliesOnceTheWindowCloses() {
		assertThat(current.status(day(8, 23, 59))).isEqualTo(NoticeStatus.OPEN);
		assertThat(current.status(day(9, 0, 0))).isEqualTo(NoticeStatus.NO_OBJECTION);
		assertThat(NoticeStatus.NO_OBJECTION.changeApplies()).isTrue();
	}

	@Test
	void aSecondObjectionIsRefused() {
		ChangeNotice objected = current.object(ObjectionGround.DISPUTE, null, ALL, OWNER, day(2, 9, 0));
		assertThatThrownBy(() -> objected.object(ObjectionGround.COMPETITOR, null, ALL, OWNER, day(3, 9, 0)))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("already answered");
	}

	@Test
	void underThe2018EditionTheChangeWaitsForConsentAndCannotBeObjectedTo() {
		assertThat(edition2018.status(day(300, 0, 0))).isEqualTo(NoticeStatus.AWAITING_CONSENT);
		assertThat(NoticeStatus.AWAITING_CONSENT.changeApplies()).isFalse();
		assertThatThrownBy(() -> edition2018.object(ObjectionGround.COMPETITOR, null, ALL, OWNER, day(1, 9, 0)))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("prior written consent");
	}

	@Test
	void consentIsGivenOrRefusedOnceAndOnlyUnderThe2018Edition() {
		ChangeNotice consented = edition2018.answerConsent(true, OWNER, day(20, 9, 0));
		assertThat(consented.status(day(20, 9, 0))).isEqualTo(NoticeStatus.CONSENTED);
		assertThat(edition2018.answerConsent(false, OWNER, day(20, 9, 0)).status(day(21, 0, 0)))
			.isEqualTo(NoticeStatus.REFUSED);
		assertThatThrownBy(() -> consented.answerConsent(false, OWNER, day(21, 9, 0)))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> current.answerConsent(true, OWNER, day(1, 9, 0)))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void staffDecideAnObjectionOnceAndWithAReason() {
		ChangeNotice objected = current.object(ObjectionGround.SECURITY_REDUCED, null, ALL, OWNER, day(2, 9, 0));
		UserId dpo = new UserId(UUID.randomUUID());
		assertThatThrownBy(() -> objected.decide(true, " ", dpo, day(3, 9, 0)))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		ChangeNotice upheld = objected.decide(true, "The new host lacks ISO 27001", dpo, day(3, 9, 0));
		assertThat(upheld.status(day(3, 9, 0))).isEqualTo(NoticeStatus.UPHELD);
		assertThat(NoticeStatus.UPHELD.changeApplies()).isFalse();
		assertThatThrownBy(() -> upheld.decide(false, "changed our mind", dpo, day(4, 9, 0)))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> current.decide(false, "nothing to decide", dpo, day(4, 9, 0)))
			.isInstanceOf(RejectedException.class);
	}

	private static Instant day(int day, int hour, int minute) {
		LocalDateTime notified = LocalDateTime.ofInstant(NOTIFIED, ObjectionWindow.ZONE);
		return notified.toLocalDate().plusDays(day).atTime(hour, minute).atZone(ObjectionWindow.ZONE).toInstant();
	}

	private static BoundOrganization bound(DpaTerms terms) {
		return new BoundOrganization(new OrganizationId(UUID.randomUUID()), new DpaVersionId("test-1"), terms);
	}

}
