package io.article28.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.article28.core.LegalCalendar;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * A demand of a government authority for personal data the provider processes on its
 * customers' behalf (a subpoena, a judicial, administrative or arbitral order): the
 * customers concerned are told at once unless the law forbids it, in which case the
 * reason and its legal basis are kept and they are told when the prohibition ends; the
 * provider then records what it disclosed, or that it disclosed nothing.
 */
public class GovernmentDemand {

	/**
	 * The provider's own calendar: a demand received in Paris just after midnight was
	 * received that day, not the day before as UTC would have it.
	 */
	public static final ZoneId ZONE = LegalCalendar.ZONE;

	public static final int MAX_AUTHORITY = 200;

	public static final int MAX_REFERENCE = 100;

	public static final int MAX_LEGAL_BASIS = 1000;

	public static final int MAX_TEXT = 5000;

	private final UUID id;

	private final String authority;

	private final DemandType type;

	private final LocalDate receivedOn;

	private final String reference;

	private final String dataConcerned;

	private final List<OrganizationId> organizations;

	private final Instant registeredAt;

	private final UserId registeredBy;

	private final String withheldReason;

	private final String legalBasis;

	private Instant customersToldAt;

	private DemandStatus status;

	private String answer;

	private LocalDate answeredOn;

	private Instant answeredAt;

	private UserId answeredBy;

	GovernmentDemand(UUID id, String authority, DemandType type, LocalDate receivedOn, String reference,
			String dataConcerned, List<OrganizationId> organizations, Instant registeredAt, UserId registeredBy,
			String withheldReason, String legalBasis, Instant customersToldAt, DemandStatus status, String answer,
			LocalDate answeredOn, Instant answeredAt, UserId answeredBy) {
		this.id = Objects.requireNonNull(id);
		this.authority = authority;
		this.type = type;
		this.receivedOn = receivedOn;
		this.reference = reference;
		this.dataConcerned = dataConcerned;
		this.organizations = List.copyOf(organizations);
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		this.withheldReason = withheldReason;
		this.legalBasis = legalBasis;
		this.customersToldAt = customersToldAt;
		this.status = status;
		this.answer = answer;
		this.answeredOn = answeredOn;
		this.answeredAt = answeredAt;
		this.answeredBy = answeredBy;
	}

	/**
	 * A new open demand. It names at least one customer; it was received today at the
	 * latest; and the customers are told now unless staff withhold the notice, which
	 * needs both the reason and the legal basis that forbid telling them.
	 */
	public static GovernmentDemand register(NewGovernmentDemand demand, UserId by, Instant now) {
		String authority = Fields.line("authority", demand.authority(), MAX_AUTHORITY);
		if (demand.type() == null) {
			throw RejectedException.invalid("type",
					"must be one of SUBPOENA, COURT_ORDER, AGENCY_ORDER, ARBITRAL_ORDER, WARRANT, OTHER");
		}
		if (demand.receivedOn() == null) {
			throw RejectedException.invalid("receivedOn", "must say on which day the demand was received");
		}
		if (demand.receivedOn().isAfter(today(now))) {
			throw RejectedException.invalid("receivedOn", "must not be in the future");
		}
		String reference = optional("reference", demand.reference(), MAX_REFERENCE);
		String dataConcerned = Fields.required("dataConcerned", demand.dataConcerned(), MAX_TEXT);
		if (demand.organizations() == null || demand.organizations().isEmpty()) {
			throw RejectedException.invalid("organizations", "must name at least one organization concerned");
		}
		if (demand.organizations().stream().anyMatch(Objects::isNull)) {
			throw RejectedException.invalid("organizations", "must not hold an empty entry");
		}
		List<OrganizationId> organizations = new ArrayList<>(new LinkedHashSet<>(demand.organizations()));
		if (demand.notice() == null) {
			throw RejectedException.invalid("notice",
					"must say whether the organizations are told (NOTIFY) or the law forbids it (WITHHOLD)");
		}
		String reason = null;
		String basis = null;
		if (demand.notice() == NewGovernmentDemand.Decision.WITHHOLD) {
			reason = Fields.required("withheldReason", demand.withheldReason(), MAX_TEXT);
			basis = Fields.required("legalBasis", demand.legalBasis(), MAX_LEGAL_BASIS);
		}
		else if (filled(demand.withheldReason()) || filled(demand.legalBasis())) {
			throw RejectedException.invalid(filled(demand.withheldReason()) ? "withheldReason" : "legalBasis",
					"only when the law forbids telling the organizations (WITHHOLD)");
		}
		return new GovernmentDemand(UUID.randomUUID(), authority, demand.type(), demand.receivedOn(), reference,
				dataConcerned, organizations, now, Objects.requireNonNull(by), reason, basis,
				reason == null ? now : null, DemandStatus.OPEN, null, null, null, null);
	}

	/**
	 * The prohibition to tell the customers ended: they are told now. Only a withheld
	 * notice can be lifted, once.
	 */
	public void liftProhibition(Instant now) {
		if (notice() != CustomerNotice.WITHHELD) {
			throw RejectedException.conflict("notice", "the organizations concerned have already been told");
		}
		this.customersToldAt = now;
	}

	/** The provider disclosed data in answer to the demand: what, and on which day. */
	public void recordDisclosure(String disclosed, LocalDate on, UserId by, Instant now) {
		answer(DemandStatus.DISCLOSED, Fields.required("disclosed", disclosed, MAX_TEXT), on, by, now);
	}

	/**
	 * The provider disclosed nothing: the demand was contested, withdrawn, or found no
	 * data; why, and on which day that was settled.
	 */
	public void recordNothingDisclosed(String why, LocalDate on, UserId by, Instant now) {
		answer(DemandStatus.NOTHING_DISCLOSED, Fields.required("reason", why, MAX_TEXT), on, by, now);
	}

	private void answer(DemandStatus outcome, String text, LocalDate on, UserId by, Instant now) {
		if (status != DemandStatus.OPEN) {
			throw RejectedException.conflict("status", "the answer to this demand is already recorded");
		}
		if (on == null) {
			throw RejectedException.invalid("on", "must be a date");
		}
		if (on.isAfter(today(now))) {
			throw RejectedException.invalid("on", "must not be in the future");
		}
		if (on.isBefore(receivedOn)) {
			throw RejectedException.invalid("on", "must not be before the demand was received");
		}
		this.status = outcome;
		this.answer = text;
		this.answeredOn = on;
		this.answeredAt = now;
		this.answeredBy = Objects.requireNonNull(by);
	}

	/** Today in the provider's calendar. */
	public static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZONE);
	}

	private static String optional(String field, String value, int maxLength) {
		return filled(value) ? Fields.required(field, value, maxLength) : null;
	}

	private static boolean filled(String value) {
		return value != null && !value.isBlank();
	}

	public UUID id() {
		return id;
	}

	public String authority() {
		return authority;
	}

	public DemandType type() {
		return type;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public Optional<String> reference() {
		return Optional.ofNullable(reference);
	}

	public String dataConcerned() {
		return dataConcerned;
	}

	/**
	 * The customers the demand concerns; fewer than registered once one is erased, none
	 * when all are.
	 */
	public List<OrganizationId> organizations() {
		return organizations;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public UserId registeredBy() {
		return registeredBy;
	}

	public CustomerNotice notice() {
		if (withheldReason == null) {
			return CustomerNotice.NOTIFIED;
		}
		return customersToldAt == null ? CustomerNotice.WITHHELD : CustomerNotice.LIFTED;
	}

	/** Why the customers were not told at first, when the law forbade it. */
	public Optional<String> withheldReason() {
		return Optional.ofNullable(withheldReason);
	}

	/** The law, order or article that forbade telling them. */
	public Optional<String> legalBasis() {
		return Optional.ofNullable(legalBasis);
	}

	/** When the customers were told: at registration, or when the prohibition ended. */
	public Optional<Instant> customersToldAt() {
		return Optional.ofNullable(customersToldAt);
	}

	public DemandStatus status() {
		return status;
	}

	/** What was disclosed, or why nothing was. */
	public Optional<String> answer() {
		return Optional.ofNullable(answer);
	}

	public Optional<LocalDate> answeredOn() {
		return Optional.ofNullable(answeredOn);
	}

	public Optional<Instant> answeredAt() {
		return Optional.ofNullable(answeredAt);
	}

	public Optional<UserId> answeredBy() {
		return Optional.ofNullable(answeredBy);
	}

}
