package io.article28;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

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

	/**
	 * The module documentation is written to {@code target/modules} on every build and
	 * must match the committed {@code docs/modules}, in any order: the generator keeps
	 * none for the relations and the events listened to.
	 * {@code -Darticle28.module-docs.update=true} writes the committed copy.
	 */
	@Test
	void theCommittedModuleDocumentationIsCurrent() throws IOException {
		Path written = Path.of("target/modules");
		Path committed = Path.of("docs/modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeDocumentation();
		if (Boolean.getBoolean("article28.module-docs.update")) {
			FileSystemUtils.deleteRecursively(committed);
			FileSystemUtils.copyRecursively(written, committed);
		}
		assertThat(names(committed)).as("the files of docs/modules").isEqualTo(names(written));
		for (String name : names(written)) {
			assertThat(sortedLines(committed.resolve(name)))
				.as("docs/modules/%s is current (-Darticle28.module-docs.update=true writes it)", name)
				.isEqualTo(sortedLines(written.resolve(name)));
		}
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	/**
	 * The lines in order, a list's first item (which opens a table cell) like the others.
	 */
	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(line -> line.replaceFirst("^\\|\\* ", "* ")).sorted().toList();
	}

}
