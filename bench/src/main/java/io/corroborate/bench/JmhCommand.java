package io.corroborate.bench;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code jmh [JMH options]}: runs the JMH micro-benchmarks (e.g. {@code jmh MinHashBenchmark}). */
@Command(
    name = "jmh",
    mixinStandardHelpOptions = false,
    description = "Run JMH micro-benchmarks; arguments go to JMH (e.g. MinHashBenchmark).")
final class JmhCommand implements Callable<Integer> {

  @Unmatched List<String> args = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    org.openjdk.jmh.Main.main(args.toArray(new String[0]));
    return 0;
  }
}
