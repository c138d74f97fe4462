package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.CoreNlp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotes-speed}: articles per second of quote extraction on one thread, next to CoreNLP's
 * own quote annotator with attribution (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote)
 * on the same cleaned articles. Texts are read at run time from the GenderGapTracker quote data.
 * Models are loaded before timing; each timed pass analyses the articles afresh.
 */
@Command(
    name = "quotes-speed",
    mixinStandardHelpOptions = true,
    description = "Quote extraction speed against CoreNLP's quote annotator with attribution.")
final class QuotesSpeedBench implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(
      names = "--passes",
      paramLabel = "N",
      description =
          "Timed passes of our extractor; the median is reported (default: ${DEFAULT-VALUE}).")
  int passes = 5;

  @Option(
      names = "--baseline-articles",
      paramLabel = "N",
      description = "Articles CoreNLP's quote annotator is timed on (default: ${DEFAULT-VALUE}).")
  int baselineArticles = 10;

  @Option(
      names = "--baseline-passes",
      paramLabel = "N",
      description =
          "Timed passes of the baseline; the median is reported (default: ${DEFAULT-VALUE}).")
  int baselinePasses = 1;

  @Override
  public Integer call() throws IOException {
    List<Article> articles = load();
    if (articles.isEmpty()) {
      System.err.println("no articles under " + data);
      return 3;
    }
    QuoteExtractor extractor = new QuoteExtractor();
    QuoteExtractor.preload();
    // warm up the JIT on one pass
    int quotes = 0;
    for (Article a : articles) {
      quotes += extractor.extract(new AnalyzedArticle(a, CoreNlp.shared())).size();
    }
    double[] ours = new double[passes];
    for (int p = 0; p < passes; p++) {
      long t0 = System.nanoTime();
      for (Article a : articles) {
        extractor.extract(new AnalyzedArticle(a, CoreNlp.shared()));
      }
      ours[p] = (System.nanoTime() - t0) / 1e9;
    }
    double oursSeconds = median(ours);
    double oursRate = articles.size() / oursSeconds;
    long tokens = 0;
    for (Article a : articles) {
      tokens += a.body().split("\\s+").length;
    }
    System.out.printf(
        Locale.ROOT,
        "corroborate quotes: %d articles (%d words, %d quotes), median of %d passes %.2f s:"
            + " %.1f articles/s, %.0f ms/article%n",
        articles.size(),
        tokens,
        quotes,
        passes,
        oursSeconds,
        oursRate,
        1000 * oursSeconds / articles.size());

    List<Article> sample = articles.subList(0, Math.min(baselineArticles, articles.size()));
    StanfordCoreNLP corenlp = new StanfordCoreNLP(baselineProperties());
    corenlp.annotate(new Annotation(sample.get(0).body())); // loads every model
    double[] base = new double[Math.max(1, baselinePasses)];
    for (int p = 0; p < base.length; p++) {
      long t0 = System.nanoTime();
      for (Article a : sample) {
        corenlp.annotate(new Annotation(a.body()));
      }
      base[p] = (System.nanoTime() - t0) / 1e9;
    }
    double baseSeconds = median(base);
    double baseRate = sample.size() / baseSeconds;
    System.out.printf(
        Locale.ROOT,
        "CoreNLP quote annotator with attribution: %d articles, median of %d passes %.2f s:"
            + " %.2f articles/s, %.0f ms/article%n",
        sample.size(),
        base.length,
        baseSeconds,
        baseRate,
        1000 * baseSeconds / sample.size());
    System.out.printf(Locale.ROOT, "ratio: %.1fx%n", oursRate / baseRate);
    return 0;
  }

  /** CoreNLP's quote annotator with attribution and the annotators it requires. */
  static Properties baselineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("quote.attributeQuotes", "true");
    p.setProperty("threads", "1");
    return p;
  }

  private List<Article> load() throws IOException {
    Path file = data.resolve("ggt-quotes-dev/quotes-gold.jsonl");
    ObjectMapper mapper = new ObjectMapper();
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = mapper.readTree(line);
      String id = r.path("_id").asText();
      String text = r.path("articleBodyText").asText("");
      if (text.isBlank()) {
        continue;
      }
      out.add(cleaner.clean(RawDocument.of(id, InputKind.JSON_TEXT, text)));
    }
    return out;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
