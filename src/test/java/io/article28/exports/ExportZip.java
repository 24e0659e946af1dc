package io.article28.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A downloaded export opened in a test: its entries by path. */
record ExportZip(Map<String, byte[]> entries) {

	static ExportZip open(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return new ExportZip(entries);
	}

	String text(String path) {
		byte[] bytes = entries.get(path);
		if (bytes == null) {
			throw new AssertionError(path + " is not in the export; it holds " + entries.keySet());
		}
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
