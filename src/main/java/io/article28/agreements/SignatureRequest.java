package io.article28.agreements;

/**
 * What the signer sends: the version and the hash of the document it was shown, the
 * completed customer block, its explicit acceptance, and where it signs from.
 */
public record SignatureRequest(String versionId, String documentSha256, CustomerBlock customer, boolean accepted,
		String ipAddress, String userAgent) {
}
