package io.article28.exports;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A part of the organization's data that an export can hold, each in its own folder. */
public enum ExportPart {

	/** The organization, its DPO contact and its members. */
	PROFILE,
	/** The apps it runs on the platform. */
	APPS,
	/** The provider's invoices. */
	INVOICES,
	/** Where it stands with the DPA, the signatures and the signed PDFs. */
	DPA,
	/** The changes of sub-processors it was told of, and its objections or consents. */
	SUBPROCESSORS,
	/** Mails, in-app messages and webhook calls sent for it. */
	NOTIFICATIONS,
	/** Rights requests of data subjects about its apps. */
	REQUESTS,
	/** Its audits of the provider: plans, reviews, fee quotes and reports. */
	AUDITS,
	/** The breaches it was told of, its drafts to its authority and what it recorded. */
	BREACHES,
	/** The government demands concerning its data that it was told of. */
	DEMANDS,
	/**
	 * Its data stores and their data maps: categories, reviews, subjects and paths, never
	 * the stores' data or passwords.
	 */
	DATA_MAP,
	/** Its trail entries. */
	TRAIL,
	/** References to what the platform keeps: database backups and logs. */
	PLATFORM;

	/** The folder of the part inside the ZIP. */
	public String folder() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The chosen parts; none chosen means all of them. */
	public static Set<ExportPart> orAll(Collection<ExportPart> chosen) {
		return chosen == null || chosen.isEmpty() ? EnumSet.allOf(ExportPart.class) : EnumSet.copyOf(chosen);
	}

}
