/**
 * The one place that wires the phases: reads and cleans inputs (in parallel, in input order),
 * analyses each article once (phase 1), links the analyses (phase 2) and synthesises each story
 * (phase 3). The CLI, the web server and the Spark job call this pipeline or the phases it wires;
 * no stage imports this package.
 */
package io.corroborate.pipeline;
