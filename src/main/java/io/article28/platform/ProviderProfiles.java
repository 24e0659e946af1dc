package io.article28.platform;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row that describes the provider. */
@Repository
class ProviderProfiles {

	private final JdbcClient jdbc;

	ProviderProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ProviderProfile> current() {
		return jdbc.sql("select * from provider_profile where id = 1")
			.query((rs, row) -> new ProviderProfile(rs.getString("legal_name"), rs.getString("address"),
					rs.getString("registration"), rs.getString("dpo_name"), rs.getString("dpo_email"),
					rs.getString("support_email")))
			.optional();
	}

	void save(ProviderProfile profile) {
		Map<String, Object> params = Map.of("name", profile.legalName(), "address", profile.address(), "registration",
				profile.registration(), "dpoName", profile.dpoName(), "dpoEmail", profile.dpoEmail(), "support",
				profile.supportEmail());
		int updated = jdbc.sql("""
				update provider_profile set legal_name = :name, address = :address, registration = :registration,
				  dpo_name = :dpoName, dpo_email = :dpoEmail, support_email = :support where id = 1""")
			.params(params)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"""
							insert into provider_profile (id, legal_name, address, registration, dpo_name, dpo_email, support_email)
							values (1, :name, :address, :registration, :dpoName, :dpoEmail, :support)""")
				.params(params)
				.update();
		}
	}

}
