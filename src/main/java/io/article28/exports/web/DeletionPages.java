package io.article28.exports.web;

import java.io.Serializable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;
import io.article28.exports.DeletionManagement;
import io.article28.exports.UnpaidInvoices;

/**
 * The owner's acts on the "Your data" page ({@link ExportPages}): ask for the account's
 * deletion, cancel it, restrict processing and lift the restriction. Each comes back to
 * the page.
 */
@Controller
class DeletionPages {

	static final String PAGE = "/data";

	record FormError(String form, String field, String message) implements Serializable {
	}

	private final DeletionManagement deletions;

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	DeletionPages(DeletionManagement deletions, AccountManagement accounts, OrganizationAccess access) {
		this.deletions = deletions;
		this.accounts = accounts;
		this.access = access;
	}

	@PostMapping(PAGE + "/deletion")
	String request(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(user, "deletion", "deletion.requested", redirect,
				organization -> deletions.request(organization, user.id()));
	}

	@PostMapping(PAGE + "/deletion/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(user, "deletion", "deletion.cancelled", redirect,
				organization -> deletions.cancel(organization, user.id()));
	}

	@PostMapping(PAGE + "/restriction")
	String restrict(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(user, "restriction", "restriction.restricted", redirect,
				organization -> accounts.restrictProcessing(organization, user.id()));
	}

	@PostMapping(PAGE + "/restriction/lift")
	String lift(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return act(user, "restriction", "restriction.lifted", redirect,
				organization -> accounts.liftRestriction(organization, user.id()));
	}

	private String act(CurrentUser user, String form, String notice, RedirectAttributes redirect,
			java.util.function.Consumer<OrganizationId> action) {
		OrganizationId organization = organizationOf(user);
		access.requireOwner(user, organization);
		try {
			action.accept(organization);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", new FormError(form, ex.field(), ex.getMessage()));
		}
		catch (UnpaidInvoices ex) {
			redirect.addFlashAttribute("formError", new FormError(form, null, ex.getMessage()));
		}
		return "redirect:/organizations/" + organization + "/data#" + form;
	}

	private static OrganizationId organizationOf(CurrentUser user) {
		return user.membership().orElseThrow(() -> new NotFoundException("Organization")).organizationId();
	}

}
