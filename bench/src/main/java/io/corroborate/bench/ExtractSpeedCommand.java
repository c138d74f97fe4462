package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code extract-speed}: how many web pages a second {@code extract} cleans (body and metadata, the
 * page parsed once), on the Zyte benchmark pages held in memory, one thread and then every core;
 * and, in the same run, Mozilla Readability with jsdom on the same pages ({@code
 * bench/readability/run.sh}, which installs them with npm into a cache folder), with the ratio.
 * Rates are medians of several timed rounds after warm-up rounds.
 */
@Command(
    name = "extract-speed",
    mixinStandardHelpOptions = true,
    description = "Pages per second of extract, side by side with Mozilla Readability.")
final class ExtractSpeedCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Benchmark data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data");

  @Option(names = "--rounds", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
  int rounds = 9;

  @Option(names = "--warmup", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Option(
      names = "--readability-rounds",
      description = "Timed rounds of Readability (default: ${DEFAULT-VALUE}).")
  int readabilityRounds = 3;

  @Option(names = "--no-readability", description = "Skip Mozilla Readability.")
  boolean noReadability;

  @Override
  public Integer call() throws Exception {
    Path html = data.resolve("zyte-dev").resolve("html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException("no zyte-dev/html under " + data);
    }
    List<RawDocument> docs = new ArrayList<>();
    new CorpusReader(InputLimits.DEFAULTS).read(List.of(html), docs::add, p -> {});
    ArticleCleaner cleaner = new ArticleCleaner(InputLimits.DEFAULTS);
    long bytes = docs.stream().mapToLong(d -> d.content().length()).sum();
    for (int i = 0; i < warmup; i++) {
      serial(cleaner, docs, new double[1]);
    }
    double[] one = new double[rounds];
    double[] oneCpu = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      double[] cpu = new double[1];
      one[i] = serial(cleaner, docs, cpu);
      oneCpu[i] = cpu[0];
    }
    int cores = Runtime.getRuntime().availableProcessors();
    double[] all = new double[rounds];
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      for (int i = 0; i < Math.max(1, warmup / 2); i++) {
        parallel(cleaner, docs, pool);
      }
      for (int i = 0; i < rounds; i++) {
        all[i] = parallel(cleaner, docs, pool);
      }
    } finally {
      pool.shutdownNow();
    }
    double perCore = median(one);
    double perCpu = median(oneCpu);
    System.out.printf(
        "extract-speed: corroborate %.1f pages/s on 1 thread, %.1f pages per CPU-second"
            + " (medians of %d rounds; %d pages, %.0f KB mean); %.1f pages/s on %d threads%n",
        perCore, perCpu, rounds, docs.size(), bytes / 1024.0 / docs.size(), median(all), cores);
    if (!noReadability) {
      JsonNode r = readability(html);
      double wall = r.get("pagesPerSecond").asDouble();
      double cpu = r.get("pagesPerCpuSecond").asDouble();
      System.out.printf(
          "extract-speed: mozilla-readability %.1f pages/s on 1 thread, %.1f pages per CPU-second"
              + " (medians of %d rounds)%n",
          wall, cpu, readabilityRounds);
      System.out.printf(
          "extract-speed: ratio %.1fx (wall clock), %.1fx (CPU time)%n",
          perCore / wall, perCpu / cpu);
    }
    return 0;
  }

  /**
   * One round on this thread.
   *
   * @param cpu receives the round's pages per second of process CPU time (every thread of the JVM,
   *     the collector's included), which other programs on the machine cannot inflate
   * @return pages per second of wall-clock time
   */
  private static double serial(ArticleCleaner cleaner, List<RawDocument> docs, double[] cpu) {
    long c0 = processCpuNanos();
    long t0 = System.nanoTime();
    long chars = 0;
    for (RawDocument d : docs) {
      chars += cleaner.clean(d).body().length();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double c = (processCpuNanos() - c0) / 1e9;
    if (chars < 0) {
      throw new IllegalStateException("unreachable");
    }
    cpu[0] = c > 0 ? docs.size() / c : Double.NaN;
    return docs.size() / s;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static double parallel(
      ArticleCleaner cleaner, List<RawDocument> docs, ExecutorService pool) throws Exception {
    long t0 = System.nanoTime();
    List<Future<Article>> futures = new ArrayList<>(docs.size());
    for (RawDocument d : docs) {
      futures.add(pool.submit(() -> cleaner.clean(d)));
    }
    for (Future<Article> f : futures) {
      f.get();
    }
    return docs.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private JsonNode readability(Path html) throws IOException, InterruptedException {
    Path script = Path.of("bench", "readability", "run.sh");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException("run from the repository root: " + script + " is missing");
    }
    Process p =
        new ProcessBuilder(
                "bash", script.toString(), html.toString(), String.valueOf(readabilityRounds))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException("the Readability benchmark failed: " + out);
    }
    String last = out.substring(out.lastIndexOf('\n') + 1);
    return new ObjectMapper().readTree(last);
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
