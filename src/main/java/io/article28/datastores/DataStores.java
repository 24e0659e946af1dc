package io.article28.datastores;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.article28.accounts.OrganizationId;
import io.article28.core.Page;
import io.article28.core.PageRequest;
import io.article28.core.Timestamps;
import io.article28.platform.AppId;

/** The data stores and their encrypted passwords. */
@Repository
class DataStores {

	private final JdbcClient jdbc;

	DataStores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DataStore> find(DataStoreId id) {
		return jdbc.sql("select * from data_store where id = :id")
			.param("id", id.value())
			.query(DataStores::map)
			.optional();
	}

	Optional<String> passwordCiphertext(DataStoreId id) {
		return jdbc.sql("select password_ciphertext from data_store where id = :id")
			.param("id", id.value())
			.query(String.class)
			.optional();
	}

	void insert(DataStore store, String passwordCiphertext) {
		Map<String, Object> params = params(store);
		params.put("password", passwordCiphertext);
		params.put("org", store.organizationId().value());
		params.put("app", store.appId().value());
		params.put("createdAt", Timestamps.of(store.createdAt()));
		jdbc.sql("""
				insert into data_store (id, organization_id, app_id, label, engine, host, port, database_name, username,
				  tls_mode, password_ciphertext, created_at, updated_at)
				values (:id, :org, :app, :label, :engine, :host, :port, :database, :username, :tls, :password,
				  :createdAt, :updatedAt)""").params(params).update();
	}

	/**
	 * Replaces what the platform said of the store; the password too when given. The last
	 * check is forgotten: it was of the store as it was.
	 */
	void update(DataStore store, String passwordCiphertext) {
		Map<String, Object> params = params(store);
		params.put("password", passwordCiphertext);
		jdbc.sql("""
				update data_store set label = :label, engine = :engine, host = :host, port = :port,
				  database_name = :database, username = :username, tls_mode = :tls,
				  password_ciphertext = coalesce(:password, password_ciphertext), updated_at = :updatedAt,
				  check_status = null, check_server_version = null, check_millis = null, checked_at = null
				where id = :id""").params(params).update();
	}

	void recordCheck(DataStoreId id, ConnectionCheck check) {
		jdbc.sql("""
				update data_store set check_status = :status, check_server_version = :version, check_millis = :millis,
				  checked_at = :at
				where id = :id""")
			.param("id", id.value())
			.param("status", check.status().name())
			.param("version", check.serverVersion())
			.param("millis", check.millis())
			.param("at", Timestamps.of(check.checkedAt()))
			.update();
	}

	void reencrypt(DataStoreId id, String passwordCiphertext) {
		jdbc.sql("update data_store set password_ciphertext = :password where id = :id")
			.param("id", id.value())
			.param("password", passwordCiphertext)
			.update();
	}

	/**
	 * Every store's id and password ciphertext, for the re-encryption after a key change.
	 */
	Map<DataStoreId, String> allCiphertexts() {
		Map<DataStoreId, String> all = new HashMap<>();
		jdbc.sql("select id, password_ciphertext from data_store")
			.query((rs, row) -> all.put(new DataStoreId(rs.getObject("id", UUID.class)),
					rs.getString("password_ciphertext")))
			.list();
		return all;
	}

	boolean delete(DataStoreId id) {
		return jdbc.sql("delete from data_store where id = :id").param("id", id.value()).update() > 0;
	}

	Page<DataStore> ofOrganization(OrganizationId organization, PageRequest request) {
		long total = jdbc.sql("select count(*) from data_store where organization_id = :org")
			.param("org", organization.value())
			.query(Long.class)
			.single();
		List<DataStore> items = jdbc
			.sql("select * from data_store where organization_id = :org order by label, id limit :limit offset :offset")
			.param("org", organization.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(DataStores::map)
			.list();
		return new Page<>(items, request.page(), request.size(), total);
	}

	List<DataStore> ofApp(OrganizationId organization, AppId app) {
		return jdbc.sql("select * from data_store where organization_id = :org and app_id = :app order by label, id")
			.param("org", organization.value())
			.param("app", app.value())
			.query(DataStores::map)
			.list();
	}

	List<DataStoreId> idsOf(OrganizationId organization) {
		return jdbc.sql("select id from data_store where organization_id = :org")
			.param("org", organization.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(DataStoreId::new)
			.toList();
	}

	int deleteOf(OrganizationId organization) {
		return jdbc.sql("delete from data_store where organization_id = :org")
			.param("org", organization.value())
			.update();
	}

	private static Map<String, Object> params(DataStore store) {
		DataStore.Definition definition = store.definition();
		Map<String, Object> params = new HashMap<>();
		params.put("id", store.id().value());
		params.put("label", definition.label());
		params.put("engine", definition.engine().name());
		params.put("host", definition.host());
		params.put("port", definition.port());
		params.put("database", definition.database());
		params.put("username", definition.username());
		params.put("tls", definition.tlsMode().name());
		params.put("updatedAt", Timestamps.of(store.updatedAt()));
		return params;
	}

	private static DataStore map(ResultSet rs, int row) throws SQLException {
		DataStore.Definition definition = new DataStore.Definition(rs.getString("label"),
				Engine.valueOf(rs.getString("engine")), rs.getString("host"), rs.getInt("port"),
				rs.getString("database_name"), rs.getString("username"), TlsMode.valueOf(rs.getString("tls_mode")));
		String status = rs.getString("check_status");
		ConnectionCheck check = status == null ? null : new ConnectionCheck(ConnectionCheck.Status.valueOf(status),
				rs.getString("check_server_version"), rs.getLong("check_millis"), Timestamps.read(rs, "checked_at"));
		return new DataStore(new DataStoreId(rs.getObject("id", UUID.class)),
				new OrganizationId(rs.getObject("organization_id", UUID.class)),
				new AppId(rs.getObject("app_id", UUID.class)), definition, Timestamps.read(rs, "created_at"),
				Timestamps.read(rs, "updated_at"), check);
	}

}
