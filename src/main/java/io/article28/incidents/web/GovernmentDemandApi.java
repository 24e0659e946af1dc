package io.article28.incidents.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.incidents.DemandStatus;
import io.article28.incidents.DemandType;
import io.article28.incidents.GovernmentDemand;
import io.article28.incidents.GovernmentDemandManagement;
import io.article28.incidents.NewGovernmentDemand;

/**
 * Government demands: the provider's DPOs and administrators register and answer them,
 * its security staff read them too; a customer reads those it has been told of.
 */
@RestController
class GovernmentDemandApi {

	static final StaffRole[] READERS = { StaffRole.DPO, StaffRole.ADMIN, StaffRole.SECURITY };

	record RegistrationRequest(String authority, DemandType type, LocalDate receivedOn, String reference,
			String dataConcerned, List<UUID> organizations, NewGovernmentDemand.Decision notice, String withheldReason,
			String legalBasis) {

		NewGovernmentDemand demand() {
			return new NewGovernmentDemand(authority, type, receivedOn, reference, dataConcerned,
					organizations == null ? null
							: organizations.stream().map(id -> id == null ? null : new OrganizationId(id)).toList(),
					notice, withheldReason, legalBasis);
		}

	}

	/**
	 * The answer to a demand: what was disclosed, or, with {@code disclosed} false, why
	 * nothing was; and on which day.
	 */
	record DisclosureRequest(Boolean disclosed, String details, LocalDate on) {
	}

	private final GovernmentDemandManagement demands;

	private final OrganizationAccess access;

	GovernmentDemandApi(GovernmentDemandManagement demands, OrganizationAccess access) {
		this.demands = demands;
		this.access = access;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/government-demands")
	ResponseEntity<GovernmentDemandViews.Detail> register(@AuthenticationPrincipal CurrentUser user,
			@RequestBody RegistrationRequest request) {
		GovernmentDemand demand = demands.register(request.demand(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/government-demands/" + demand.id())).body(detail(demand));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN, StaffRole.SECURITY })
	@GetMapping("/api/v1/government-demands")
	Page<GovernmentDemandViews.Detail> list(@RequestParam(required = false) DemandStatus status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Page<GovernmentDemand> found = demands.demands(status, PageRequest.of(page, size));
		var names = demands.organizationNames(
				new HashSet<>(found.items().stream().flatMap(demand -> demand.organizations().stream()).toList()));
		return found.map(demand -> GovernmentDemandViews.Detail.of(demand, names));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN, StaffRole.SECURITY })
	@GetMapping("/api/v1/government-demands/{id}")
	GovernmentDemandViews.Detail demand(@PathVariable UUID id) {
		return detail(demands.demand(id));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/government-demands/{id}/disclosure")
	GovernmentDemandViews.Detail answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestBody DisclosureRequest request) {
		if (request.disclosed() == null) {
			throw RejectedException.invalid("disclosed", "must say whether anything was disclosed");
		}
		return detail(request.disclosed() ? demands.recordDisclosure(id, request.details(), request.on(), user.id())
				: demands.recordNothingDisclosed(id, request.details(), request.on(), user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/government-demands/{id}/lifting")
	GovernmentDemandViews.Detail lift(@PathVariable UUID id) {
		return detail(demands.liftProhibition(id));
	}

	@GetMapping("/api/v1/organizations/{orgId}/government-demands")
	Page<GovernmentDemandViews.ForCustomer> toldTo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		requireCustomerReader(access, user, organization);
		return demands.toldTo(organization, PageRequest.of(page, size)).map(GovernmentDemandViews.ForCustomer::of);
	}

	/**
	 * A member of the organization, or staff who may read demands (what the customer
	 * sees, to help it).
	 */
	static void requireCustomerReader(OrganizationAccess access, CurrentUser user, OrganizationId organization) {
		if (user.isStaff()) {
			access.requireStaff(user, READERS);
		}
		access.requireReader(user, organization);
	}

	private GovernmentDemandViews.Detail detail(GovernmentDemand demand) {
		return GovernmentDemandViews.Detail.of(demand,
				demands.organizationNames(new HashSet<>(demand.organizations())));
	}

}
