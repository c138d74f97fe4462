package io.corroborate.eval;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code extract-zyte}: body extraction on the Zyte article-extraction benchmark's development
 * half, scored with the benchmark's own 4-gram shingle metric ({@code score_extract.py}).
 */
@Command(
    name = "extract-zyte",
    mixinStandardHelpOptions = true,
    description = "Body F1 on zyte-dev (the benchmark's shingle metric).")
final class ExtractZyteCommand implements Callable<Integer> {

  @Mixin DataDir data = new DataDir();

  @Override
  public Integer call() throws Exception {
    Path set = data.dataset("zyte-dev");
    Path out = Extraction.tempJsonLines("zyte-extract");
    long t0 = System.nanoTime();
    int n = Extraction.toJsonLines(set.resolve("html"), out);
    double s = (System.nanoTime() - t0) / 1e9;
    String figures =
        PythonScorer.run(data.scorer("score_extract.py"), set.toString(), out.toString());
    System.out.printf("extract-zyte: %s articles=%d seconds=%.1f%n", figures, n, s);
    return 0;
  }
}
