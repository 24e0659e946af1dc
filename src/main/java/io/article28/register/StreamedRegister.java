package io.article28.register;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import io.article28.core.Digests;
import io.article28.register.ProcessingRegister.Contents;
import io.article28.register.ProcessingRegister.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of processing read a page of controllers at a time, for exports too large
 * to hold: valid only inside {@link RegisterManagement#stream}, whose transaction reads
 * one snapshot, so that every pass over the controllers sees the same state and the
 * SHA-256 one pass computes is that of the contents the next one writes. The JSON it
 * writes is, byte for byte, that of the {@link ProcessingRegister} built in memory.
 */
public final class StreamedRegister {

	/** Where the controllers go in the JSON of the rest. */
	private static final String CONTROLLERS = "\"controllers\":[]";

	private final Instant generatedAt;

	private final Contents head;

	private final long controllerCount;

	private final Consumer<Consumer<Controller>> controllers;

	private final JsonMapper json;

	private String contentsSha256;

	/**
	 * @param head the contents without their controllers
	 * @param controllers hands every controller in order to the consumer it is given,
	 * reading them anew each time
	 */
	StreamedRegister(Instant generatedAt, Contents head, long controllerCount,
			Consumer<Consumer<Controller>> controllers, JsonMapper json) {
		this.generatedAt = generatedAt;
		this.head = head;
		this.controllerCount = controllerCount;
		this.controllers = controllers;
		this.json = json;
	}

	public Instant generatedAt() {
		return generatedAt;
	}

	/** How many controllers the register states. */
	public long controllerCount() {
		return controllerCount;
	}

	/** The controllers in order, read a page at a time; each call reads them again. */
	public void forEachController(Consumer<Controller> action) {
		controllers.accept(action);
	}

	/**
	 * The SHA-256 of the JSON of the contents, as {@link ProcessingRegister} states it:
	 * one pass over the controllers, the first time it is asked for.
	 */
	public String contentsSha256() {
		if (contentsSha256 == null) {
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
					write(head, out);
				}
				contentsSha256 = HexFormat.of().formatHex(digest.digest());
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return contentsSha256;
	}

	/**
	 * Writes the register as JSON: a pass for the SHA-256 it states (unless already
	 * computed), then one for the contents.
	 */
	public void writeJson(OutputStream out) {
		write(new ProcessingRegister(generatedAt, contentsSha256(), head), out);
	}

	/** The whole register in memory, for a bounded number of controllers. */
	public ProcessingRegister collect() {
		List<Controller> all = new ArrayList<>();
		forEachController(all::add);
		Contents contents = new Contents(head.processor(), head.activities(), head.securityMeasures(),
				List.copyOf(all));
		// The hash a reader recomputes over the contents member of the JSON export.
		return new ProcessingRegister(generatedAt,
				contentsSha256 != null ? contentsSha256 : Digests.sha256Hex(json.writeValueAsBytes(contents)),
				contents);
	}

	/**
	 * Writes the JSON of {@code value}, whose contents have no controllers, with the
	 * controllers put in their place one at a time.
	 */
	private void write(Object value, OutputStream out) {
		String whole = json.writeValueAsString(value);
		int at = whole.indexOf(CONTROLLERS);
		if (at < 0 || whole.indexOf(CONTROLLERS, at + 1) >= 0) {
			throw new IllegalStateException("the register's JSON has no single place for its controllers");
		}
		int inside = at + CONTROLLERS.length() - 1;
		try {
			out.write(whole.substring(0, inside).getBytes(StandardCharsets.UTF_8));
			boolean[] first = { true };
			forEachController(controller -> {
				try {
					if (!first[0]) {
						out.write(',');
					}
					first[0] = false;
					out.write(json.writeValueAsBytes(controller));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			out.write(whole.substring(inside).getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
