/**
 * Benchmarks that print figures: a generator of corpora with planted copies, end-to-end throughput
 * and memory runs, and JMH micro-benchmarks. Speed is measured here, never asserted in unit tests.
 */
package io.corroborate.bench;
