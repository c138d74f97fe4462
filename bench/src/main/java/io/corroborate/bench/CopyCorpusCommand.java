package io.corroborate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copy-corpus}: writes a generated corpus with planted copies to files, for benchmarks that
 * run outside this JVM (the Spark copy stage and MLlib's {@code MinHashLSH} read the same files).
 * {@code texts.tsv} holds one article per line, its position, a tab and its paragraphs separated by
 * tabs (generated words never hold a tab); {@code planted.tsv} holds one planted copy per line: the
 * copy's position, its source's position and the kind of copy.
 */
@Command(
    name = "copy-corpus",
    mixinStandardHelpOptions = true,
    description = "Write a generated corpus with planted copies (texts.tsv, planted.tsv).")
final class CopyCorpusCommand implements Callable<Integer> {

  @Option(names = "--data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--articles", description = "Corpus size (default: ${DEFAULT-VALUE}).")
  int articles = 10_000;

  @Option(
      names = "--copy-share",
      description = "Share of planted copies (default: ${DEFAULT-VALUE}).")
  double copyShare = 0.2;

  @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--out", required = true, description = "The folder to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (articles < 2) {
      throw new IllegalArgumentException("--articles must be at least 2: " + articles);
    }
    List<String> real = RealText.load(data);
    int[] lengths = real.stream().mapToInt(t -> t.strip().split("\\s+").length).toArray();
    MarkovText chain = new MarkovText(real);
    real = null;
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    long[] bytes = {0};
    List<CopyCorpus.Planted> planted;
    try (BufferedWriter w =
        Files.newBufferedWriter(out.resolve("texts.tsv"), StandardCharsets.UTF_8)) {
      planted =
          CopyCorpus.stream(
              chain,
              lengths,
              articles,
              copyShare,
              seed,
              (paragraphs, position) -> {
                String line = position + "\t" + String.join("\t", paragraphs) + "\n";
                bytes[0] += line.length();
                try {
                  w.write(line);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(out.resolve("planted.tsv"), StandardCharsets.UTF_8)) {
      for (CopyCorpus.Planted p : planted) {
        w.write(
            p.copy() + "\t" + p.source() + "\t" + p.kind().name().toLowerCase(Locale.ROOT) + "\n");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "copy-corpus articles=%d planted=%d bytes/article=%.0f seconds=%.1f out=%s%n",
        articles,
        planted.size(),
        bytes[0] / (double) articles,
        (System.nanoTime() - t0) / 1e9,
        out);
    return 0;
  }
}
