package io.article28.datarights;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.article28.accounts.OrganizationId;
import io.article28.core.CsvOutput;
import io.article28.core.ManifestZip;
import io.article28.datastores.Catalog;
import io.article28.datastores.DataMap;
import io.article28.datastores.DataMapManagement;
import io.article28.datastores.DataStore;
import io.article28.datastores.DataStoreManagement;
import io.article28.datastores.PersonMap;
import io.article28.datastores.StoreSession;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a person's rows into a ZIP, straight from the stores to the file: per store and
 * table reached, a JSON file (the table, its path to the person, each column with its
 * category, then the rows) and the same rows as CSV, read with a fetch size so that
 * neither the driver nor this class holds more than a batch of rows. What the manifest
 * describes of each table is returned.
 */
@Component
class PersonDataWriter {

	/** Rows the driver fetches at a time. */
	static final int FETCH = 500;

	/** What the ZIP holds of one table. */
	record TableWritten(String store, String table, List<String> path, long rows, List<Map<String, String>> columns,
			String json, String csv) {
	}

	private final DataStoreManagement dataStores;

	private final DataMapManagement dataMaps;

	private final JsonMapper json;

	PersonDataWriter(DataStoreManagement dataStores, DataMapManagement dataMaps, JsonMapper json) {
		this.dataStores = dataStores;
		this.dataMaps = dataMaps;
		this.json = json;
	}

	/** Writes the person's tables of the store, those that hold a row of theirs. */
	List<TableWritten> write(OrganizationId owner, DataStore store, List<String> identities, ManifestZip zip) {
		Optional<PersonMap> found = dataMaps.personMap(owner, store.id());
		if (found.isEmpty() || found.get().map().subjects().isEmpty()) {
			return List.of();
		}
		PersonMap map = found.get();
		String folder = folder(store);
		return dataStores.read(owner, store.id(), session -> {
			PersonQuery queries = new PersonQuery(session, map, identities);
			List<TableWritten> written = new ArrayList<>();
			for (DataMap.Reach reach : map.map().reached()) {
				if (queries.countNow(reach) == 0) {
					continue;
				}
				PersonQuery.Statement all = queries.all(reach).orElseThrow();
				List<Map<String, String>> columns = columns(map, reach);
				List<String> path = reach.path().stream().map(DataMap.Hop::toString).toList();
				String base = folder + "/" + slug(reach.schema()) + "." + slug(reach.table());
				long[] streamed = { 0 };
				try {
					zip.file(base + ".json", store.definition().label(), "application/json",
							out -> stream(session, all, rows(out, reach.qualifiedName(), path, columns, streamed)));
					zip.file(base + ".csv", store.definition().label(), "text/csv", out -> csv(session, all, out));
				}
				catch (IOException ex) {
					if (ex.getCause() instanceof SQLException failed) {
						throw failed;
					}
					throw new UncheckedIOException(ex);
				}
				// the rows the JSON holds: the count only said whether there were any
				written.add(new TableWritten(store.definition().label(), reach.qualifiedName(), path, streamed[0],
						columns, base + ".json", base + ".csv"));
			}
			return written;
		});
	}

	/** The columns of the table with what the data map says they hold. */
	private static List<Map<String, String>> columns(PersonMap map, DataMap.Reach reach) {
		List<Map<String, String>> columns = new ArrayList<>();
		for (Catalog.Column column : map.table(reach.qualifiedName()).map(Catalog.Table::columns).orElse(List.of())) {
			Map<String, String> described = new LinkedHashMap<>();
			described.put("name", column.name());
			described.put("type", column.type());
			described.put("category", map.category(reach.qualifiedName(), column.name()).description());
			columns.add(described);
		}
		return columns;
	}

	/**
	 * A row handler that writes the JSON document of the table, opened and closed around
	 * the rows.
	 */
	private RowSink rows(OutputStream out, String table, List<String> path, List<Map<String, String>> columns,
			long[] counted) {
		JsonGenerator generator = json.createGenerator(out);
		return new RowSink() {

			@Override
			public void start(List<String> names) {
				generator.writeStartObject();
				generator.writeStringProperty("table", table);
				generator.writeName("path");
				generator.writePOJO(path);
				generator.writeName("columns");
				generator.writePOJO(columns);
				generator.writeArrayPropertyStart("rows");
			}

			@Override
			public void row(List<String> names, List<Object> values) {
				counted[0]++;
				generator.writeStartObject();
				for (int i = 0; i < names.size(); i++) {
					generator.writeName(names.get(i));
					Object value = values.get(i);
					if (value == null || value instanceof Number || value instanceof Boolean) {
						generator.writePOJO(value);
					}
					else {
						generator.writeString(text(value));
					}
				}
				generator.writeEndObject();
			}

			@Override
			public void end() {
				generator.writeEndArray();
				generator.writeEndObject();
				generator.flush();
			}

		};
	}

	private static void csv(StoreSession session, PersonQuery.Statement statement, OutputStream out)
			throws IOException {
		CsvOutput[] csv = new CsvOutput[1];
		try {
			stream(session, statement, new RowSink() {

				@Override
				public void start(List<String> names) {
					try {
						csv[0] = CsvOutput.of(new OutputStreamWriter(out, StandardCharsets.UTF_8),
								names.toArray(String[]::new));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void row(List<String> names, List<Object> values) {
					ManifestZip.unchecked(() -> csv[0].row(values.stream().map(PersonDataWriter::textOrNull).toList()));
				}

				@Override
				public void end() {
					ManifestZip.unchecked(() -> csv[0].flush());
				}

			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	interface RowSink {

		void start(List<String> names);

		void row(List<String> names, List<Object> values);

		void end();

	}

	/** Streams the statement's rows to the sink, a fetch at a time. */
	private static void stream(StoreSession session, PersonQuery.Statement statement, RowSink sink) throws IOException {
		try (PreparedStatement prepared = statement.prepare(session.connection())) {
			prepared.setFetchSize(FETCH);
			try (ResultSet rs = prepared.executeQuery()) {
				ResultSetMetaData meta = rs.getMetaData();
				List<String> names = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					names.add(meta.getColumnLabel(i));
				}
				sink.start(names);
				while (rs.next()) {
					List<Object> values = new ArrayList<>(names.size());
					for (int i = 1; i <= names.size(); i++) {
						values.add(rs.getObject(i));
					}
					sink.row(names, values);
				}
				sink.end();
			}
		}
		catch (SQLException ex) {
			// carried through the ZIP's writer, then thrown again for the store's session
			// to
			// read what it means
			throw new IOException("a statement failed", ex);
		}
	}

	private static String textOrNull(Object value) {
		return value == null ? null : text(value);
	}

	private static String text(Object value) {
		return value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : value.toString();
	}

	/** A folder name for the store: its label as {@link #slug}, then its id's start. */
	static String folder(DataStore store) {
		return slug(store.definition().label()) + "-" + store.id().value().toString().substring(0, 8);
	}

	/**
	 * A name as a path of the ZIP may hold it: lower case, letters, digits, dashes and
	 * underscores, never a slash or a dot that could climb out of the folder.
	 */
	static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "x" : slug;
	}

}
