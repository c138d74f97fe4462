/**
 * Who copied whom: near-duplicate detection, passage alignment, rewrite detection, credit lines,
 * direction and origin, and the one function every count of independent sources uses.
 */
package io.corroborate.provenance;
