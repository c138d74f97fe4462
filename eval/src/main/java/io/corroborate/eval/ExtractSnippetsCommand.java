package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code extract-snippets}: body extraction on trafilatura's evaluation pages (development sample),
 * scored by the snippets that must and must not be in the body ({@code score_snippets.py}), on each
 * site half (by the host of the page's URL, the key of {@code evaldata.json}) and on the whole set.
 */
@Command(
    name = "extract-snippets",
    mixinStandardHelpOptions = true,
    description = "Snippet F1 on trafilatura-dev, by site half.")
final class ExtractSnippetsCommand implements Callable<Integer> {

  @Mixin DataDir data = new DataDir();
  @Mixin SiteHalves halves = new SiteHalves();

  @Option(names = "--out", paramLabel = "FILE", description = "Keep the extraction output here.")
  Path keep;

  @Override
  public Integer call() throws Exception {
    Path set = data.dataset("trafilatura-dev");
    Path out = keep != null ? keep : Extraction.tempJsonLines("snippet-extract");
    long t0 = System.nanoTime();
    int n = Extraction.toJsonLines(set.resolve("html"), out);
    double s = (System.nanoTime() - t0) / 1e9;
    JsonNode gold = HalfScores.read(set.resolve("evaldata.json"));
    Function<Map.Entry<String, JsonNode>, String> site = Map.Entry::getKey;
    for (String half : HalfScores.halves(halves)) {
      ObjectNode part = HalfScores.objectHalf(gold, site, half);
      Path gt = Extraction.tempJsonLines("snippet-half");
      HalfScores.write(part, gt);
      String figures =
          PythonScorer.run(data.scorer("score_snippets.py"), gt.toString(), out.toString());
      System.out.printf(
          "extract-snippets half=%s sites=%d: %s%n",
          HalfScores.label(half), HalfScores.sites(part, site), figures);
    }
    System.out.printf("extract-snippets: articles=%d seconds=%.1f%n", n, s);
    return 0;
  }
}
