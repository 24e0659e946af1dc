package io.article28.exports;

import java.io.IOException;
import java.nio.file.Path;

import io.article28.core.ManifestZip;
import tools.jackson.databind.json.JsonMapper;

/** The ZIP of an account export: each file in the folder of its part. */
final class ExportArchive extends ManifestZip {

	private ExportArchive(Path target, JsonMapper json) throws IOException {
		super(target, json);
	}

	static ExportArchive create(Path target, JsonMapper json) throws IOException {
		return new ExportArchive(target, json);
	}

	void file(String path, ExportPart part, String mediaType, Content content) throws IOException {
		file(path, part.folder(), mediaType, content);
	}

	void json(String path, ExportPart part, Object value) throws IOException {
		json(path, part.folder(), value);
	}

	void csv(String path, ExportPart part, String[] header, Rows rows) throws IOException {
		csv(path, part.folder(), header, rows);
	}

}
