package io.article28.core;

/**
 * A file someone attached, checked once for every module that keeps files: never empty,
 * never above the module's limit, its name reduced to the last part of what the browser
 * sent (no path, no control or formatting characters, at most 200 characters), its type
 * defaulted.
 */
public record UploadedFile(String filename, String contentType, byte[] bytes) {

	/** The name given to a file sent without one. */
	static final String UNNAMED = "attachment";

	private static final int MAX_NAME = 200;

	/** Checks what was sent; the refusals name the form's field {@code file}. */
	public static UploadedFile of(String sentName, String sentType, byte[] bytes, int maxBytes) {
		if (bytes == null || bytes.length == 0) {
			throw RejectedException.invalid("file", "choose a file");
		}
		if (bytes.length > maxBytes) {
			throw RejectedException.invalid("file", "a file is at most " + maxBytes / (1024 * 1024) + " MB");
		}
		String type = sentType == null || sentType.isBlank() ? "application/octet-stream" : sentType.strip();
		return new UploadedFile(filename(sentName), type.length() > 100 ? "application/octet-stream" : type, bytes);
	}

	/**
	 * The last part of a name a browser sent, without path or quotes; refused when it
	 * holds a character {@link TextInput} refuses.
	 */
	static String filename(String sent) {
		String name = sent == null ? "" : TextInput.check("file", sent).replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = UNNAMED;
		}
		if (name.length() <= MAX_NAME) {
			return name;
		}
		int from = name.length() - MAX_NAME;
		// never half of a character outside the basic plane
		return name.substring(Character.isLowSurrogate(name.charAt(from)) ? from + 1 : from).strip();
	}

	public String sha256() {
		return Digests.sha256Hex(bytes);
	}

}
