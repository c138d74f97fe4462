package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code extract-zyte}: body extraction on the Zyte article-extraction benchmark's development
 * half, scored with the benchmark's own 4-gram shingle metric ({@code score_extract.py}), on each
 * site half (by the host of the page's URL) and on the whole set.
 */
@Command(
    name = "extract-zyte",
    mixinStandardHelpOptions = true,
    description = "Body F1 on zyte-dev (the benchmark's shingle metric), by site half.")
final class ExtractZyteCommand implements Callable<Integer> {

  @Mixin DataDir data = new DataDir();
  @Mixin SiteHalves halves = new SiteHalves();

  @Option(names = "--out", paramLabel = "FILE", description = "Keep the extraction output here.")
  Path keep;

  @Override
  public Integer call() throws Exception {
    Path set = data.dataset("zyte-dev");
    Path out = keep != null ? keep : Extraction.tempJsonLines("zyte-extract");
    long t0 = System.nanoTime();
    int n = Extraction.toJsonLines(set.resolve("html"), out);
    double s = (System.nanoTime() - t0) / 1e9;
    JsonNode gold = HalfScores.read(set.resolve("ground-truth.json"));
    Function<Map.Entry<String, JsonNode>, String> site = e -> e.getValue().path("url").asText();
    for (String half : HalfScores.halves(halves)) {
      ObjectNode part = HalfScores.objectHalf(gold, site, half);
      Path dir = HalfScores.tempDir("zyte-half");
      Path gt = dir.resolve("ground-truth.json");
      HalfScores.write(part, gt);
      Path evaluate = dir.resolve("evaluate.py");
      Files.copy(set.resolve("evaluate.py"), evaluate);
      gt.toFile().deleteOnExit();
      evaluate.toFile().deleteOnExit();
      String figures =
          PythonScorer.run(data.scorer("score_extract.py"), dir.toString(), out.toString());
      System.out.printf(
          "extract-zyte half=%s sites=%d: %s%n",
          HalfScores.label(half), HalfScores.sites(part, site), figures);
    }
    System.out.printf("extract-zyte: articles=%d seconds=%.1f%n", n, s);
    return 0;
  }
}
