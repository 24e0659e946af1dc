package io.article28.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.UserId;
import io.article28.core.EmailAddress;
import io.article28.core.RejectedException;

class RightsRequestTests {

	private final Instant filed = Instant.parse("2026-11-23T10:00:00Z");

	private RightsRequest.Submission submission() {
		return RightsRequest.submit(null, null, null, RequestRight.ACCESS, new EmailAddress("person@example.org"),
				"What do you hold about me?", filed);
	}

	@Test
	void theConfirmationLinkWorksUntilFortyEightHoursAndNotAtThem() {
		var late = submission();
		assertThatThrownBy(() -> late.request().confirm(late.confirmationToken(), filed.plus(Duration.ofHours(48))))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("expired");
		assertThat(late.request().status()).isEqualTo(RequestStatus.UNCONFIRMED);

		var inTime = submission();
		String statusToken = inTime.request()
			.confirm(inTime.confirmationToken(), filed.plus(Duration.ofHours(48)).minusSeconds(1));
		assertThat(inTime.request().status()).isEqualTo(RequestStatus.RECEIVED);
		assertThat(inTime.request().openedBy(statusToken)).isTrue();
		assertThat(inTime.request().openedBy(inTime.confirmationToken())).isFalse();
	}

	@Test
	void aConfirmationLinkWorksOnceAndOnlyWithItsOwnSecret() {
		var submission = submission();
		assertThatThrownBy(() -> submission.request().confirm("not-the-token", filed))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("not valid");
		submission.request().confirm(submission.confirmationToken(), filed);
		assertThatThrownBy(() -> submission.request().confirm(submission.confirmationToken(), filed))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("already used");
	}

	@Test
	void onlyAReceivedRequestIsAcknowledgedAndOnce() {
		var submission = submission();
		UserId owner = new UserId(UUID.randomUUID());
		assertThatThrownBy(() -> submission.request().acknowledge(owner, filed)).isInstanceOf(RejectedException.class);
		submission.request().confirm(submission.confirmationToken(), filed);
		submission.request().acknowledge(owner, filed);
		assertThat(submission.request().status()).isEqualTo(RequestStatus.ACKNOWLEDGED);
		assertThatThrownBy(() -> submission.request().acknowledge(owner, filed)).isInstanceOf(RejectedException.class)
			.hasMessageContaining("already acknowledged");
	}

	@Test
	void theAnswerIsExtendedOnceByUpToTwoMonthsWithAReasonWhileTheFirstMonthRuns() {
		var submission = submission();
		RightsRequest request = submission.request();
		request.confirm(submission.confirmationToken(), filed);
		java.time.LocalDate dueDay = request.deadline().orElseThrow().dueOn();
		assertThatThrownBy(() -> request.extend(3, "Many systems to search", dueDay, filed))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("1 or 2");
		assertThatThrownBy(() -> request.extend(2, " ", dueDay, filed)).isInstanceOf(RejectedException.class)
			.extracting(ex -> ((RejectedException) ex).field())
			.isEqualTo("reason");
		assertThatThrownBy(() -> request.extend(2, "Too late", dueDay.plusDays(1), filed))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("first month ended");

		request.extend(2, "Many systems to search", dueDay, filed);
		assertThat(request.deadline().orElseThrow().dueOn()).isEqualTo(java.time.LocalDate.of(2027, 2, 23));
		assertThat(request.overdueOn(dueDay.plusDays(1))).isFalse();
		assertThatThrownBy(() -> request.extend(1, "Once more", dueDay, filed)).isInstanceOf(RejectedException.class)
			.hasMessageContaining("already extended once");
	}

	@Test
	void anExtensionOfOneMonthIsAcceptedAndOfNoneRefused() {
		var submission = submission();
		RightsRequest request = submission.request();
		request.confirm(submission.confirmationToken(), filed);
		java.time.LocalDate dueDay = request.deadline().orElseThrow().dueOn();
		assertThatThrownBy(() -> request.extend(0, "Nothing to add", dueDay, filed))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("1 or 2");
		request.extend(1, "Many systems to search", dueDay, filed);
		assertThat(request.deadline().orElseThrow().dueOn()).isEqualTo(java.time.LocalDate.of(2027, 1, 23));
	}

	@Test
	void aRequestIsOverdueTheDayAfterItsDueDayNotOnIt() {
		var submission = submission();
		RightsRequest request = submission.request();
		request.confirm(submission.confirmationToken(), filed);
		assertThat(request.deadline().orElseThrow().dueOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 23));
		assertThat(request.overdueOn(java.time.LocalDate.of(2026, 12, 23))).isFalse();
		assertThat(request.overdueOn(java.time.LocalDate.of(2026, 12, 24))).isTrue();
	}

	@Test
	void anAnsweredRequestIsNotAnsweredAgain() {
		var submission = submission();
		RightsRequest request = submission.request();
		request.confirm(submission.confirmationToken(), filed);
		UserId owner = new UserId(UUID.randomUUID());
		request.answer(RequestOutcome.FULFILLED, "Here is your data", owner, filed);
		assertThatThrownBy(() -> request.answer(RequestOutcome.REFUSED, "Changed our mind", owner, filed))
			.isInstanceOf(RejectedException.class);
		assertThat(request.answer().orElseThrow().outcome()).isEqualTo(RequestOutcome.FULFILLED);
	}

	@Test
	void anAnswerNeedsAnOutcomeAndAMessageAndEndsTheClock() {
		var submission = submission();
		RightsRequest request = submission.request();
		request.confirm(submission.confirmationToken(), filed);
		UserId owner = new UserId(UUID.randomUUID());
		assertThatThrownBy(() -> request.answer(null, "Here it is", owner, filed))
			.isInstanceOf(RejectedException.class);
		assertThatThrownBy(() -> request.answer(RequestOutcome.REFUSED, "", owner, filed))
			.isInstanceOf(RejectedException.class);
		request.answer(RequestOutcome.REFUSED, "Manifestly unfounded: the fifth identical request this week", owner,
				filed);
		assertThat(request.status()).isEqualTo(RequestStatus.ANSWERED);
		assertThat(request.overdueOn(request.deadline().orElseThrow().dueOn().plusYears(1))).isFalse();
		assertThatThrownBy(() -> request.extend(1, "Late", filed.atZone(ResponseDeadline.ZONE).toLocalDate(), filed))
			.isInstanceOf(RejectedException.class);
		request.close(filed);
		assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void aRequestAboutAnAppThePersonCannotNameAwaitsItsAppUntilSupportAssignsItWithTheSameDueDay() {
		var submission = RightsRequest.submitAboutUnknownApp("  the clinic's booking site ", RequestRight.ACCESS,
				new EmailAddress("person@example.org"), "What do you hold about me?", filed);
		RightsRequest request = submission.request();
		request.confirm(submission.confirmationToken(), filed);
		assertThat(request.awaitsApp()).isTrue();
		assertThat(request.aboutProvider()).isFalse();
		assertThat(request.organizationId()).isEmpty();
		assertThat(request.appHint()).contains("the clinic's booking site");
		var due = request.deadline().orElseThrow();

		Instant found = filed.plus(Duration.ofDays(9));
		request.escalate(filed.plus(Duration.ofDays(7)));
		var owner = new io.article28.accounts.OrganizationId(UUID.randomUUID());
		request.assignTo(new io.article28.platform.AppId(UUID.randomUUID()), "acme-website", owner, found);
		assertThat(request.awaitsApp()).isFalse();
		assertThat(request.aboutProvider()).isFalse();
		assertThat(request.organizationId()).contains(owner);
		assertThat(request.appName()).contains("acme-website");
		assertThat(request.deadline()).contains(due);
		assertThat(request.assignedAt()).contains(found);
		assertThat(request.escalatedAt()).as("the owner gets its own days before escalation").isEmpty();
		assertThatThrownBy(
				() -> request.assignTo(new io.article28.platform.AppId(UUID.randomUUID()), "other", owner, found))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("already about the app acme-website");

		var aboutProvider = submission();
		aboutProvider.request().confirm(aboutProvider.confirmationToken(), filed);
		assertThat(aboutProvider.request().aboutProvider()).isTrue();
		assertThatThrownBy(() -> aboutProvider.request()
			.assignTo(new io.article28.platform.AppId(UUID.randomUUID()), "acme-website", owner, found))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void whatThePersonWritesOfAnAppItCannotNameHasAtMost500Characters() {
		EmailAddress person = new EmailAddress("person@example.org");
		assertThat(RightsRequest.submitAboutUnknownApp("a".repeat(500), RequestRight.ACCESS, person, "Details", filed)
			.request()
			.appHint()).hasValueSatisfying(hint -> assertThat(hint).hasSize(500));
		assertThatThrownBy(() -> RightsRequest.submitAboutUnknownApp("a".repeat(501), RequestRight.ACCESS, person,
				"Details", filed))
			.isInstanceOf(RejectedException.class)
			.extracting("field")
			.isEqualTo("app");
		assertThat(RightsRequest.submitAboutUnknownApp(" ", RequestRight.ACCESS, person, "Details", filed)
			.request()
			.appHint()).isEmpty();
		assertThat(RightsRequest.MAX_APP_HINT).isEqualTo(500);
	}

	@Test
	void theProviderExtendsARequestAboutItselfLikeACustomerOnceAndWithinTheFirstMonth() {
		var late = submission();
		late.request().confirm(late.confirmationToken(), filed);
		assertThat(late.request().aboutProvider()).isTrue();
		java.time.LocalDate due = late.request().deadline().orElseThrow().dueOn();
		assertThatThrownBy(() -> late.request().extend(2, "Archives to search", due.plusDays(1), filed))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("no longer be extended");

		var inTime = submission();
		inTime.request().confirm(inTime.confirmationToken(), filed);
		assertThatThrownBy(() -> inTime.request().extend(3, "Archives to search", due, filed))
			.isInstanceOf(RejectedException.class);
		inTime.request().extend(2, "Archives to search", due, filed);
		assertThat(inTime.request().deadline().orElseThrow().dueOn()).isEqualTo(java.time.LocalDate.of(2027, 2, 23));
		assertThatThrownBy(() -> inTime.request().extend(1, "Again", due, filed)).isInstanceOf(RejectedException.class)
			.hasMessageContaining("already extended once");
	}

	@Test
	void aThrowawayAddressIsRefusedAPlainOneIsKept() {
		assertThatThrownBy(() -> RequestManagement.requesterEmail("someone@mailinator.com"))
			.isInstanceOf(RejectedException.class)
			.hasMessageContaining("disposable");
		assertThatThrownBy(() -> RequestManagement.requesterEmail("not an address"))
			.isInstanceOf(RejectedException.class);
		assertThat(RequestManagement.requesterEmail("Someone@Example.org").value()).isEqualTo("someone@example.org");
	}

}
