package io.article28.exports;

/** Where an export stands. */
public enum ExportStatus {

	/** Waiting for the job. */
	QUEUED,
	/** Being written. */
	RUNNING,
	/** Written, downloadable until it expires. */
	COMPLETED,
	/** Could not be written; the reason is kept. */
	FAILED,
	/** Past its validity: the file is deleted. */
	EXPIRED

}
