package io.article28.datarights;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.article28.accounts.OrganizationId;
import io.article28.datastores.Catalog;
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
import io.article28.trail.TrailManagement;
import io.article28.trail.TrailRecord;

/**
 * The suppression list of an app and its replay: after a backup is restored or data
 * imported again, each data store of the app is searched, read-only, for the people the
 * list names — each subject's e-mail columns digested by the database under the
 * organization's key and compared with the list, a batch of digests at a time — and the
 * people found back are counted. Neither the list nor the search holds an identity in
 * clear.
 */
@Service
public class Suppressions {

	/** How many digests one statement compares. */
	static final int BATCH = 500;

	/** What a replay found in one store. */
	public record StoreReplay(String label, boolean searched, String reason, long peopleBack) {
	}

	/** What a replay found: the people of the list back in the app's stores. */
	public record Replay(long listed, long peopleBack, List<StoreReplay> stores) {
	}

	private final SuppressionList list;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final PlatformManagement platform;

	private final TrailManagement trail;

	Suppressions(SuppressionList list, DataStoreManagement dataStores, DataMapManagement dataMaps,
			PlatformManagement platform, TrailManagement trail) {
		this.list = list;
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.platform = platform;
		this.trail = trail;
	}

	/** How many people the app's list names. */
	public long listed(OrganizationId owner, AppId appId) {
		return list.count(platform.appOf(owner, appId).id().value());
	}

	/** Searches the app's stores for the people of its list. */
	public Replay replay(OrganizationId owner, AppId appId) {
		App app = platform.appOf(owner, appId);
		List<StoreReplay> stores = new ArrayList<>();
		Set<String> back = new HashSet<>();
		for (DataStore store : dataStores.stores(owner, app.id())) {
			String label = store.definition().label();
			Optional<PersonMap> map = dataMaps.personMap(owner, store.id());
			if (map.isEmpty() || map.get().map().subjects().isEmpty()) {
				stores.add(new StoreReplay(label, false, "no subject is declared in its data map", 0));
				continue;
			}
			try {
				Set<String> found = dataStores.read(owner, store.id(),
						session -> found(session, map.get(), app.id().value()));
				back.addAll(found);
				stores.add(new StoreReplay(label, true, null, found.size()));
			}
			catch (StoreUnavailable unavailable) {
				stores.add(new StoreReplay(label, false, unavailable.getMessage(), 0));
			}
		}
		Replay replay = new Replay(list.count(app.id().value()), back.size(), stores);
		trail.record(TrailRecord.of("datarights.suppression-replayed", owner, "app", app.id().value())
			.with("listed", replay.listed())
			.with("back", replay.peopleBack()));
		return replay;
	}

	/** The digests of the list that a subject's e-mail column of the store holds. */
	private Set<String> found(StoreSession session, PersonMap map, java.util.UUID app) throws java.sql.SQLException {
		Set<String> found = new HashSet<>();
		for (DataMap.Subject subject : map.map().subjects()) {
			String name = subject.schema() + "." + subject.table();
			Optional<Catalog.Table> table = map.table(name);
			if (table.isEmpty()) {
				continue;
			}
			for (String column : subject.identityColumns()) {
				if (map.category(name, column) != Category.EMAIL) {
					continue;
				}
				String after = null;
				List<String> digests;
				do {
					digests = list.digests(app, after, BATCH);
					if (digests.isEmpty()) {
						break;
					}
					List<Object> parameters = new ArrayList<>();
					String digest = session
						.pseudonym("lower(trim(" + session.text("t0." + session.quote(column)) + "))", parameters);
					String sql = "select distinct " + digest + " from "
							+ session.table(table.get().schema(), table.get().name()) + " t0 where " + digest + " in ("
							+ String.join(", ", digests.stream().map(value -> "?").toList()) + ")";
					List<Object> bound = new ArrayList<>(parameters);
					bound.addAll(parameters);
					bound.addAll(digests);
					try (PreparedStatement statement = new PersonQuery.Statement(sql, bound)
						.prepare(session.connection()); ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							found.add(rs.getString(1));
						}
					}
					after = digests.get(digests.size() - 1);
				}
				while (digests.size() == BATCH);
			}
		}
		return found;
	}

}
