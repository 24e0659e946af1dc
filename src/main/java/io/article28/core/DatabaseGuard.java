package io.article28.core;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Says which database is in use, and keeps a production instance off the embedded H2
 * database unless an operator says so explicitly: a silent H2 in production loses data.
 */
@Component
class DatabaseGuard implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

	private final DataSource dataSource;

	private final Environment environment;

	private final boolean embeddedAllowed;

	DatabaseGuard(DataSource dataSource, Environment environment,
			@Value("${article28.allow-embedded-database:false}") boolean embeddedAllowed) {
		this.dataSource = dataSource;
		this.environment = environment;
		this.embeddedAllowed = embeddedAllowed;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String product = meta.getDatabaseProductName();
			log.info("Database in use: {} {} at {}", product, meta.getDatabaseProductVersion(),
					withoutCredentials(meta.getURL()));
			boolean embedded = product.toLowerCase().contains("h2");
			if (embedded && environment.acceptsProfiles(Profiles.of("prod")) && !embeddedAllowed) {
				throw new IllegalStateException("The prod profile refuses the embedded H2 database: set DATABASE_URL "
						+ "to a PostgreSQL database, or ARTICLE28_ALLOW_EMBEDDED_DATABASE=true to accept H2 knowingly");
			}
		}
	}

	private static String withoutCredentials(String url) {
		return url == null ? "?" : url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
	}

}
