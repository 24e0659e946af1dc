package io.article28.audits.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

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
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.audits.AuditManagement;
import io.article28.audits.AuditStatus;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/**
 * The DPOs' queue of audit requests, with the forms to raise concerns, agree or refuse.
 */
@Controller
class AuditReviewPages {

	private final AuditManagement audits;

	AuditReviewPages(AuditManagement audits) {
		this.audits = audits;
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/audits")
	String queue(@RequestParam(required = false) AuditStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("requests", AuditViews.details(audits, audits.queue(status, PageRequest.of(page, 20))));
		model.addAttribute("status", status);
		model.addAttribute("statuses", AuditStatus.values());
		return "audits/review";
	}

	/** One request, where each form of the review comes back to. */
	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/audits/{id}")
	String request(@PathVariable UUID id, Model model) {
		model.addAttribute("requests", new Page<>(List.of(AuditViews.detail(audits, audits.request(id))), 0, 1, 1));
		model.addAttribute("single", true);
		return "audits/review";
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/concerns")
	String raiseConcerns(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return handle(id, "audits.concernsRaised", redirect, () -> audits.raiseConcerns(id, text, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/agreement")
	String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String start, @RequestParam(required = false) String durationDays,
			@RequestParam(defaultValue = "false") boolean auditorAccepted, RedirectAttributes redirect) {
		return handle(id, "audits.agreed", redirect, () -> audits.agree(id, AuditForms.date("start", start),
				AuditForms.days("durationDays", durationDays), auditorAccepted, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/refusal")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean competitor,
			RedirectAttributes redirect) {
		return handle(id, "audits.refused", redirect, () -> audits.refuse(id, reason, competitor, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/fee-quotes")
	String proposeQuote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) String assistance, @RequestParam(required = false) String amount,
			RedirectAttributes redirect) {
		return handle(id, "audits.quoted", redirect,
				() -> audits.proposeQuote(id, assistance, AuditForms.amount("amount", amount), user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/start")
	String start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return handle(id, "audits.started", redirect, () -> audits.start(id, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/completion")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return handle(id, "audits.completed", redirect, () -> audits.complete(id, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/audits/{id}/reports")
	String attachReport(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		byte[] bytes = file == null ? null : file.getBytes();
		return handle(id, "audits.reportAttached", redirect,
				() -> audits.attachReport(id, file == null ? null : file.getOriginalFilename(),
						file == null ? null : file.getContentType(), bytes, user.id()));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@GetMapping("/staff/audits/{id}/reports/{reportId}")
	ResponseEntity<byte[]> report(@PathVariable UUID id, @PathVariable UUID reportId) {
		return AuditViews.download(audits.report(id, reportId));
	}

	private String handle(UUID id, String notice, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("formError", AuditForms.FormError.of("review-" + id, ex));
		}
		return "redirect:/staff/audits/" + id;
	}

}
