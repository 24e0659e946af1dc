package io.article28.platform.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.platform.PlatformManagement;
import io.article28.platform.Region;

/**
 * The platform's regions: readable by every signed-in caller, described by the host
 * platform.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApi {

	record RegionRequest(@NotBlank String infrastructureProvider, @NotBlank String providerRegion,
			@NotEmpty List<String> datacenters, @NotBlank String backupLocation) {
	}

	private final PlatformManagement platform;

	RegionApi(PlatformManagement platform) {
		this.platform = platform;
	}

	@GetMapping
	List<Region> list() {
		return platform.regions();
	}

	@StaffOnly(StaffRole.ADMIN)
	@PutMapping("/{code}")
	ResponseEntity<Region> define(@PathVariable String code, @Valid @RequestBody RegionRequest request) {
		var saved = platform.defineRegion(new Region(code, request.infrastructureProvider(), request.providerRegion(),
				request.datacenters(), request.backupLocation()));
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
	}

}
