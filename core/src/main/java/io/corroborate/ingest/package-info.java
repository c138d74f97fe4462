/**
 * Readers for every input kind (plain text, HTML, WARC, JSON lines, RSS and Atom feeds, each also
 * gzip-compressed) that turn files into {@link io.corroborate.ingest.RawDocument}s, decoding text
 * by the contract's encoding rules and reporting bad input without stopping the batch.
 */
package io.corroborate.ingest;
