package io.article28.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The regions of the platform. Datacenter locations are kept as one '; '-separated
 * column.
 */
@Repository
class Regions {

	private static final String SEPARATOR = "; ";

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the region, or replaces its description; true when it was new. */
	boolean save(Region region) {
		int updated = jdbc.sql("""
				update region set infrastructure_provider = :provider, provider_region = :providerRegion,
				  datacenters = :datacenters, backup_location = :backup where code = :code""")
			.params(params(region))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into region (code, infrastructure_provider, provider_region, datacenters, backup_location)
					values (:code, :provider, :providerRegion, :datacenters, :backup)""")
				.params(params(region))
				.update();
			return true;
		}
		return false;
	}

	private static java.util.Map<String, Object> params(Region region) {
		return java.util.Map.of("code", region.code(), "provider", region.infrastructureProvider(), "providerRegion",
				region.providerRegion(), "datacenters", String.join(SEPARATOR, region.datacenters()), "backup",
				region.backupLocation());
	}

	Optional<Region> find(String code) {
		return jdbc.sql("select * from region where code = :code").param("code", code).query(Regions::map).optional();
	}

	List<Region> all() {
		return jdbc.sql("select * from region order by code").query(Regions::map).list();
	}

	private static Region map(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString("code"), rs.getString("infrastructure_provider"),
				rs.getString("provider_region"), Arrays.asList(rs.getString("datacenters").split(SEPARATOR)),
				rs.getString("backup_location"));
	}

}
