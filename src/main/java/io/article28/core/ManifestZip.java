package io.article28.core;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * A ZIP written straight to a file as its entries are produced: nothing is held in memory
 * but a buffer. Each entry's size and SHA-256 are taken on the way and listed, last, in
 * {@code manifest.json}; the SHA-256 of the whole file is taken too.
 */
public class ManifestZip implements Closeable {

	public static final String MANIFEST = "manifest.json";

	/** One file of the archive as the manifest lists it; its part may be null. */
	public record FileEntry(String path, String part, String mediaType, long sizeBytes, String sha256) {
	}

	/** Writes the content of one entry to a stream it must not close. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/** Writes the rows of one CSV file. */
	@FunctionalInterface
	public interface Rows {

		void writeTo(CsvOutput csv) throws IOException;

	}

	private final Counting file;

	private final MessageDigest fileDigest;

	private final ZipOutputStream zip;

	private final JsonMapper json;

	private final List<FileEntry> entries = new ArrayList<>();

	protected ManifestZip(Path target, JsonMapper json) throws IOException {
		Files.createDirectories(target.getParent());
		this.fileDigest = sha256();
		this.file = new Counting(new DigestOutputStream(Files.newOutputStream(target), fileDigest));
		this.zip = new ZipOutputStream(new BufferedOutputStream(file, 64 * 1024), StandardCharsets.UTF_8);
		this.json = json;
	}

	public static ManifestZip open(Path target, JsonMapper json) throws IOException {
		return new ManifestZip(target, json);
	}

	public void file(String path, String part, String mediaType, Content content) throws IOException {
		zip.putNextEntry(new ZipEntry(path));
		MessageDigest digest = sha256();
		Counting counted = new Counting(new DigestOutputStream(new Unclosable(zip), digest));
		content.writeTo(counted);
		counted.flush();
		zip.closeEntry();
		entries.add(new FileEntry(path, part, mediaType, counted.count, HexFormat.of().formatHex(digest.digest())));
	}

	public void json(String path, String part, Object value) throws IOException {
		file(path, part, "application/json", out -> out.write(json.writeValueAsBytes(value)));
	}

	public void csv(String path, String part, String[] header, Rows rows) throws IOException {
		file(path, part, "text/csv", out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CsvOutput csv = CsvOutput.of(writer, header);
			rows.writeTo(csv);
			csv.flush();
		});
	}

	/** The files written so far, in order. */
	public List<FileEntry> entries() {
		return List.copyOf(entries);
	}

	/**
	 * Writes the manifest, the last entry, listing every other file with its size and
	 * SHA-256 after the given header fields.
	 */
	public void finish(Map<String, Object> header) throws IOException {
		Map<String, Object> manifest = new LinkedHashMap<>(header);
		manifest.put("files", entries());
		zip.putNextEntry(new ZipEntry(MANIFEST));
		zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
	}

	/** The SHA-256 of the whole file; read after closing. */
	public String sha256Hex() {
		return HexFormat.of().formatHex(fileDigest.digest());
	}

	public long sizeBytes() {
		return file.count;
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	/** Unchecked, for writers called back from a stream of rows. */
	public static void unchecked(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	public interface IoAction {

		void run() throws IOException;

	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Counts the bytes that pass. */
	private static final class Counting extends FilterOutputStream {

		long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			out.write(b);
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
			count += len;
		}

	}

	/** Keeps a writer from closing the ZIP when it is done with its entry. */
	private static final class Unclosable extends FilterOutputStream {

		Unclosable(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
