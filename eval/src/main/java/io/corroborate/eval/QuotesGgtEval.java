package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.model.Quote;
import io.corroborate.report.Json;
import io.corroborate.report.QuotesRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotes-ggt}: quote extraction and attribution on the GenderGapTracker quote data, scored
 * as {@code ../shared/eval/score_quotes.py} scores it. Each article goes through the same cleaning
 * and extraction as {@code corroborate quotes} over {@code {"id", "text"}} JSON lines.
 */
@Command(
    name = "quotes-ggt",
    mixinStandardHelpOptions = true,
    description =
        "Quote F1 at 0.3 and 0.8 overlap and speaker accuracy on GenderGapTracker quotes.")
final class QuotesGgtEval implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description = "Gold JSON lines (default: DIR/ggt-quotes-dev/quotes-gold.jsonl).")
  Path gold;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write the predictions as quotes JSON lines, for the Python scorer.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Path file = gold != null ? gold : data.resolve("ggt-quotes-dev/quotes-gold.jsonl");
    ObjectMapper mapper = new ObjectMapper();
    ArticleCleaner cleaner = new ArticleCleaner();
    QuoteExtractor extractor = new QuoteExtractor();
    Map<String, List<GgtQuoteScore.Gold>> goldQuotes = new LinkedHashMap<>();
    Map<String, List<Quote>> predicted = new LinkedHashMap<>();
    List<QuotesRecord> records = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = mapper.readTree(line);
      JsonNode qs = r.get("quotations");
      if (qs == null || !qs.isArray()) {
        continue;
      }
      String id = r.get("_id").asText();
      String text = r.get("articleBodyText").asText();
      List<GgtQuoteScore.Gold> g = new ArrayList<>();
      for (JsonNode q : qs) {
        int[] span = span(q.path("quote_index").asText(""));
        if (span == null) {
          continue;
        }
        String ref = q.hasNonNull("reference") ? q.get("reference").asText() : null;
        if (ref == null || ref.isBlank()) {
          ref = q.path("speaker").asText("");
        }
        g.add(
            new GgtQuoteScore.Gold(
                span[0], span[1], span(q.path("speaker_index").asText("")), ref));
      }
      goldQuotes.put(id, g);
      Article a =
          cleaner.clean(
              new RawDocument(
                  id, InputKind.JSON_TEXT, text, null, id, null, null, null, null, null));
      List<Quote> quotes = extractor.extract(a);
      predicted.put(id, quotes);
      records.add(QuotesRecord.of(a, quotes));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (out != null) {
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (QuotesRecord rec : records) {
          w.write(Json.compact().writeValueAsString(rec));
          w.write('\n');
        }
      }
    }
    System.out.println(
        "quotes-ggt on "
            + file
            + " ("
            + goldQuotes.size()
            + " articles, "
            + String.format(java.util.Locale.ROOT, "%.1f", seconds)
            + " s)");
    for (double th : new double[] {0.3, 0.8}) {
      System.out.println(GgtQuoteScore.score(goldQuotes, predicted, th).line());
    }
    return 0;
  }

  /** "(588,597)" as {588, 597}, or null. */
  static int[] span(String s) {
    String[] f = s.replaceAll("[()\\s]", "").split(",");
    if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty()) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
