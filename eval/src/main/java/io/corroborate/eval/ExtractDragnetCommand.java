package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code extract-dragnet}: body extraction on dragnet-dev (news and blog pages of 2012), scored by
 * bag-of-words token F1 ({@code score_tokens.py}) on each site half and the whole set. A page's
 * site is the host of the URL its markup declares (canonical link or OpenGraph), else its id. Its
 * gold keeps titles, datelines and captions, so {@code --worst N} lists the pages to read for real
 * misses and kept boilerplate rather than a figure to chase.
 */
@Command(
    name = "extract-dragnet",
    mixinStandardHelpOptions = true,
    description = "Token F1 on dragnet-dev, by site half; --worst N lists the worst pages.")
final class ExtractDragnetCommand implements Callable<Integer> {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}_]+");

  @Mixin DataDir data = new DataDir();
  @Mixin SiteHalves halves = new SiteHalves();

  @Option(names = "--out", paramLabel = "FILE", description = "Keep the extraction output here.")
  Path keep;

  @Option(names = "--worst", paramLabel = "N", description = "List the N pages of lowest F1.")
  int worst;

  @Override
  public Integer call() throws Exception {
    Path set = data.dataset("dragnet-dev");
    Path out = keep != null ? keep : Extraction.tempJsonLines("dragnet-extract");
    long t0 = System.nanoTime();
    int n = Extraction.toJsonLines(set.resolve("html"), out);
    double s = (System.nanoTime() - t0) / 1e9;
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> predicted = new HashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode r = json.readTree(line);
        predicted.put(pageId(r.path("source").asText()), r);
      }
    }
    Path goldFile = set.resolve("gold.jsonl");
    for (String half : HalfScores.halves(halves)) {
      Path gold =
          HalfScores.linesHalf(
              goldFile,
              g ->
                  half == null
                      || SiteHalves.of(site(g.path("id").asText(), predicted)).equals(half),
              "dragnet-half");
      long pages = Files.lines(gold).filter(l -> !l.isBlank()).count();
      String figures =
          PythonScorer.run(data.scorer("score_tokens.py"), gold.toString(), out.toString());
      System.out.printf(
          "extract-dragnet half=%s pages=%d: %s%n", HalfScores.label(half), pages, figures);
    }
    System.out.printf("extract-dragnet: articles=%d seconds=%.1f%n", n, s);
    if (worst > 0) {
      listWorst(goldFile, predicted, json);
    }
    return 0;
  }

  private void listWorst(Path goldFile, Map<String, JsonNode> predicted, ObjectMapper json)
      throws Exception {
    record Row(String id, String url, double p, double r, double f, int words) {}
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(line);
      String id = g.path("id").asText();
      JsonNode r = predicted.get(id);
      Map<String, Integer> gt = tokens(g.path("text").asText());
      Map<String, Integer> pr = tokens(r == null ? "" : r.path("body").asText());
      int common = 0;
      for (Map.Entry<String, Integer> e : pr.entrySet()) {
        common += Math.min(e.getValue(), gt.getOrDefault(e.getKey(), 0));
      }
      int np = pr.values().stream().mapToInt(Integer::intValue).sum();
      int ng = gt.values().stream().mapToInt(Integer::intValue).sum();
      double p = np == 0 ? 0 : (double) common / np;
      double rc = ng == 0 ? 0 : (double) common / ng;
      double f = p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
      rows.add(new Row(id, r == null ? "" : r.path("url").asText(""), p, rc, f, np));
    }
    rows.sort(Comparator.comparingDouble(Row::f));
    for (Row row : rows.subList(0, Math.min(worst, rows.size()))) {
      System.out.printf(
          Locale.ROOT,
          "worst id=%s F1=%.3f P=%.3f R=%.3f words=%d %s%n",
          row.id(),
          row.f(),
          row.p(),
          row.r(),
          row.words(),
          row.url());
    }
  }

  private static Map<String, Integer> tokens(String text) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  /** The site of a page: its declared URL when extraction found one, else its id. */
  private static String site(String id, Map<String, JsonNode> predicted) {
    JsonNode r = predicted.get(id);
    String url = r == null ? "" : r.path("url").asText("");
    return url.isBlank() ? "page-" + id : url;
  }

  /** A page's id: the file name of its source without folders and extensions. */
  static String pageId(String source) {
    String name = source.replaceAll(".*[\\\\/]", "");
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
