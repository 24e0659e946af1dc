package io.article28.incidents;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.article28.accounts.DpoContact;
import io.article28.accounts.UserId;
import io.article28.core.Fields;
import io.article28.core.RejectedException;
import io.article28.datastores.StoreInventory;

/**
 * A customer's draft of its notification of a breach to its supervisory authority, with
 * the four items of Art. 33(3) GDPR: (a) the nature of the breach with the categories and
 * approximate numbers of people and records, (b) whom to contact, (c) the likely
 * consequences, (d) the measures taken or proposed; and, once the 72 hours are over, the
 * reasons for the delay (Art. 33(1)). Version 0 is the draft the platform fills in; each
 * save by the customer keeps a new version.
 */
public record AuthorityDraft(int version, String authority, String nature, Long approximatePeople,
		Long approximateRecords, String contact, String consequences, String measures, String delayReasons,
		Instant savedAt, UserId savedBy) {

	public static final int MAX_CONTACT = 1000;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** What a customer sends to save a version. */
	public record Input(String authority, String nature, Long approximatePeople, Long approximateRecords,
			String contact, String consequences, String measures, String delayReasons) {
	}

	/**
	 * The draft the platform fills in from the breach and the customer's own data: its
	 * apps the breach touches, its data stores the breach names with the categories their
	 * data maps found, and its DPO as the contact. The number of people is that of its
	 * stores' subject tables, by their row estimates, when they are declared; otherwise,
	 * like the number of records, it is the customer's to give: the provider's figures
	 * count every customer.
	 */
	static AuthorityDraft prefilled(Incident incident, BreachScope scope, BreachNotice notice,
			List<StoreInventory> stores, DpoContact dpo) {
		List<String> apps = notice.apps().stream().map(app -> app.name() + " (" + app.regionCode() + ")").toList();
		StringBuilder nature = new StringBuilder();
		nature.append("Personal data breach at our hosting provider (processor): ")
			.append(incident.title())
			.append(". ")
			.append(incident.description())
			.append("\n\nOur applications concerned: ")
			.append(apps.isEmpty() ? "none named" : String.join(", ", apps))
			.append(".\nPeriod: from ")
			.append(UTC.format(scope.windowFrom()))
			.append(scope.windowTo() == null ? " (not closed yet)" : " to " + UTC.format(scope.windowTo()))
			.append(".\nCategories of personal data: ")
			.append(String.join(", ", scope.dataCategories()))
			.append('.');
		if (!scope.dataStores().isEmpty()) {
			nature.append("\nData stores concerned: ").append(String.join(", ", scope.dataStores())).append('.');
		}
		for (StoreInventory store : stores) {
			nature.append("\nOur data store ").append(store.label()).append(": ").append(found(store)).append('.');
		}
		nature.append("\nWe were told of the breach by our processor on ")
			.append(UTC.format(notice.notifiedAt()))
			.append('.');
		String contact = dpo == null ? "" : dpo.name() + ", data protection officer, " + dpo.email().value();
		Long people = stores.stream()
			.map(StoreInventory::approximatePersons)
			.filter(Objects::nonNull)
			.reduce(Long::sum)
			.orElse(null);
		return new AuthorityDraft(0, null, cut(nature.toString(), Incident.MAX_TEXT), people, null, contact,
				scope.consequences(), "Measures taken or proposed by our processor: " + scope.measures(), null, null,
				null);
	}

	/** What the store's data map says it holds, in a sentence. */
	private static String found(StoreInventory store) {
		if (!store.discovered()) {
			return "its contents are not discovered yet";
		}
		String categories = store.categories().isEmpty() ? "no personal data found"
				: "categories found: " + String.join(", ", store.categoryDescriptions());
		if (store.approximatePersons() == null) {
			return categories;
		}
		return categories + "; about " + store.approximatePersons() + " people by the row estimates of "
				+ String.join(", ", store.subjectTables());
	}

	/** The next version, as the customer wrote it. */
	AuthorityDraft revised(Input input, UserId by, Instant now) {
		String authority = Fields.optionalLine("authority", input.authority(), 2);
		if (authority != null && SupervisoryAuthority.of(authority).isEmpty()) {
			throw RejectedException.invalid("authority", "choose the supervisory authority of an EU or EEA state");
		}
		return new AuthorityDraft(version + 1, authority, Fields.required("nature", input.nature(), Incident.MAX_TEXT),
				Fields.countOrUnknown("approximatePeople", input.approximatePeople()),
				Fields.countOrUnknown("approximateRecords", input.approximateRecords()),
				Fields.required("contact", input.contact(), MAX_CONTACT),
				Fields.required("consequences", input.consequences(), Incident.MAX_TEXT),
				Fields.required("measures", input.measures(), Incident.MAX_TEXT),
				Fields.optional("delayReasons", input.delayReasons(), Incident.MAX_TEXT), now, by);
	}

	public Optional<SupervisoryAuthority> supervisoryAuthority() {
		return authority == null ? Optional.empty() : SupervisoryAuthority.of(authority);
	}

	/**
	 * What the notification still lacks, by field: the authority, any of the four items,
	 * and the reasons for the delay when it is made after the 72 hours.
	 */
	public List<String> missing(boolean late) {
		List<String> missing = new ArrayList<>();
		if (authority == null) {
			missing.add("authority");
		}
		Map<String, String> items = new LinkedHashMap<>();
		items.put("nature", nature);
		items.put("contact", contact);
		items.put("consequences", consequences);
		items.put("measures", measures);
		items.forEach((field, value) -> {
			if (str(value).isBlank()) {
				missing.add(field);
			}
		});
		if (late && str(delayReasons).isBlank()) {
			missing.add("delayReasons");
		}
		return missing;
	}

	private static String str(String value) {
		return value == null ? "" : value;
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
