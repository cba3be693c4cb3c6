package io.factaudit.spark;

import java.io.Serializable;

/**
 * A fact sheet as the driver read it, once, to be broadcast: the workers parse these bytes (once
 * per worker JVM, see {@link WorkerEngine}) instead of reading the file again.
 *
 * @param uri   the sheet as reports name it (relative to the project root)
 * @param file  its absolute path, which places the folders its scenarios name
 * @param order its place among the sheets, the order the single-machine audit reads them in
 * @param hash  the SHA-256 of its bytes: a re-run re-audits a sheet's articles when it changes
 * @param bytes its content
 */
record SheetSource(String uri, String file, int order, String hash, byte[] bytes) implements Serializable {
}
