package io.article28.agreements;

/** The "on behalf of the customer" block: who signs for the company, and its DPO. */
public record CustomerBlock(String companyName, String companyAddress, String signerName, String signerTitle,
		String dpoName, String dpoEmail) {
}
