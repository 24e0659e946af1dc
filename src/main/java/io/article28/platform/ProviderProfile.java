package io.article28.platform;

import io.article28.core.Fields;

/** The provider's identity as it appears on agreements and notices. */
public record ProviderProfile(String legalName, String address, String registration, String dpoName, String dpoEmail,
		String supportEmail) {

	public ProviderProfile {
		legalName = Fields.line("legalName", legalName, 200);
		address = Fields.required("address", address, 500);
		registration = Fields.line("registration", registration, 200);
		dpoName = Fields.line("dpoName", dpoName, 200);
		dpoEmail = Fields.email("dpoEmail", dpoEmail).value();
		supportEmail = Fields.email("supportEmail", supportEmail).value();
	}
}
