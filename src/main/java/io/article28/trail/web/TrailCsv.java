package io.article28.trail.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import io.article28.core.CsvOutput;
import io.article28.trail.TrailEntry;
import io.article28.trail.TrailFilter;
import io.article28.trail.TrailManagement;

/**
 * Streams trail entries as CSV with every field an auditor needs to recompute the hashes.
 */
final class TrailCsv {

	static final String[] HEADER = TrailEntry.COLUMNS.toArray(String[]::new);

	private TrailCsv() {
	}

	static void write(TrailManagement trail, TrailFilter filter, String filename, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CsvOutput csv = CsvOutput.of(writer, HEADER)) {
			trail.forEach(filter, entry -> {
				try {
					csv.row(entry.columnValues());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
