package io.article28.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

class DatabaseGuardTests {

	private final DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:guard;DB_CLOSE_DELAY=-1", "sa",
			"");

	@Test
	void productionRefusesTheEmbeddedDatabase() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new DatabaseGuard(h2, production(), false).afterPropertiesSet())
			.withMessageContaining("DATABASE_URL");
	}

	@Test
	void productionAcceptsTheEmbeddedDatabaseWhenToldExplicitly() {
		assertThatCode(() -> new DatabaseGuard(h2, production(), true).afterPropertiesSet()).doesNotThrowAnyException();
	}

	@Test
	void outsideProductionTheEmbeddedDatabaseIsFine() {
		assertThatCode(() -> new DatabaseGuard(h2, new MockEnvironment(), false).afterPropertiesSet())
			.doesNotThrowAnyException();
	}

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		return environment;
	}

}
