package io.article28.audits;

import io.article28.core.Fields;
import io.article28.core.RejectedException;

/**
 * Who audits: the customer itself, or a third party named with whether it signed a
 * confidentiality agreement, which the DPA requires before any third-party audit.
 */
public record Auditor(Kind kind, String name, boolean confidentialityAgreementSigned) {

	public enum Kind {

		SELF, THIRD_PARTY

	}

	public Auditor {
		if (kind == null) {
			throw RejectedException.invalid("auditor.kind", "must be SELF or THIRD_PARTY");
		}
		if (kind == Kind.SELF) {
			name = null;
			confidentialityAgreementSigned = false;
		}
		else {
			name = Fields.line("auditor.name", name, 200);
		}
	}

	public static Auditor self() {
		return new Auditor(Kind.SELF, null, false);
	}

	public static Auditor thirdParty(String name, boolean confidentialityAgreementSigned) {
		return new Auditor(Kind.THIRD_PARTY, name, confidentialityAgreementSigned);
	}

	public boolean thirdParty() {
		return kind == Kind.THIRD_PARTY;
	}

}
