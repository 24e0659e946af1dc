package io.article28.audits.web;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditPlan;
import io.article28.audits.Auditor;
import io.article28.core.NotFoundException;
import io.article28.core.RejectedException;

/**
 * The customer's audits: the rules a plan must meet today (shown before submission), the
 * form to submit one, and the requests with the provider's concerns and decisions.
 */
@Controller
class AuditPages {

	/** What the submission form sends, as typed. */
	record PlanForm(String scope, String proposedStart, String durationDays, Auditor.Kind auditorKind,
			String auditorName, Boolean confidentialityAgreementSigned, String legalObligation) {

		AuditPlan plan() {
			return new AuditPlan(scope, AuditForms.date("proposedStart", proposedStart),
					AuditForms.days("durationDays", durationDays),
					new Auditor(auditorKind, auditorName, Boolean.TRUE.equals(confidentialityAgreementSigned)),
					legalObligation);
		}

	}

	private final AuditManagement audits;

	private final OrganizationAccess access;

	AuditPages(AuditManagement audits, OrganizationAccess access) {
		this.audits = audits;
		this.access = access;
	}

	@GetMapping("/audits")
	String audits(@AuthenticationPrincipal CurrentUser user, Model model) {
		OrganizationId organization = organization(user);
		model.addAttribute("rules", AuditViews.Rules.of(audits.rules(organization)));
		model.addAttribute("requests", AuditViews.details(audits, audits.requests(organization)));
		model.addAttribute("mayEdit", user.membership().map(m -> m.role().manages()).orElse(false));
		return "audits/audits";
	}

	@PostMapping("/audits")
	String submit(@AuthenticationPrincipal CurrentUser user, PlanForm form, RedirectAttributes redirect) {
		return handle(user, "plan", null, "audits.submitted", redirect,
				organization -> audits.submit(organization, form.plan(), user.id()));
	}

	@PostMapping("/audits/{id}/answers")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return handle(user, "answer-" + id, id, "audits.answered", redirect,
				organization -> audits.answer(organization, id, text, user.id()));
	}

	/** The written approval of a quote: the name typed and the box ticked. */
	@PostMapping("/audits/{id}/fee-quotes/{quoteId}/approval")
	String approveQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID quoteId,
			@RequestParam(required = false) String approverName, @RequestParam(defaultValue = "false") boolean approve,
			RedirectAttributes redirect) {
		return handle(user, "quote-" + id, id, "audits.quoteApproved", redirect,
				organization -> audits.approveQuote(organization, id, quoteId, approverName, approve, user.id()));
	}

	@PostMapping("/audits/{id}/fee-quotes/{quoteId}/refusal")
	String refuseQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID quoteId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return handle(user, "quote-" + id, id, "audits.quoteRefused", redirect,
				organization -> audits.declineQuote(organization, id, quoteId, reason, user.id()));
	}

	@PostMapping("/audits/{id}/reports")
	String attachReport(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = file == null ? null : file.getBytes();
		return handle(user, "report-" + id, id, "audits.reportAttached", redirect,
				organization -> audits.attachReport(organization, id, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getContentType(), bytes, user.id()));
	}

	@GetMapping("/audits/{id}/reports/{reportId}")
	ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@PathVariable UUID reportId) {
		return AuditViews.download(audits.report(organization(user), id, reportId));
	}

	/**
	 * Runs a step of the customer's side and comes back to the page, at the request it
	 * concerns if any, with the notice or the form's error.
	 */
	private String handle(CurrentUser user, String form, UUID request, String notice, RedirectAttributes redirect,
			Consumer<OrganizationId> step) {
		OrganizationId organization = organization(user);
		access.requireOwnManager(user, organization);
		try {
			step.accept(organization);
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", AuditForms.FormError.of(form, ex));
		}
		return "redirect:/audits" + (request == null ? "" : "#audit-" + request);
	}

	private OrganizationId organization(CurrentUser user) {
		OrganizationId organization = user.membership()
			.orElseThrow(() -> new NotFoundException("Organization"))
			.organizationId();
		access.requireReader(user, organization);
		return organization;
	}

}
