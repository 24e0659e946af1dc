package io.article28.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;
import io.article28.incidents.NewGovernmentDemand.Decision;

class GovernmentDemandTests {

	/** 23:30 UTC on 23 November is already 24 November in Paris. */
	private final Instant now = Instant.parse("2026-11-23T23:30:00Z");

	private final LocalDate today = LocalDate.parse("2026-11-24");

	private final UserId dpo = new UserId(UUID.randomUUID());

	private final OrganizationId acme = OrganizationId.random();

	private final OrganizationId civic = OrganizationId.random();

	private NewGovernmentDemand demand(LocalDate receivedOn, List<OrganizationId> organizations, Decision notice,
			String reason, String basis) {
		return new NewGovernmentDemand("Tribunal judiciaire de Paris", DemandType.COURT_ORDER, receivedOn, "RG 26/0042",
				"Access logs of the app acme-website for October", organizations, notice, reason, basis);
	}

	private GovernmentDemand notified() {
		return GovernmentDemand.register(demand(today, List.of(acme), Decision.NOTIFY, null, null), dpo, now);
	}

	private GovernmentDemand withheld() {
		return GovernmentDemand.register(
				demand(today, List.of(acme), Decision.WITHHOLD, "Secrecy of a criminal investigation", "Art. 11 CPP"),
				dpo, now);
	}

	private static void assertRefused(Runnable step, String field) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(RejectedException.class,
				rejected -> assertThat(rejected.field()).isEqualTo(field));
	}

	@Test
	void aNotifiedDemandIsToldAtRegistrationAndOpen() {
		GovernmentDemand demand = notified();
		assertThat(demand.notice()).isEqualTo(CustomerNotice.NOTIFIED);
		assertThat(demand.notice().told()).isTrue();
		assertThat(demand.customersToldAt()).contains(now);
		assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);
		assertThat(demand.withheldReason()).isEmpty();
	}

	@Test
	void withheldDemandNeedsAReasonAndALegalBasis() {
		assertRefused(() -> GovernmentDemand.register(demand(today, List.of(acme), Decision.WITHHOLD, null, "Art. 11"),
				dpo, now), "withheldReason");
		assertRefused(() -> GovernmentDemand.register(demand(today, List.of(acme), Decision.WITHHOLD, "Secrecy", " "),
				dpo, now), "legalBasis");
		GovernmentDemand demand = withheld();
		assertThat(demand.notice()).isEqualTo(CustomerNotice.WITHHELD);
		assertThat(demand.notice().told()).isFalse();
		assertThat(demand.customersToldAt()).isEmpty();
		assertThat(demand.legalBasis()).contains("Art. 11 CPP");
	}

	@Test
	void aNotifiedDemandTakesNoWithholdingReasonNorLegalBasis() {
		assertRefused(() -> GovernmentDemand.register(demand(today, List.of(acme), Decision.NOTIFY, "Secrecy", null),
				dpo, now), "withheldReason");
		assertRefused(() -> GovernmentDemand.register(demand(today, List.of(acme), Decision.NOTIFY, null, "Art. 11"),
				dpo, now), "legalBasis");
	}

	@Test
	void theNoticeDecisionIsRequired() {
		assertRefused(() -> GovernmentDemand.register(demand(today, List.of(acme), null, null, null), dpo, now),
				"notice");
	}

	@Test
	void aDemandNamesAtLeastOneOrganizationEachOnce() {
		assertRefused(() -> GovernmentDemand.register(demand(today, List.of(), Decision.NOTIFY, null, null), dpo, now),
				"organizations");
		assertRefused(() -> GovernmentDemand.register(demand(today, null, Decision.NOTIFY, null, null), dpo, now),
				"organizations");
		assertRefused(() -> GovernmentDemand
			.register(demand(today, Arrays.asList(acme, null), Decision.NOTIFY, null, null), dpo, now),
				"organizations");
		GovernmentDemand demand = GovernmentDemand
			.register(demand(today, List.of(acme, civic, acme), Decision.NOTIFY, null, null), dpo, now);
		assertThat(demand.organizations()).containsExactly(acme, civic);
	}

	@Test
	void aDemandReceivedTomorrowIsRefusedButOneReceivedTodayInParisIsAccepted() {
		assertRefused(() -> GovernmentDemand
			.register(demand(today.plusDays(1), List.of(acme), Decision.NOTIFY, null, null), dpo, now), "receivedOn");
		assertRefused(
				() -> GovernmentDemand.register(demand(null, List.of(acme), Decision.NOTIFY, null, null), dpo, now),
				"receivedOn");
		assertThat(notified().receivedOn()).isEqualTo(today);
	}

	@Test
	void authorityTypeAndDataConcernedAreRequiredAndBounded() {
		NewGovernmentDemand base = demand(today, List.of(acme), Decision.NOTIFY, null, null);
		assertRefused(
				() -> GovernmentDemand.register(new NewGovernmentDemand(" ", base.type(), today, null,
						base.dataConcerned(), base.organizations(), Decision.NOTIFY, null, null), dpo, now),
				"authority");
		assertRefused(
				() -> GovernmentDemand.register(new NewGovernmentDemand("x".repeat(201), base.type(), today, null,
						base.dataConcerned(), base.organizations(), Decision.NOTIFY, null, null), dpo, now),
				"authority");
		assertRefused(() -> GovernmentDemand.register(new NewGovernmentDemand(base.authority(), null, today, null,
				base.dataConcerned(), base.organizations(), Decision.NOTIFY, null, null), dpo, now), "type");
		assertRefused(() -> GovernmentDemand.register(new NewGovernmentDemand(base.authority(), base.type(), today,
				null, "", base.organizations(), Decision.NOTIFY, null, null), dpo, now), "dataConcerned");
		assertRefused(() -> GovernmentDemand.register(new NewGovernmentDemand(base.authority(), base.type(), today,
				"r".repeat(101), base.dataConcerned(), base.organizations(), Decision.NOTIFY, null, null), dpo, now),
				"reference");
		GovernmentDemand withoutReference = GovernmentDemand.register(new NewGovernmentDemand(base.authority(),
				base.type(), today, "  ", base.dataConcerned(), base.organizations(), Decision.NOTIFY, null, null), dpo,
				now);
		assertThat(withoutReference.reference()).isEmpty();
	}

	@Test
	void onlyAWithheldNoticeIsLiftedAndOnlyOnce() {
		assertThatThrownBy(() -> notified().liftProhibition(now)).isInstanceOfSatisfying(RejectedException.class,
				rejected -> assertThat(rejected.kind()).isEqualTo(RejectedException.Kind.CONFLICT));
		GovernmentDemand demand = withheld();
		Instant later = now.plusSeconds(3600);
		demand.liftProhibition(later);
		assertThat(demand.notice()).isEqualTo(CustomerNotice.LIFTED);
		assertThat(demand.notice().told()).isTrue();
		assertThat(demand.customersToldAt()).contains(later);
		assertThat(demand.withheldReason()).contains("Secrecy of a criminal investigation");
		assertThatThrownBy(() -> demand.liftProhibition(later)).isInstanceOf(RejectedException.class);
	}

	@Test
	void aDisclosureSaysWhatAndWhenNeverBeforeReceiptNorInTheFuture() {
		GovernmentDemand demand = GovernmentDemand
			.register(demand(today.minusDays(5), List.of(acme), Decision.NOTIFY, null, null), dpo, now);
		assertRefused(() -> demand.recordDisclosure(" ", today, dpo, now), "disclosed");
		assertRefused(() -> demand.recordDisclosure("Logs", null, dpo, now), "on");
		assertRefused(() -> demand.recordDisclosure("Logs", today.minusDays(6), dpo, now), "on");
		assertRefused(() -> demand.recordDisclosure("Logs", today.plusDays(1), dpo, now), "on");
		assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);

		demand.recordDisclosure("Access logs of 1-31 October", today.minusDays(5), dpo, now);
		assertThat(demand.status()).isEqualTo(DemandStatus.DISCLOSED);
		assertThat(demand.answer()).contains("Access logs of 1-31 October");
		assertThat(demand.answeredOn()).contains(today.minusDays(5));
		assertThat(demand.answeredBy()).contains(dpo);
	}

	@Test
	void nothingDisclosedNeedsAReasonAndAnAnswerIsRecordedOnce() {
		GovernmentDemand demand = notified();
		assertRefused(() -> demand.recordNothingDisclosed(null, today, dpo, now), "reason");
		demand.recordNothingDisclosed("Contested as too broad; the authority withdrew it", today, dpo, now);
		assertThat(demand.status()).isEqualTo(DemandStatus.NOTHING_DISCLOSED);
		assertThatThrownBy(() -> demand.recordDisclosure("Logs", today, dpo, now))
			.isInstanceOfSatisfying(RejectedException.class, rejected -> {
				assertThat(rejected.kind()).isEqualTo(RejectedException.Kind.CONFLICT);
				assertThat(rejected.field()).isEqualTo("status");
			});
	}

	@Test
	void aWithheldDemandMayBeAnsweredBeforeItsCustomersAreTold() {
		GovernmentDemand demand = withheld();
		demand.recordDisclosure("Subscriber data of one account", today, dpo, now);
		assertThat(demand.status()).isEqualTo(DemandStatus.DISCLOSED);
		assertThat(demand.notice()).isEqualTo(CustomerNotice.WITHHELD);
	}

}
