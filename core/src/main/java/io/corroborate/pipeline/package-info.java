/**
 * The one place that wires the stages: reads and cleans inputs (in parallel, in input order), then
 * builds the dossier. The CLI, the web server and the Spark job all run this pipeline.
 */
package io.corroborate.pipeline;
