package io.article28.agreements.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.article28.accounts.AccountManagement;
import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.CustomerBlock;
import io.article28.agreements.DpaDocument;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.DpaUploadManagement;
import io.article28.agreements.NewDpaVersion;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SignatureRequest;
import io.article28.agreements.SubProcessingRegime;
import io.article28.core.PageRequest;
import io.article28.core.RejectedException;

/**
 * The DPA as pages: the customer reads its agreement; staff see the versions and publish
 * new ones.
 */
@Controller
class DpaPages {

	/** The publication form: the terms as separate fields. */
	record VersionForm(String id, String title, String template, SubProcessingRegime subProcessing,
			Integer objectionWindowDays, Set<ObjectionGround> objectionGrounds, Integer auditsPer12Months,
			Integer auditNoticeWeeks, Integer returnPeriodDays, Integer trailRetentionMonths,
			String governingLaw) implements Serializable {

		static VersionForm empty() {
			return new VersionForm("", "", "", SubProcessingRegime.OBJECTION_WINDOW, 8,
					EnumSet.allOf(ObjectionGround.class), 1, 4, 30, 12, "");
		}

		DpaTerms terms() {
			for (Integer number : new Integer[] { auditsPer12Months, auditNoticeWeeks, returnPeriodDays,
					trailRetentionMonths }) {
				if (number == null) {
					throw RejectedException.invalid("terms", "every number of the terms is required");
				}
			}
			return new DpaTerms(subProcessing,
					subProcessing == SubProcessingRegime.PRIOR_WRITTEN_CONSENT ? null : objectionWindowDays,
					subProcessing == SubProcessingRegime.PRIOR_WRITTEN_CONSENT ? Set.of() : objectionGrounds,
					auditsPer12Months, auditNoticeWeeks, returnPeriodDays, trailRetentionMonths, governingLaw);
		}
	}

	/** The customer block and acceptance, as the signer fills them in. */
	record SignForm(String versionId, String documentSha256, String companyName, String companyAddress,
			String signerName, String signerTitle, String dpoName, String dpoEmail,
			Boolean accepted) implements Serializable {
	}

	/** A refused publication or signature comes back with the field at fault. */
	record FormError(String field, String message) implements Serializable {
	}

	private final AgreementManagement agreements;

	private final DpaUploadManagement handSigned;

	private final AccountManagement accounts;

	private final OrganizationAccess access;

	DpaPages(AgreementManagement agreements, DpaUploadManagement handSigned, AccountManagement accounts,
			OrganizationAccess access) {
		this.agreements = agreements;
		this.handSigned = handSigned;
		this.accounts = accounts;
		this.access = access;
	}

	@GetMapping("/dpa")
	String read(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.membership().isEmpty()) {
			return "redirect:/staff/dpa";
		}
		OrganizationId organization = user.membership().get().organizationId();
		access.requireReader(user, organization);
		var status = agreements.status(organization);
		var version = agreements.current();
		model.addAttribute("status", status);
		model.addAttribute("version", version.orElse(null));
		if (version.isPresent()) {
			model.addAttribute("agreement", agreements.html(organization));
		}
		model.addAttribute("documentUrl", "/api/v1/organizations/" + organization + "/dpa/document");
		model.addAttribute("signatures", agreements.signatures(organization));
		model.addAttribute("uploads", handSigned.uploads(organization));
		model.addAttribute("organizationId", organization);
		model.addAttribute("comparison", agreements.comparison(organization).orElse(null));
		boolean canSign = user.membership().map(m -> m.role().manages()).orElse(false);
		if (canSign && status.pendingVersion() != null) {
			DpaDocument document = agreements.documentToSign(organization);
			model.addAttribute("document", document);
			if (!model.containsAttribute("signForm")) {
				var account = accounts.organization(organization);
				var dpo = account.dpoContact();
				model.addAttribute("signForm",
						new SignForm(document.versionId().value(), document.sha256(), account.name(), "", user.name(),
								"", dpo.map(contact -> contact.name()).orElse(""),
								dpo.map(contact -> contact.email().value()).orElse(""), false));
			}
		}
		return "agreements/dpa";
	}

	@PostMapping("/dpa/sign")
	String sign(@AuthenticationPrincipal CurrentUser user, @ModelAttribute SignForm form, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (user.membership().isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("the customer signs its own DPA");
		}
		OrganizationId organization = user.membership().get().organizationId();
		access.requireOwnManager(user, organization);
		try {
			agreements.sign(organization, user.id(), new SignatureRequest(form.versionId(), form.documentSha256(),
					new CustomerBlock(form.companyName(), form.companyAddress(), form.signerName(), form.signerTitle(),
							form.dpoName(), form.dpoEmail()),
					Boolean.TRUE.equals(form.accepted()), request.getRemoteAddr(), request.getHeader("User-Agent")));
			redirect.addFlashAttribute("notice", "dpa.signed");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("signForm", form);
			redirect.addFlashAttribute("signError", new FormError(ex.field(), ex.getMessage()));
		}
		return "redirect:/dpa";
	}

	@PostMapping("/dpa/upload")
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (user.membership().isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("the customer uploads its own DPA");
		}
		OrganizationId organization = user.membership().get().organizationId();
		access.requireOwnManager(user, organization);
		try {
			handSigned.upload(organization, user.id(), file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("notice", "dpa.uploaded");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("uploadError", new FormError(ex.field(), ex.getMessage()));
		}
		return "redirect:/dpa";
	}

	@GetMapping("/staff/dpa/uploads/{uploadId}/pdf")
	ResponseEntity<byte[]> uploadedPdf(@PathVariable UUID uploadId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dpa-upload-" + uploadId + ".pdf\"")
			.body(handSigned.uploadedPdf(uploadId));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/staff/dpa/uploads/{uploadId}/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID uploadId, @RequestParam boolean accept,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			handSigned.review(uploadId, accept, reason, user.id());
			redirect.addFlashAttribute("notice", accept ? "dpa.upload.accepted" : "dpa.upload.rejected");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("versionError", new FormError(ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/dpa";
	}

	@GetMapping("/staff/dpa")
	String versions(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("versions", agreements.versions());
		model.addAttribute("customers", agreements.statuses(PageRequest.of(page, 25)));
		var pending = handSigned.pendingUploads(PageRequest.of(0, 50));
		model.addAttribute("pendingUploads", pending);
		model.addAttribute("uploadOrganizations", pending.items()
			.stream()
			.map(upload -> upload.organizationId())
			.distinct()
			.collect(java.util.stream.Collectors.toMap(id -> id.toString(), id -> accounts.organization(id).name())));
		model.addAttribute("canReview", user.hasStaffRole(StaffRole.DPO) || user.hasStaffRole(StaffRole.ADMIN));
		model.addAttribute("canPublish", user.hasStaffRole(StaffRole.DPO));
		model.addAttribute("regimes", SubProcessingRegime.values());
		model.addAttribute("grounds", ObjectionGround.values());
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", VersionForm.empty());
		}
		return "agreements/versions";
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/staff/dpa/versions")
	String publish(@ModelAttribute VersionForm form, RedirectAttributes redirect) {
		try {
			agreements.publish(new NewDpaVersion(form.id(), form.title(), null, form.template(), form.terms()));
			redirect.addFlashAttribute("notice", "dpa.published");
		}
		catch (RejectedException ex) {
			redirect.addFlashAttribute("versionForm", form);
			redirect.addFlashAttribute("versionError", new FormError(ex.field(), ex.getMessage()));
		}
		return "redirect:/staff/dpa";
	}

}
