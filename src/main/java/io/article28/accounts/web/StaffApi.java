package io.article28.accounts.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.StaffManagement;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.accounts.User;
import io.article28.accounts.UserId;
import io.article28.core.Page;
import io.article28.core.PageRequest;

/**
 * The provider's staff, for its administrators: who holds which role, inviting a new
 * staff member, giving and taking roles, deactivating one who left.
 */
@RestController
@RequestMapping("/api/v1/staff")
@StaffOnly(StaffRole.ADMIN)
class StaffApi {

	record NewStaffRequest(@NotBlank String email, @NotBlank @Size(max = 200) String name, List<StaffRole> roles) {
	}

	record RolesRequest(List<StaffRole> roles) {
	}

	record StaffView(UUID id, String email, String name, List<StaffRole> roles, boolean active, Instant createdAt,
			Instant deactivatedAt) {

		static StaffView of(User user) {
			return new StaffView(user.id().value(), user.email().value(), user.name(), user.staffRoles(),
					user.isActive(), user.createdAt(), user.deactivatedAt().orElse(null));
		}

	}

	private final StaffManagement staff;

	StaffApi(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping
	Page<StaffView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return staff.staff(PageRequest.of(page, size)).map(StaffView::of);
	}

	@GetMapping("/{userId}")
	StaffView show(@PathVariable UUID userId) {
		return StaffView.of(staff.staffMember(new UserId(userId)));
	}

	/** The new staff member is mailed a link to choose its password. */
	@PostMapping
	ResponseEntity<StaffView> invite(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewStaffRequest request) {
		User invited = staff.invite(request.email(), request.name(), request.roles(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + invited.id())).body(StaffView.of(invited));
	}

	@PutMapping("/{userId}/roles")
	StaffView changeRoles(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID userId,
			@RequestBody RolesRequest request) {
		return StaffView.of(staff.changeRoles(new UserId(userId), request.roles(), user.id()));
	}

	@PostMapping("/{userId}/deactivation")
	StaffView deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID userId) {
		return StaffView.of(staff.deactivate(new UserId(userId), user.id()));
	}

}
