package io.article28;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Article28Application.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void everyCapabilityIsItsOwnModule() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("core", "accounts",
				"platform", "web");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
		assertThat(new java.io.File("docs/modules/components.puml")).exists();
	}

}
