package io.corroborate.eval;

import io.corroborate.claims.quotes.QuoteConfig;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotes-polnear}: attribution spans on PolNeAR (political news attribution relations):
 * source (the speaker mention), cue (the attribution verb) and content (the quote) against the
 * annotators' spans, with {@link SpanScore}'s exact, overlap and character matching. Articles
 * annotated by several annotators count once, with the first annotation file by name.
 */
@Command(
    name = "quotes-polnear",
    mixinStandardHelpOptions = true,
    description = "Source, cue and content span F1 on PolNeAR attributions.")
final class QuotesPolnearEval implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--split", paramLabel = "NAME", description = "dev (default) or train.")
  String split = "dev";

  @Option(
      names = "--beliefs",
      description = "Also extract attributions of belief (\"officials believe ...\").")
  boolean beliefs;

  @Override
  public Integer call() throws IOException {
    Path dir = data.resolve("polnear-dev").resolve(split);
    Map<String, Path> annotations = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      for (Path ann : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
        String name = ann.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('_'));
        annotations.putIfAbsent(base, ann);
      }
    }
    ArticleCleaner cleaner = new ArticleCleaner();
    QuoteExtractor extractor = new QuoteExtractor(QuoteConfig.defaults().withBeliefs(beliefs));
    Map<BratAttributions.Role, SpanScore> scores = new EnumMap<>(BratAttributions.Role.class);
    for (BratAttributions.Role r : BratAttributions.Role.values()) {
      scores.put(r, new SpanScore());
    }
    int articles = 0;
    long t0 = System.nanoTime();
    for (Map.Entry<String, Path> e : annotations.entrySet()) {
      Path textFile = dir.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.exists(textFile)) {
        continue;
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      Article a = cleaner.clean(RawDocument.of(textFile.toString(), InputKind.TEXT, text));
      List<Quote> quotes = extractor.extract(a);
      Map<BratAttributions.Role, List<int[]>> pred = new EnumMap<>(BratAttributions.Role.class);
      for (BratAttributions.Role r : BratAttributions.Role.values()) {
        pred.put(r, new ArrayList<>());
      }
      for (Quote q : quotes) {
        pred.get(BratAttributions.Role.CONTENT).add(new int[] {q.start(), q.end()});
        if (q.speakerStart() != null) {
          pred.get(BratAttributions.Role.SOURCE).add(new int[] {q.speakerStart(), q.speakerEnd()});
        }
        if (q.verbStart() != null) {
          pred.get(BratAttributions.Role.CUE).add(new int[] {q.verbStart(), q.verbEnd()});
        }
      }
      Map<BratAttributions.Role, List<int[]>> gold = BratAttributions.read(e.getValue());
      for (BratAttributions.Role r : BratAttributions.Role.values()) {
        scores.get(r).add(text, gold.get(r), pred.get(r));
      }
      articles++;
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println(
        "quotes-polnear on "
            + dir
            + " ("
            + articles
            + " articles, "
            + String.format(java.util.Locale.ROOT, "%.1f", seconds)
            + " s)");
    for (BratAttributions.Role r : BratAttributions.Role.values()) {
      System.out.println(scores.get(r).line(r.name().toLowerCase(java.util.Locale.ROOT)));
    }
    return 0;
  }
}
