package io.article28.incidents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.article28.accounts.OrganizationId;
import io.article28.incidents.CustomerNotice;
import io.article28.incidents.DemandStatus;
import io.article28.incidents.DemandType;
import io.article28.incidents.GovernmentDemand;

/**
 * What the API and the pages show of a government demand: all of it to the provider's
 * staff; to a customer, the demand and the answer, never the other customers it concerns
 * nor why it was kept from them.
 */
final class GovernmentDemandViews {

	private GovernmentDemandViews() {
	}

	/** An organization a demand concerns, by name; an erased one is no longer listed. */
	record Concerned(UUID id, String name) {

		static List<Concerned> of(GovernmentDemand demand, Map<OrganizationId, String> names) {
			return demand.organizations()
				.stream()
				.filter(names::containsKey)
				.map(organization -> new Concerned(organization.value(), names.get(organization)))
				.sorted(Comparator.comparing(Concerned::name))
				.toList();
		}

	}

	/** The whole demand, for staff. */
	record Detail(UUID id, String authority, DemandType type, LocalDate receivedOn, String reference,
			String dataConcerned, List<Concerned> organizations, Instant registeredAt, CustomerNotice notice,
			String withheldReason, String legalBasis, Instant customersToldAt, DemandStatus status, String answer,
			LocalDate answeredOn, Instant answeredAt) {

		static Detail of(GovernmentDemand demand, Map<OrganizationId, String> names) {
			return new Detail(demand.id(), demand.authority(), demand.type(), demand.receivedOn(),
					demand.reference().orElse(null), demand.dataConcerned(), Concerned.of(demand, names),
					demand.registeredAt(), demand.notice(), demand.withheldReason().orElse(null),
					demand.legalBasis().orElse(null), demand.customersToldAt().orElse(null), demand.status(),
					demand.answer().orElse(null), demand.answeredOn().orElse(null), demand.answeredAt().orElse(null));
		}

	}

	/** What a customer told of a demand sees of it. */
	record ForCustomer(UUID id, String authority, DemandType type, LocalDate receivedOn, String reference,
			String dataConcerned, Instant toldAt, DemandStatus status, String answer, LocalDate answeredOn) {

		static ForCustomer of(GovernmentDemand demand) {
			return new ForCustomer(demand.id(), demand.authority(), demand.type(), demand.receivedOn(),
					demand.reference().orElse(null), demand.dataConcerned(), demand.customersToldAt().orElseThrow(),
					demand.status(), demand.answer().orElse(null), demand.answeredOn().orElse(null));
		}

	}

}
