package io.article28.core;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Says which database is in use, and keeps a production instance off the embedded H2
 * database unless an operator says so explicitly: a silent H2 in production loses data.
 * The refusal is decided from the configuration alone, before any bean is made, so that a
 * refused start has written nothing (no database file, no generated key).
 */
@Component
class DatabaseGuard implements InitializingBean {

	/** Refuses a production start on H2 before anything is made. */
	@Component
	static class Refusal implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

		private Environment environment;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			refuseEmbeddedInProduction(environment);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

	private final DataSource dataSource;

	DatabaseGuard(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The configured database (an unset URL is an embedded one) is refused under the
	 * {@code prod} profile when it is H2, unless allowed explicitly.
	 */
	static void refuseEmbeddedInProduction(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		boolean embedded = url.isBlank() || url.regionMatches(true, 0, "jdbc:h2:", 0, 8);
		boolean allowed = environment.getProperty("article28.allow-embedded-database", Boolean.class, false);
		if (embedded && environment.acceptsProfiles(Profiles.of("prod")) && !allowed) {
			throw new IllegalStateException("The prod profile refuses the embedded H2 database: set DATABASE_URL "
					+ "to a PostgreSQL database, or ARTICLE28_ALLOW_EMBEDDED_DATABASE=true to accept H2 knowingly");
		}
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			log.info("Database in use: {} {} at {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
					withoutCredentials(meta.getURL()));
		}
	}

	private static String withoutCredentials(String url) {
		return url == null ? "?" : url.replaceAll("(?i)(password|user)=[^;&]*", "$1=***");
	}

}
