package io.article28.accounts.web;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.NewMember;
import io.article28.accounts.Organization;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.OrganizationRole;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/**
 * Pages and forms of accounts: the staff list of organizations, and the DPO-contact and
 * new-member forms shown on an organization's dashboard.
 */
@Controller
class OrganizationPages {

	record OrganizationForm(String name, String billingEmail) implements Serializable {
	}

	record DpoForm(String name, String email) implements Serializable {
	}

	record MemberForm(String email, String name, OrganizationRole role, Boolean canExport,
			String password) implements Serializable {

		public boolean exports() {
			return Boolean.TRUE.equals(canExport);
		}
	}

	/** A refused form travels back to the page it came from with the field at fault. */
	record FormError(String form, String field, String message) implements Serializable {
	}

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	OrganizationPages(AccountManagement accounts, OrganizationAccess access) {
		this.accounts = accounts;
		this.access = access;
	}

	@GetMapping("/staff/organizations")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("organizations", accounts.organizations(PageRequest.of(page, 25)));
		if (!model.containsAttribute("organizationForm")) {
			model.addAttribute("organizationForm", new OrganizationForm("", ""));
		}
		return "accounts/organizations";
	}

	@StaffOnly(StaffRole.ADMIN)
	@PostMapping("/staff/organizations")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute OrganizationForm form,
			RedirectAttributes redirect) {
		try {
			Organization organization = accounts.createOrganization(form.name(), form.billingEmail(), user.id());
			redirect.addFlashAttribute("notice", "organizations.created");
			return "redirect:/staff/organizations/" + organization.id();
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("organizationForm", form);
			redirect.addFlashAttribute("formError", new FormError("organization", ex.field(), ex.getMessage()));
			return "redirect:/staff/organizations";
		}
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/dpo")
	String changeDpo(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @ModelAttribute DpoForm form,
			RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		try {
			accounts.changeDpoContact(id, form.name(), form.email(), user.id());
			redirect.addFlashAttribute("notice", "dpo.saved");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("dpoForm", form);
			redirect.addFlashAttribute("formError", new FormError("dpo", ex.field(), ex.getMessage()));
		}
		return back(user, id);
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/members")
	String addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@ModelAttribute MemberForm form, RedirectAttributes redirect) {
		OrganizationId id = new OrganizationId(orgId);
		try {
			if (form.role() == null) {
				throw RejectedException.invalid("role", "choose a role");
			}
			access.requireMayGrant(user, form.role());
			accounts.addMember(id,
					new NewMember(form.email(), form.name(), form.role(), form.exports(), form.password()), user.id());
			redirect.addFlashAttribute("notice", "members.added");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("memberForm",
					new MemberForm(form.email(), form.name(), form.role(), form.canExport(), ""));
			redirect.addFlashAttribute("formError", new FormError("member", ex.field(), ex.getMessage()));
		}
		return back(user, id);
	}

	private static String back(CurrentUser user, OrganizationId organization) {
		return user.isStaff() ? "redirect:/staff/organizations/" + organization : "redirect:/dashboard";
	}

}
