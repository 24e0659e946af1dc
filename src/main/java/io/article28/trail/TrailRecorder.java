package io.article28.trail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.ApiTokenCreated;
import io.article28.accounts.ApiTokenRevoked;
import io.article28.accounts.DpoContactChanged;
import io.article28.accounts.LoginFailed;
import io.article28.accounts.Membership;
import io.article28.accounts.MemberAdded;
import io.article28.accounts.OrganizationCreated;
import io.article28.accounts.OrganizationErased;
import io.article28.accounts.ProcessingRestricted;
import io.article28.accounts.ProcessingRestrictionLifted;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.ProfileRectified;
import io.article28.accounts.PasswordSet;
import io.article28.accounts.StaffAdded;
import io.article28.accounts.StaffDeactivated;
import io.article28.accounts.StaffRolesChanged;
import io.article28.accounts.UserId;
import io.article28.platform.AppRegistered;
import io.article28.platform.ProviderDescribed;
import io.article28.platform.BackupRecorded;
import io.article28.platform.InvoiceRecorded;
import io.article28.platform.RegionDefined;

/**
 * Turns the other modules' events into trail entries. The listeners are synchronous on
 * purpose: they run inside the transaction that made the change, so the evidence is
 * written with the change or not at all, and nothing can happen between the two.
 */
@Component
class TrailRecorder {

	private final TrailManagement trail;

	private final AccountManagement accounts;

	TrailRecorder(TrailManagement trail, AccountManagement accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	@EventListener
	void on(OrganizationCreated event) {
		trail.record(
				TrailRecord.of("organization.created", event.organizationId(), "organization", event.organizationId()));
	}

	@EventListener
	void on(MemberAdded event) {
		trail.record(TrailRecord.of("member.added", event.organizationId(), "user", event.memberId())
			.with("role", event.role()));
	}

	@EventListener
	void on(StaffAdded event) {
		trail.record(TrailRecord.of("staff.added", null, "user", event.userId()).with("roles", codes(event.roles())));
	}

	@EventListener
	void on(StaffRolesChanged event) {
		trail.record(TrailRecord.of("staff.roles-changed", null, "user", event.userId())
			.with("given", codes(event.given()))
			.with("taken", codes(event.taken())));
	}

	@EventListener
	void on(StaffDeactivated event) {
		trail.record(TrailRecord.of("staff.deactivated", null, "user", event.userId()));
	}

	@EventListener
	void on(PasswordSet event) {
		trail.record(TrailRecord.of("password.set", organizationOf(event.userId()), "user", event.userId())
			.with("purpose", event.purpose()));
	}

	private static String codes(java.util.Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
	}

	@EventListener
	void on(DpoContactChanged event) {
		trail.record(
				TrailRecord.of("dpo-contact.changed", event.organizationId(), "organization", event.organizationId()));
	}

	@EventListener
	void on(ProfileRectified event) {
		trail.record(TrailRecord.of("profile.rectified", organizationOf(event.userId()), "user", event.userId())
			.with("fields", String.join(",", event.fields())));
	}

	@EventListener
	void on(ApiTokenCreated event) {
		// The owner is the actor: a person's identifier goes in the actor or object
		// fields,
		// where erasing the person replaces it by its pseudonym, never in the details.
		trail.record(TrailRecord.of("api-token.created", organizationOf(event.userId()), "api-token", event.tokenId()));
	}

	@EventListener
	void on(ApiTokenRevoked event) {
		trail.record(TrailRecord.of("api-token.revoked", organizationOf(event.userId()), "api-token", event.tokenId()));
	}

	@EventListener
	void on(LoginFailed event) {
		UserId user = event.userId();
		trail.record(TrailRecord.of("login.failed", user == null ? null : organizationOf(user), "user", user));
	}

	@EventListener
	void on(ProviderDescribed event) {
		trail.record(TrailRecord.of("provider.described", null, "provider", null));
	}

	@EventListener
	void on(AppRegistered event) {
		trail.record(TrailRecord.of("app.registered", event.organizationId(), "app", event.appId())
			.with("region", event.regionCode()));
	}

	@EventListener
	void on(io.article28.platform.AppDomainsChanged event) {
		trail.record(TrailRecord.of("app.domains-changed", event.organizationId(), "app", event.appId())
			.with("domains", event.domains()));
	}

	@EventListener
	void on(InvoiceRecorded event) {
		trail.record(TrailRecord.of("invoice.recorded", event.organizationId(), "invoice", event.number())
			.with("status", event.status()));
	}

	@EventListener
	void on(BackupRecorded event) {
		trail.record(TrailRecord.of("backup.recorded", event.organizationId(), "app-backup", event.backupId())
			.with("app", event.appId())
			.with("created", event.created()));
	}

	@EventListener
	void on(RegionDefined event) {
		trail.record(TrailRecord.of("region.defined", null, "region", event.code()));
	}

	@EventListener
	void on(ProcessingRestricted event) {
		trail.record(TrailRecord.of("organization.restricted", event.organizationId(), "organization",
				event.organizationId()));
	}

	@EventListener
	void on(ProcessingRestrictionLifted event) {
		trail.record(TrailRecord.of("organization.restriction-lifted", event.organizationId(), "organization",
				event.organizationId()));
	}

	/** The members of an erased organization stay in the trail only as pseudonyms. */
	@EventListener
	void on(OrganizationErased event) {
		trail.pseudonymize(event.organizationId(),
				event.members().stream().map(member -> member.value().toString()).toList());
	}

	private OrganizationId organizationOf(UserId user) {
		return accounts.user(user).membership().map(Membership::organizationId).orElse(null);
	}

}
