package io.article28.exports;

import java.nio.file.Path;

/** A written export ready to be streamed: its file on disk and the name to offer. */
public record ExportDownload(AccountExport export, Path file, String filename) {
}
