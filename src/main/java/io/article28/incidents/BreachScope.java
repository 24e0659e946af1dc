package io.article28.incidents;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import io.article28.core.Fields;
import io.article28.core.RejectedException;
import io.article28.datastores.DataStoreId;
import io.article28.platform.AppId;

/**
 * What a personal data breach touches: the regions and apps of the platform, the
 * customers' data stores (whose data maps say what they hold), other data stores by name,
 * the time window, the categories of data, the approximate numbers of people and records
 * where known, the likely consequences and the measures taken or proposed. Whether the
 * regions, apps and stores exist is checked by {@link IncidentManagement}.
 *
 * @param dataStores other stores, by name: the provider's own (backups, logs…)
 * @param stores the customers' data stores, by id
 */
public record BreachScope(List<String> regions, List<AppId> apps, List<String> dataStores, List<DataStoreId> stores,
		Instant windowFrom, Instant windowTo, List<String> dataCategories, Long approximatePeople,
		Long approximateRecords, String consequences, String measures) {

	public static final int MAX_ITEMS = 50;

	public BreachScope {
		regions = items("regions", regions, 40);
		apps = apps == null ? List.of() : List.copyOf(new LinkedHashSet<>(apps));
		if (apps.size() > MAX_ITEMS) {
			throw RejectedException.invalid("apps", "at most " + MAX_ITEMS + " apps");
		}
		dataStores = items("dataStores", dataStores, 200);
		stores = stores == null ? List.of() : stores.stream().filter(Objects::nonNull).distinct().toList();
		if (stores.size() > MAX_ITEMS) {
			throw RejectedException.invalid("dataStoreIds", "at most " + MAX_ITEMS + " data stores");
		}
		if (windowFrom == null) {
			throw RejectedException.invalid("windowFrom", "must say since when the breach lasted");
		}
		if (windowTo != null && !windowFrom.isBefore(windowTo)) {
			throw RejectedException.invalid("windowTo", "the end of the window must come after its start");
		}
		dataCategories = items("dataCategories", dataCategories, 200);
		if (dataCategories.isEmpty()) {
			throw RejectedException.invalid("dataCategories", "name at least one category of data");
		}
		Fields.countOrUnknown("approximatePeople", approximatePeople);
		Fields.countOrUnknown("approximateRecords", approximateRecords);
		consequences = Fields.required("consequences", consequences, Incident.MAX_TEXT);
		measures = Fields.required("measures", measures, Incident.MAX_TEXT);
	}

	/** A scope that names none of the customers' data stores. */
	public BreachScope(List<String> regions, List<AppId> apps, List<String> dataStores, Instant windowFrom,
			Instant windowTo, List<String> dataCategories, Long approximatePeople, Long approximateRecords,
			String consequences, String measures) {
		this(regions, apps, dataStores, List.of(), windowFrom, windowTo, dataCategories, approximatePeople,
				approximateRecords, consequences, measures);
	}

	private static List<String> items(String field, List<String> values, int maxLength) {
		if (values == null) {
			return List.of();
		}
		List<String> kept = values.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
		if (kept.size() > MAX_ITEMS) {
			throw RejectedException.invalid(field, "at most " + MAX_ITEMS + " items");
		}
		for (String value : kept) {
			if (value.length() > maxLength || value.contains("\n")) {
				throw RejectedException.invalid(field, "each item on one line of at most " + maxLength + " characters");
			}
		}
		return kept;
	}

}
