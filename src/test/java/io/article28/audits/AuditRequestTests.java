package io.article28.audits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;

/** The provider's review of a plan: concerns and answers, agreement, refusal. */
class AuditRequestTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	static final UserId DPO = new UserId(UUID.randomUUID());

	static final UserId CUSTOMER = new UserId(UUID.randomUUID());

	static AuditRequest submitted(Auditor auditor) {
		return AuditRequest.submit(OrganizationId.random(),
				new AuditPlan("scope", TODAY.plusWeeks(5), 3, auditor, null), new AuditRules(1, 4, TODAY, List.of()),
				new UserId(UUID.randomUUID()), NOW);
	}

	@Test
	void concernsWaitForTheCustomersAnswerThenTheReviewGoesOn() {
		AuditRequest request = submitted(Auditor.self());
		request.raiseConcerns("Which systems exactly?", DPO, NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.CONCERNS_RAISED);
		request.answer("The hosting of app X only", new UserId(UUID.randomUUID()), NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.SUBMITTED);
		assertThat(request.thread()).extracting(AuditMessage::side)
			.containsExactly(AuditMessage.Side.PROVIDER, AuditMessage.Side.CUSTOMER);
	}

	@Test
	void anAnswerWithoutConcernsIsRefused() {
		assertThatThrownBy(() -> submitted(Auditor.self()).answer("hello", DPO, NOW))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void aThirdPartysDatesAreAgreedOnlyWithTheAuditorAccepted() {
		AuditRequest request = submitted(Auditor.thirdParty("Audit & Co", true));
		assertThatThrownBy(() -> request.agree(TODAY.plusWeeks(6), 3, false, TODAY, DPO, NOW))
			.isInstanceOf(RejectedException.class)
			.satisfies(ex -> assertThat(((RejectedException) ex).field()).isEqualTo("auditorAccepted"));
		request.agree(TODAY.plusWeeks(6), 3, true, TODAY, DPO, NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.AGREED);
		assertThat(request.countedStart()).isEqualTo(TODAY.plusWeeks(6));
	}

	@Test
	void agreedDatesAreNotInThePast() {
		AuditRequest request = submitted(Auditor.self());
		assertThatThrownBy(() -> request.agree(TODAY.minusDays(1), 3, false, TODAY, DPO, NOW))
			.isInstanceOf(RejectedException.class);
		request.agree(TODAY, 3, false, TODAY, DPO, NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.AGREED);
	}

	@Test
	void aRefusalNeedsAReasonAndEndsTheReview() {
		AuditRequest request = submitted(Auditor.thirdParty("Rival Cloud", true));
		assertThatThrownBy(() -> request.refuse(" ", true, DPO, NOW)).isInstanceOf(RejectedException.class);
		request.refuse("The auditor offers competing hosting services", true, DPO, NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.REFUSED);
		assertThat(request.decision()).hasValueSatisfying(d -> assertThat(d.competitor()).isTrue());
		assertThatThrownBy(() -> request.agree(TODAY.plusWeeks(6), 3, true, TODAY, DPO, NOW))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void theCustomerItselfIsNoCompetitor() {
		assertThatThrownBy(() -> submitted(Auditor.self()).refuse("reason", true, DPO, NOW))
			.isInstanceOf(RejectedException.class);
	}

	static AuditRequest agreed(LocalDate start) {
		AuditRequest request = submitted(Auditor.self());
		request.agree(start, 3, false, TODAY, DPO, NOW);
		return request;
	}

	@Test
	void theAuditStartsOnItsAgreedStartNotTheDayBefore() {
		AuditRequest request = agreed(TODAY.plusWeeks(5));
		assertThatThrownBy(() -> request.start(TODAY.plusWeeks(5).minusDays(1), DPO, NOW))
			.isInstanceOf(RejectedException.class);
		request.start(TODAY.plusWeeks(5), DPO, NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.IN_PROGRESS);
		assertThat(request.work()).hasValueSatisfying(work -> assertThat(work.startedAt()).isEqualTo(NOW));
	}

	@Test
	void noWorkStartsWhileAFeeQuoteWaitsForTheCustomersWrittenAnswer() {
		AuditRequest request = agreed(TODAY);
		FeeQuote quote = request.proposeQuote("Two engineers on site for two days", new BigDecimal("1800.00"), DPO,
				NOW);
		assertThatThrownBy(() -> request.start(TODAY, DPO, NOW)).isInstanceOf(RejectedException.class)
			.hasMessageContaining("written approval");
		FeeQuote approved = request.approveQuote(quote.id(), "Alice Martin", true, CUSTOMER, NOW);
		assertThat(approved.status()).isEqualTo(FeeQuote.Status.APPROVED);
		assertThat(approved.answer().approvedSha256()).isEqualTo(quote.sha256());
		request.start(TODAY, DPO, NOW);
		assertThat(request.status()).isEqualTo(AuditStatus.IN_PROGRESS);
	}

	@Test
	void aDeclinedQuoteLetsTheAuditStartWithoutTheAssistance() {
		AuditRequest request = agreed(TODAY);
		FeeQuote quote = request.proposeQuote("Extra interviews", new BigDecimal("600"), DPO, NOW);
		request.declineQuote(quote.id(), null, CUSTOMER, NOW);
		request.start(TODAY, DPO, NOW);
		assertThat(request.quotes()).extracting(FeeQuote::status).containsExactly(FeeQuote.Status.DECLINED);
	}

	@Test
	void oneQuoteWaitsAtATimeAndIsAnsweredOnce() {
		AuditRequest request = agreed(TODAY);
		FeeQuote quote = request.proposeQuote("Extra interviews", new BigDecimal("600"), DPO, NOW);
		assertThatThrownBy(() -> request.proposeQuote("More", new BigDecimal("100"), DPO, NOW))
			.isInstanceOf(RejectedException.class);
		request.approveQuote(quote.id(), "Alice Martin", true, CUSTOMER, NOW);
		assertThatThrownBy(() -> request.declineQuote(quote.id(), "changed our mind", CUSTOMER, NOW))
			.isInstanceOf(RejectedException.class);
		request.proposeQuote("More", new BigDecimal("100"), DPO, NOW);
		assertThat(request.quotes()).hasSize(2);
	}

	@Test
	void anApprovalInWritingNeedsTheTypedNameAndTheTickedBox() {
		AuditRequest request = agreed(TODAY);
		FeeQuote quote = request.proposeQuote("Extra interviews", new BigDecimal("600"), DPO, NOW);
		assertThatThrownBy(() -> request.approveQuote(quote.id(), " ", true, CUSTOMER, NOW))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("approverName"));
		assertThatThrownBy(() -> request.approveQuote(quote.id(), "Alice Martin", false, CUSTOMER, NOW))
			.isInstanceOfSatisfying(RejectedException.class, ex -> assertThat(ex.field()).isEqualTo("approve"));
		assertThat(request.pendingQuote()).isPresent();
	}

	@Test
	void noQuoteOnceTheAuditHasStarted() {
		AuditRequest request = agreed(TODAY);
		request.start(TODAY, DPO, NOW);
		assertThatThrownBy(() -> request.proposeQuote("Late help", new BigDecimal("100"), DPO, NOW))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void reportsAreTakenOnceTheAuditHasStartedAndOnlyAnAuditInProgressEnds() {
		AuditRequest request = agreed(TODAY);
		assertThatThrownBy(request::requireTakesReports).isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> request.complete(DPO, NOW)).isInstanceOf(RejectedException.class);
		request.start(TODAY, DPO, NOW);
		request.requireTakesReports();
		request.complete(DPO, NOW.plusSeconds(3600));
		assertThat(request.status()).isEqualTo(AuditStatus.DONE);
		assertThat(request.work()).hasValueSatisfying(work -> assertThat(work.completedAt()).isAfter(work.startedAt()));
		request.requireTakesReports();
	}

}
