package io.article28.exports.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.OrganizationRight;
import io.article28.accounts.Requires;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.exports.AccountExport;
import io.article28.exports.ExportManagement;
import io.article28.exports.ExportPart;
import io.article28.exports.ExportStatus;

/**
 * An organization's exports: start one, follow it, download the ZIP while it is valid.
 */
@RestController
@RequestMapping("/api/v1/organizations/{orgId}/exports")
class ExportApi {

	record ExportRequest(List<ExportPart> parts) {
	}

	record Started(UUID id, ExportStatus status) {
	}

	record ExportView(UUID id, ExportStatus status, Set<ExportPart> parts, int progress, UUID requestedBy,
			Instant requestedAt, Instant startedAt, Instant completedAt, Instant expiresAt, Long sizeBytes,
			String sha256, String failure) {

		static ExportView of(AccountExport export) {
			return new ExportView(export.id(), export.status(), export.parts(), export.progressPercent(),
					export.requestedBy().value(), export.requestedAt(), export.startedAt(), export.completedAt(),
					export.expiresAt(), export.sizeBytes(), export.sha256(), export.failure());
		}
	}

	private final ExportManagement exports;

	private final OrganizationAccess access;

	ExportApi(ExportManagement exports, OrganizationAccess access) {
		this.exports = exports;
		this.access = access;
	}

	@Requires(OrganizationRight.EXPORT)
	@PostMapping
	ResponseEntity<Started> start(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestBody(required = false) ExportRequest request) {
		OrganizationId organization = new OrganizationId(orgId);
		AccountExport export = exports.request(organization, request == null ? null : request.parts(), user.id());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/organizations/" + orgId + "/exports/" + export.id()))
			.body(new Started(export.id(), export.status()));
	}

	@GetMapping
	Page<ExportView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return exports.exports(organization, PageRequest.of(page, size)).map(ExportView::of);
	}

	@GetMapping("/{exportId}")
	ExportView one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId, @PathVariable UUID exportId) {
		OrganizationId organization = new OrganizationId(orgId);
		access.requireReader(user, organization);
		return ExportView.of(exports.export(organization, exportId));
	}

	@Requires(OrganizationRight.EXPORT)
	@GetMapping("/{exportId}/download")
	ResponseEntity<Resource> download(@PathVariable UUID orgId, @PathVariable UUID exportId) {
		OrganizationId organization = new OrganizationId(orgId);
		var download = exports.download(organization, exportId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.contentLength(download.export().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.filename()).build().toString())
			.header("X-Content-SHA256", download.export().sha256())
			.body(new FileSystemResource(download.file()));
	}

}
