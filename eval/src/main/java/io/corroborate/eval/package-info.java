/**
 * Evaluations against public benchmark data read from {@code ../shared/data} (never copied into the
 * repository): each command runs the pipeline, writes the contract's output, scores it with the
 * benchmark's own metric and prints the figures.
 */
package io.corroborate.eval;
