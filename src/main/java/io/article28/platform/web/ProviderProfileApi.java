package io.article28.platform.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.article28.accounts.StaffOnly;
import io.article28.accounts.StaffRole;
import io.article28.core.NotFoundException;
import io.article28.platform.PlatformManagement;
import io.article28.platform.ProviderProfile;

/** The provider's identity, as its agreements and notices show it. */
@RestController
class ProviderProfileApi {

	record ProfileRequest(String legalName, String address, String registration, String dpoName, String dpoEmail,
			String supportEmail) {
	}

	private final PlatformManagement platform;

	ProviderProfileApi(PlatformManagement platform) {
		this.platform = platform;
	}

	/** 404 until an administrator describes the provider. */
	@GetMapping("/api/v1/provider-profile")
	ProviderProfile profile() {
		return platform.providerProfile().orElseThrow(() -> new NotFoundException("Provider profile"));
	}

	@StaffOnly(StaffRole.ADMIN)
	@PutMapping("/api/v1/provider-profile")
	ProviderProfile describe(@RequestBody ProfileRequest request) {
		ProviderProfile profile = new ProviderProfile(request.legalName(), request.address(), request.registration(),
				request.dpoName(), request.dpoEmail(), request.supportEmail());
		platform.describeProvider(profile);
		return profile;
	}

}
