package io.article28.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import io.article28.Article28Application;

class DatabaseGuardTests {

	@Test
	void productionRefusesTheEmbeddedDatabaseNamedOrLeftUnset() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DatabaseGuard.refuseEmbeddedInProduction(production("jdbc:h2:file:./data/article28")))
			.withMessageContaining("DATABASE_URL");
		assertThatIllegalStateException().isThrownBy(() -> DatabaseGuard.refuseEmbeddedInProduction(production("")));
	}

	@Test
	void productionAcceptsPostgresqlAndTheEmbeddedDatabaseWhenToldExplicitly() {
		assertThatCode(() -> DatabaseGuard
			.refuseEmbeddedInProduction(production("jdbc:postgresql://127.0.0.1:5432/article28")))
			.doesNotThrowAnyException();
		MockEnvironment allowed = production("jdbc:h2:mem:x");
		allowed.setProperty("article28.allow-embedded-database", "true");
		assertThatCode(() -> DatabaseGuard.refuseEmbeddedInProduction(allowed)).doesNotThrowAnyException();
	}

	@Test
	void outsideProductionTheEmbeddedDatabaseIsFine() {
		assertThatCode(() -> DatabaseGuard
			.refuseEmbeddedInProduction(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")))
			.doesNotThrowAnyException();
	}

	@Test
	void aRefusedProductionStartHasWrittenNothing(@TempDir Path directory) throws Exception {
		assertThatThrownBy(() -> SpringApplication.run(Article28Application.class, "--spring.profiles.active=prod",
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db/article28"),
				"--article28.data-dir=" + directory.resolve("data"), "--server.port=0", "--article28.demo=true"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("refuses the embedded H2 database");
		try (Stream<Path> written = Files.walk(directory)) {
			assertThat(written.filter(path -> !path.equals(directory))).isEmpty();
		}
	}

	private static MockEnvironment production(String url) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		environment.setActiveProfiles("prod");
		return environment;
	}

}
