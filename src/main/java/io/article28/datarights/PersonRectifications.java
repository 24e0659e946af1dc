package io.article28.datarights;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.article28.accounts.OrganizationId;
import io.article28.accounts.UserId;
import io.article28.core.RejectedException;
import io.article28.datastores.DataMap;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import io.article28.datastores.StoreUnavailable;
import io.article28.requests.RequestManagement;
import io.article28.requests.RightsRequest;

/**
 * The rectification of a requester's rows (GDPR art. 16): new values for chosen columns,
 * planned read-only and shown, then confirmed with the app's name, the plan's digest and
 * the same values, and run at once — the values never stored, so no job could run them
 * later — one transaction per store, committed when every row of the person holds them.
 */
@Service
public class PersonRectifications {

	private final PersonErasures erasures;

	private final PersonErasureJob job;

	private final RequestManagement requests;

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	PersonRectifications(PersonErasures erasures, PersonErasureJob job, RequestManagement requests,
			DataStoreManagement dataStores, DataMapManagement dataMaps) {
		this.erasures = erasures;
		this.job = job;
		this.requests = requests;
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
	}

	/** A column of the person's rows in a table: its values now, and the new one. */
	public record BeforeAfter(String store, String table, String column, List<String> before, String after) {
	}

	/**
	 * The values the changes replace, read now in the request's stores, read-only, for
	 * the first {@link PersonSearch#PREVIEW_ROWS} rows of the person in each table: shown
	 * beside the new values, never kept.
	 */
	public List<BeforeAfter> preview(OrganizationId owner, UUID requestId, List<Rectification> changes) {
		List<Rectification> checked = Rectification.checked(changes);
		RightsRequest request = requests.request(owner, requestId);
		List<BeforeAfter> shown = new ArrayList<>();
		if (request.appId().isEmpty()) {
			return shown;
		}
		List<String> identities = PersonErasures.identities(request);
		for (DataStore store : dataStores.stores(owner, request.appId().get())) {
			Optional<PersonMap> map = dataMaps.personMap(owner, store.id());
			if (map.isEmpty()) {
				continue;
			}
			try {
				shown.addAll(dataStores.read(owner, store.id(),
						session -> before(session, map.get(), store.definition().label(), identities, checked)));
			}
			catch (StoreUnavailable unavailable) {
				// the plan says why the store cannot be read
			}
		}
		return shown;
	}

	private static List<BeforeAfter> before(StoreSession session, PersonMap map, String label, List<String> identities,
			List<Rectification> changes) throws SQLException {
		PersonQuery queries = new PersonQuery(session, map, identities);
		List<BeforeAfter> shown = new ArrayList<>();
		for (Rectification change : changes) {
			Optional<DataMap.Reach> reach = map.map().reach(change.table());
			boolean known = reach.flatMap(found -> map.table(found.qualifiedName()))
				.map(table -> table.columns().stream().anyMatch(column -> column.name().equals(change.column())))
				.orElse(false);
			if (!known) {
				continue;
			}
			List<Object> parameters = new ArrayList<>();
			Optional<String> condition = queries.condition(reach.get(), "t", parameters);
			if (condition.isEmpty()) {
				continue;
			}
			List<String> before = new ArrayList<>();
			try (PreparedStatement statement = new PersonQuery.Statement(
					"select t0." + session.quote(change.column()) + " from " + queries.table(change.table())
							+ " t0 where " + condition.get() + " limit " + PersonSearch.PREVIEW_ROWS,
					parameters)
				.prepare(session.connection()); ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					before.add(rs.getString(1));
				}
			}
			shown.add(new BeforeAfter(label, change.table(), change.column(), before, change.value()));
		}
		return shown;
	}

	public ErasurePlan plan(OrganizationId owner, UUID requestId, List<Rectification> changes, UserId by) {
		return erasures.planRectification(owner, requestId, changes, by);
	}

	/**
	 * Confirms the plan with its values and runs it; a plan whose rows changed is
	 * replaced by a new one to read, not run.
	 */
	public PersonErasures.Confirmation rectify(OrganizationId owner, UUID requestId, UUID planId, String typedName,
			String digest, List<Rectification> changes, UserId by) {
		ErasurePlan plan = erasures.get(owner, requestId, planId, ErasurePlan.Kind.RECTIFICATION);
		Rectifications rectifications = erasures.rectifications(owner, changes);
		if (!rectifications.digest().equals(plan.valuesDigest())) {
			throw RejectedException.conflict("changes",
					"these are not the new values of the plan shown: plan the rectification with them");
		}
		PersonErasures.Confirmation confirmation = erasures.confirm(plan, typedName, digest, rectifications, by);
		if (!confirmation.confirmed()) {
			return confirmation;
		}
		return new PersonErasures.Confirmation(job.runNow(confirmation.plan(), rectifications), true);
	}

}
