package io.article28.datastores;

/**
 * Whether a session to a data store only reads, as every session but an erasure's does,
 * or may write.
 */
enum SessionMode {

	READ, WRITE

}
