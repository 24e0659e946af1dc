package io.article28.datarights;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.article28.accounts.OrganizationId;
import io.article28.core.RejectedException;
import io.article28.datarights.PersonSearchResult.Preview;
import io.article28.datarights.PersonSearchResult.Status;
import io.article28.datarights.PersonSearchResult.StoreResult;
import io.article28.datarights.PersonSearchResult.TableResult;
import io.article28.datastores.Category;
import io.article28.datastores.DataMap;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import io.article28.datastores.StoreUnavailable;
import io.article28.platform.App;
import io.article28.platform.AppId;
import io.article28.platform.PlatformManagement;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * Finds a person in the data stores of an organization's app, or of all its apps: in each
 * store, read-only, one statement per table the data map reaches, along its path to a
 * subject row that one of the identities names. What it found is counted per table, and
 * the first rows shown with their personal columns masked when a preview is asked for.
 * The trail records that a search ran, where, and how many rows it counted: never the
 * identities or a value.
 */
@Service
public class PersonSearch {

	/** The most identities one search takes; batches of people are jobs. */
	public static final int MAX_IDENTITIES = 20;

	public static final int MAX_IDENTITY_LENGTH = 320;

	/** The most rows of a table the preview shows. */
	public static final int PREVIEW_ROWS = 5;

	/** What to search for, and where. */
	public record Query(List<String> identities, AppId app, UUID requestId, boolean preview) {
	}

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final PlatformManagement platform;

	private final RequestManagement requests;

	private final TrailManagement trail;

	PersonSearch(DataStoreManagement dataStores, DataMapManagement dataMaps, PlatformManagement platform,
			RequestManagement requests, TrailManagement trail) {
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.platform = platform;
		this.requests = requests;
		this.trail = trail;
	}

	/**
	 * The identities a request prefills: the address the person confirmed; and the app it
	 * is about, when it names one.
	 */
	public Query fromRequest(OrganizationId owner, UUID requestId) {
		RightsRequest request = requests.request(owner, requestId);
		return new Query(List.of(request.requesterEmail().value()), request.appId().orElse(null), request.id(), true);
	}

	public PersonSearchResult search(OrganizationId owner, Query query) {
		List<String> identities = identities(query.identities());
		if (query.requestId() != null) {
			requests.request(owner, query.requestId());
		}
		List<StoreResult> results = new ArrayList<>();
		for (App app : apps(owner, query.app())) {
			for (DataStore store : dataStores.stores(owner, app.id())) {
				results.add(search(owner, store, app, identities, query.preview()));
			}
		}
		PersonSearchResult result = new PersonSearchResult(query.requestId(), results);
		trail.record(TrailRecord
			.of("datarights.searched", owner, query.requestId() != null ? "rights-request" : "data-stores",
					query.requestId())
			.with("app", query.app() == null ? "all" : query.app().value())
			.with("stores", results.size())
			.with("tables", results.stream().mapToLong(store -> store.tables().size()).sum())
			.with("rows", result.rows())
			.with("preview", query.preview()));
		return result;
	}

	private StoreResult search(OrganizationId owner, DataStore store, App app, List<String> identities,
			boolean preview) {
		String label = store.definition().label();
		Optional<PersonMap> found = dataMaps.personMap(owner, store.id());
		if (found.isEmpty()) {
			return new StoreResult(store.id().value(), label, app.name(), Status.NOT_DISCOVERED,
					"no discovery of its schema has completed", List.of());
		}
		PersonMap map = found.get();
		if (map.map().subjects().isEmpty()) {
			return new StoreResult(store.id().value(), label, app.name(), Status.NO_SUBJECT,
					"no table of its data map is declared as describing a person", List.of());
		}
		try {
			List<TableResult> tables = dataStores.read(owner, store.id(), session -> {
				PersonQuery queries = new PersonQuery(session, map, identities);
				List<TableResult> counted = new ArrayList<>();
				for (DataMap.Reach reach : map.map().reached()) {
					long rows = queries.countNow(reach);
					Preview shown = preview && rows > 0
							? preview(session, map, reach, queries.preview(reach, PREVIEW_ROWS).orElseThrow()) : null;
					counted.add(new TableResult(reach.qualifiedName(), reach.subject(),
							reach.path().stream().map(DataMap.Hop::toString).toList(), rows, shown));
				}
				return counted;
			});
			return new StoreResult(store.id().value(), label, app.name(), Status.SEARCHED, null, tables);
		}
		catch (StoreUnavailable unavailable) {
			return new StoreResult(store.id().value(), label, app.name(), Status.FAILED, unavailable.getMessage(),
					List.of());
		}
	}

	private static Preview preview(StoreSession session, PersonMap map, DataMap.Reach reach,
			PersonQuery.Statement statement) throws SQLException {
		try (PreparedStatement prepared = statement.prepare(session.connection());
				ResultSet rs = prepared.executeQuery()) {
			ResultSetMetaData meta = rs.getMetaData();
			List<String> columns = new ArrayList<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnLabel(i));
			}
			List<List<String>> rows = new ArrayList<>();
			while (rs.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns.size(); i++) {
					Object value = rs.getObject(i);
					String text = value == null ? null
							: value instanceof byte[] bytes ? "(" + bytes.length + " bytes)" : value.toString();
					row.add(map.category(reach.qualifiedName(), columns.get(i - 1)) == Category.NONE ? Masks.shown(text)
							: Masks.partial(text));
				}
				rows.add(row);
			}
			return new Preview(columns, rows);
		}
	}

	private List<App> apps(OrganizationId owner, AppId only) {
		if (only != null) {
			return List.of(platform.appOf(owner, only));
		}
		return platform.appsOf(List.of(owner));
	}

	/** The identities, each on one line and trimmed, duplicates once; at least one. */
	static List<String> identities(List<String> entered) {
		if (entered == null) {
			throw RejectedException.invalid("identities", "name the person: an e-mail address, an account id…");
		}
		LinkedHashSet<String> kept = new LinkedHashSet<>();
		for (String identity : entered) {
			if (identity == null || identity.isBlank()) {
				continue;
			}
			String trimmed = identity.strip();
			if (trimmed.length() > MAX_IDENTITY_LENGTH || trimmed.contains("\n") || trimmed.contains("\r")) {
				throw RejectedException.invalid("identities",
						"each identity on one line of at most " + MAX_IDENTITY_LENGTH + " characters");
			}
			kept.add(trimmed);
		}
		if (kept.isEmpty()) {
			throw RejectedException.invalid("identities", "name the person: an e-mail address, an account id…");
		}
		if (kept.size() > MAX_IDENTITIES) {
			throw RejectedException.invalid("identities",
					"at most " + MAX_IDENTITIES + " identities in one search; search for many people with a batch job");
		}
		return List.copyOf(kept);
	}

}
