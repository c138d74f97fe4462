package io.corroborate.eval;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code extract-snippets}: body extraction on trafilatura's evaluation pages (development sample),
 * scored by the snippets that must and must not be in the body ({@code score_snippets.py}).
 */
@Command(
    name = "extract-snippets",
    mixinStandardHelpOptions = true,
    description = "Snippet F1 on trafilatura-dev.")
final class ExtractSnippetsCommand implements Callable<Integer> {

  @Mixin DataDir data = new DataDir();

  @Override
  public Integer call() throws Exception {
    Path set = data.dataset("trafilatura-dev");
    Path out = Extraction.tempJsonLines("snippet-extract");
    long t0 = System.nanoTime();
    int n = Extraction.toJsonLines(set.resolve("html"), out);
    double s = (System.nanoTime() - t0) / 1e9;
    String figures =
        PythonScorer.run(
            data.scorer("score_snippets.py"),
            set.resolve("evaldata.json").toString(),
            out.toString());
    System.out.printf("extract-snippets: %s articles=%d seconds=%.1f%n", figures, n, s);
    return 0;
  }
}
