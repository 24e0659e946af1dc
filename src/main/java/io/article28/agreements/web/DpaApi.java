package io.article28.agreements.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.agreements.AgreementManagement;
import io.article28.agreements.CustomerBlock;
import io.article28.agreements.DpaDocument;
import io.article28.agreements.DpaSignature;
import io.article28.agreements.DpaStatus;
import io.article28.agreements.DpaTerms;
import io.article28.agreements.DocumentMatch;
import io.article28.agreements.DpaUpload;
import io.article28.agreements.DpaUploadManagement;
import io.article28.agreements.DpaVersion;
import io.article28.agreements.DpaVersionId;
import io.article28.agreements.NewDpaVersion;
import io.article28.agreements.ObjectionGround;
import io.article28.agreements.SignatureRequest;
import io.article28.agreements.SubProcessingRegime;

/** DPA versions and an organization's DPA over the API. */
@RestController
class DpaApi {

	static final String DOCUMENT_HASH_HEADER = "X-Document-SHA256";

	record TermsRequest(@NotNull SubProcessingRegime subProcessing, Integer objectionWindowDays,
			Set<ObjectionGround> objectionGrounds, @NotNull Integer auditsPer12Months,
			@NotNull Integer auditNoticeWeeks, @NotNull Integer returnPeriodDays, @NotNull Integer trailRetentionMonths,
			@NotBlank String governingLaw) {

		DpaTerms terms() {
			return new DpaTerms(subProcessing, objectionWindowDays, objectionGrounds, auditsPer12Months,
					auditNoticeWeeks, returnPeriodDays, trailRetentionMonths, governingLaw);
		}
	}

	record NewVersionRequest(@NotBlank String id, @NotBlank String title, Instant publishedAt,
			@NotBlank String template, @NotNull @Valid TermsRequest terms) {
	}

	record VersionSummary(String id, String title, Instant publishedAt, DpaTerms terms) {

		static VersionSummary of(DpaVersion version) {
			return new VersionSummary(version.id().value(), version.title(), version.publishedAt(), version.terms());
		}
	}

	record VersionView(String id, String title, Instant publishedAt, DpaTerms terms, String template) {

		static VersionView of(DpaVersion version) {
			return new VersionView(version.id().value(), version.title(), version.publishedAt(), version.terms(),
					version.template().markdown());
		}
	}

	record SignRequest(@NotBlank String versionId, @NotBlank String documentSha256, @NotBlank String companyName,
			@NotBlank String companyAddress, @NotBlank String signerName, @NotBlank String signerTitle,
			@NotBlank String dpoName, @NotBlank String dpoEmail, Boolean accepted) {
	}

	record SignatureView(UUID id, String versionId, String documentSha256, UUID signerId, Instant signedAt,
			String ipAddress, String userAgent, String companyName, String signerName, String signerTitle,
			String signedPdfSha256) {

		static SignatureView of(DpaSignature signature) {
			return new SignatureView(signature.id(), signature.versionId().value(), signature.documentSha256(),
					signature.signerId().value(), signature.signedAt(), signature.ipAddress(), signature.userAgent(),
					signature.customer().companyName(), signature.customer().signerName(),
					signature.customer().signerTitle(), signature.signedPdfSha256());
		}
	}

	record StatusView(DpaStatus.State state, String signedVersion, DpaTerms effectiveTerms, String pendingVersion) {

		static StatusView of(DpaStatus status) {
			return new StatusView(status.state(),
					status.signedVersion() == null ? null : status.signedVersion().value(), status.effectiveTerms(),
					status.pendingVersion() == null ? null : status.pendingVersion().value());
		}
	}

	record ReviewRequest(@NotNull Boolean accept, String reason) {
	}

	record UploadView(UUID id, String versionId, String filename, String sha256, DocumentMatch documentMatch,
			DpaUpload.Status status, Instant uploadedAt, Instant reviewedAt, String reason) {

		static UploadView of(DpaUpload upload) {
			return new UploadView(upload.id(), upload.versionId().value(), upload.filename(), upload.sha256(),
					upload.match(), upload.status(), upload.uploadedAt(), upload.reviewedAt(), upload.reason());
		}
	}

	private final AgreementManagement agreements;

	private final DpaUploadManagement handSigned;

	private final OrganizationAccess access;

	DpaApi(AgreementManagement agreements, DpaUploadManagement handSigned, OrganizationAccess access) {
		this.agreements = agreements;
		this.handSigned = handSigned;
		this.access = access;
	}

	@GetMapping("/api/v1/dpa/versions")
	List<VersionSummary> versions() {
		return agreements.versions().stream().map(VersionSummary::of).toList();
	}

	@GetMapping("/api/v1/dpa/versions/{versionId}")
	VersionView version(@PathVariable String versionId) {
		return VersionView.of(agreements.version(new DpaVersionId(versionId)));
	}

	@StaffOnly(StaffRole.DPO)
	@PostMapping("/api/v1/dpa/versions")
	ResponseEntity<VersionView> publish(@Valid @RequestBody NewVersionRequest request) {
		DpaVersion version = agreements.publish(new NewDpaVersion(request.id(), request.title(), request.publishedAt(),
				request.template(), request.terms().terms()));
		return ResponseEntity.created(URI.create("/api/v1/dpa/versions/" + version.id())).body(VersionView.of(version));
	}

	@GetMapping("/api/v1/organizations/{orgId}/dpa")
	StatusView status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return StatusView.of(agreements.status(organization));
	}

	@Requires(OrganizationRight.MANAGE_OWN)
	@PostMapping("/api/v1/organizations/{orgId}/dpa/signatures")
	ResponseEntity<SignatureView> sign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@Valid @RequestBody SignRequest request, HttpServletRequest http) {
		OrganizationId organization = new OrganizationId(orgId);
		DpaSignature signature = agreements.sign(organization, user.id(),
				new SignatureRequest(request.versionId(), request.documentSha256(),
						new CustomerBlock(request.companyName(), request.companyAddress(), request.signerName(),
								request.signerTitle(), request.dpoName(), request.dpoEmail()),
						Boolean.TRUE.equals(request.accepted()), http.getRemoteAddr(), http.getHeader("User-Agent")));
		return ResponseEntity
			.created(URI.create("/api/v1/organizations/" + orgId + "/dpa/signatures/" + signature.id() + "/pdf"))
			.body(SignatureView.of(signature));
	}

	@GetMapping("/api/v1/organizations/{orgId}/dpa/signatures")
	List<SignatureView> signatures(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return agreements.signatures(organization).stream().map(SignatureView::of).toList();
	}

	@GetMapping("/api/v1/organizations/{orgId}/dpa/signatures/{signatureId}/pdf")
	ResponseEntity<byte[]> signedPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID signatureId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		DpaSignature signature = agreements.signature(organization, signatureId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"dpa-" + signature.versionId() + "-signed.pdf\"")
			.body(signature.signedPdf());
	}

	@GetMapping("/api/v1/organizations/{orgId}/dpa/uploads")
	List<UploadView> uploads(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return handSigned.uploads(organization).stream().map(UploadView::of).toList();
	}

	/** A copy signed by hand that the organization uploaded, as it was uploaded. */
	@GetMapping("/api/v1/organizations/{orgId}/dpa/uploads/{uploadId}/pdf")
	ResponseEntity<byte[]> uploadedPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@PathVariable UUID uploadId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dpa-upload-" + uploadId + ".pdf\"")
			.body(handSigned.uploadedPdf(organization, uploadId));
	}

	@StaffOnly({ StaffRole.DPO, StaffRole.ADMIN })
	@PostMapping("/api/v1/dpa/uploads/{uploadId}/review")
	UploadView review(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID uploadId,
			@Valid @RequestBody ReviewRequest request) {
		return UploadView.of(handSigned.review(uploadId, request.accept(), request.reason(), user.id()));
	}

	@GetMapping("/api/v1/organizations/{orgId}/dpa/document")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		DpaDocument document = agreements.documentToSign(organization);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(DOCUMENT_HASH_HEADER, document.sha256())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dpa-" + document.versionId() + ".pdf\"")
			.body(document.pdf());
	}

}
