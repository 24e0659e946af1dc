package io.article28.notifications.web;

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

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;
import io.article28.notifications.NotificationManagement;

/** The dashboard's notification forms (read, webhook) and the staff mailbox. */
@Controller
class NotificationPages {

	record WebhookForm(String url, String secret) implements Serializable {
	}

	/** A refused webhook comes back to the dashboard with the field at fault. */
	record WebhookError(String field, String message) implements Serializable {
	}

	private final NotificationManagement notifications;

	private final OrganizationAccess access;

	NotificationPages(NotificationManagement notifications, OrganizationAccess access) {
		this.notifications = notifications;
		this.access = access;
	}

	@PostMapping("/organizations/{orgId}/notifications/read")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		notifications.markAllRead(organization);
		return back(user, organization);
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/webhook")
	String configureWebhook(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@ModelAttribute WebhookForm form, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		try {
			notifications.configureWebhook(organization, form.url(), form.secret());
			redirect.addFlashAttribute("notice", "webhook.saved");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("webhookForm", new WebhookForm(form.url(), ""));
			redirect.addFlashAttribute("webhookError", new WebhookError(ex.field(), ex.getMessage()));
		}
		return back(user, organization);
	}

	@Requires(OrganizationRight.MANAGE)
	@PostMapping("/organizations/{orgId}/webhook/remove")
	String removeWebhook(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(orgId);
		notifications.removeWebhook(organization);
		redirect.addFlashAttribute("notice", "webhook.removed");
		return back(user, organization);
	}

	@GetMapping("/staff/mailbox")
	String mailbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", notifications.mailbox(PageRequest.of(page, 25)));
		return "notifications/mailbox";
	}

	private static String back(CurrentUser user, OrganizationId organization) {
		return user.isStaff() ? "redirect:/staff/organizations/" + organization : "redirect:/dashboard";
	}

}
