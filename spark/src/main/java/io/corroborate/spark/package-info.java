/**
 * The three phases as an Apache Spark job ({@link io.corroborate.spark.CorroborateJob}) and its
 * command line ({@link io.corroborate.spark.SparkMain}, run by {@code ./corroborate-spark} or
 * {@code spark-submit}). Only this module sees Spark; it calls core's phases as they are.
 */
package io.corroborate.spark;
