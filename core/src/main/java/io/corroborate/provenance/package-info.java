/**
 * Who copied whom: near-duplicate detection that scales (normalised tokens, shingles, MinHash
 * signatures, LSH banding, winnowed passage fingerprints), passage alignment, rewrite detection by
 * sentence embeddings and order-preserving alignment, credit lines resolved to one name per outlet,
 * direction and origin of every copy, and the one function every count of independent sources uses
 * ({@link io.corroborate.provenance.Independence}). The pipeline's copy stage is {@link
 * io.corroborate.provenance.CopyFinder}.
 */
package io.corroborate.provenance;
