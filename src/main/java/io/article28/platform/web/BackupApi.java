package io.article28.platform.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.CurrentUser;
import io.article28.accounts.OrganizationAccess;
import io.article28.accounts.OrganizationId;
import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.platform.AppBackup;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;

/**
 * The database backups of an organization's apps, reported by the host platform; the
 * customer reads them, and finds them in its export.
 */
@RestController
class BackupApi {

	record BackupRequest(@NotNull Instant takenAt, @NotNull @PositiveOrZero Long sizeBytes,
			@NotBlank String downloadUrl) {
	}

	record BackupView(UUID appId, String backupId, Instant takenAt, long sizeBytes, String downloadUrl) {

		static BackupView of(AppBackup backup) {
			return new BackupView(backup.appId().value(), backup.backupId(), backup.takenAt(), backup.sizeBytes(),
					backup.downloadUrl().toString());
		}
	}

	private final PlatformManagement platform;

	private final OrganizationAccess access;

	BackupApi(PlatformManagement platform, OrganizationAccess access) {
		this.platform = platform;
		this.access = access;
	}

	@StaffOnly(StaffRole.ADMIN)
	@PutMapping("/api/v1/organizations/{orgId}/apps/{appId}/backups/{backupId}")
	ResponseEntity<BackupView> record(@PathVariable UUID orgId, @PathVariable UUID appId, @PathVariable String backupId,
			@Valid @RequestBody BackupRequest request) {
		var saved = platform.recordBackup(new OrganizationId(orgId), new AppId(appId), backupId, request.takenAt(),
				request.sizeBytes(), request.downloadUrl());
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(BackupView.of(saved.value()));
	}

	@GetMapping("/api/v1/organizations/{orgId}/backups")
	Page<BackupView> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID orgId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		OrganizationId owner = new OrganizationId(orgId);
		access.requireReader(user, owner);
		return platform.backups(owner, PageRequest.of(page, size)).map(BackupView::of);
	}

}
