package io.article28.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the written exports are kept: one file per export, named after its id, in the
 * configured directory ({@code article28.exports.directory}).
 */
@Component
class ExportFiles {

	private final Path directory;

	ExportFiles(@Value("${article28.exports.directory}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	Path of(UUID export) {
		return directory.resolve(export + ".zip");
	}

	/** The file being written, moved into place only once complete. */
	Path inProgress(UUID export) {
		return directory.resolve(export + ".zip.part");
	}

	void delete(UUID export) throws IOException {
		Files.deleteIfExists(of(export));
		Files.deleteIfExists(inProgress(export));
	}

}
