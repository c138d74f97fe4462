package io.corroborate.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.corroborate.claims.figures.FigureExtractor;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Layer;
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
 * {@code corroborate-bench figures-speed}: articles per second for {@code figures} (the extractor
 * with the shared analysis it needs, from raw body to figures) on one thread, side by side in the
 * same run with CoreNLP's own default English pipeline ({@code tokenize,ssplit,pos,lemma,ner}) on
 * the same articles: the seeds and the ECB+ texts, read at run time. Rounds alternate which runs
 * first; the medians are printed.
 */
@Command(
    name = "figures-speed",
    mixinStandardHelpOptions = true,
    description =
        "Figures extraction vs CoreNLP's default pipeline (tokenize,ssplit,pos,lemma,ner):"
            + " articles/s on one thread.")
final class FiguresSpeedBench implements Callable<Integer> {

  @Option(names = "--seeds", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
  Path seeds = Path.of("../shared/seeds");

  @Option(names = "--ecb", paramLabel = "FILE", description = "Default: ${DEFAULT-VALUE}.")
  Path ecb = Path.of("../shared/data/ecbplus-dev/docs.jsonl");

  @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds (default 3).")
  int rounds = 3;

  @Override
  public Integer call() {
    List<Article> articles = read();
    if (articles.isEmpty()) {
      System.err.println("figures-speed: no articles found under " + seeds + " or " + ecb);
      return 3;
    }
    FigureExtractor extractor = new FigureExtractor();
    CoreNlp nlp = CoreNlp.shared();
    nlp.preload(Layer.LEMMA);
    extractor.preload();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP standard = new StanfordCoreNLP(props);
    // warm both up on a slice, so that timing excludes loading and JIT compilation
    List<Article> warm = articles.subList(0, Math.min(25, articles.size()));
    runFigures(extractor, nlp, warm);
    runStandard(standard, warm);

    long tokens = 0;
    for (Article a : articles) {
      tokens +=
          nlp.annotate(a.body(), Layer.TOKENS).get(CoreAnnotations.TokensAnnotation.class).size();
    }
    double[] fig = new double[rounds];
    double[] std = new double[rounds];
    long figures = 0;
    for (int r = 0; r < rounds; r++) {
      if (r % 2 == 0) {
        long[] f = timed(() -> runFigures(extractor, nlp, articles));
        fig[r] = f[0] / 1e9;
        figures = f[1];
        std[r] = timed(() -> runStandard(standard, articles))[0] / 1e9;
      } else {
        std[r] = timed(() -> runStandard(standard, articles))[0] / 1e9;
        long[] f = timed(() -> runFigures(extractor, nlp, articles));
        fig[r] = f[0] / 1e9;
        figures = f[1];
      }
      System.err.printf(
          Locale.ROOT,
          "round %d: figures %.1f s, default pipeline %.1f s%n",
          r + 1,
          fig[r],
          std[r]);
    }
    double f = median(fig);
    double s = median(std);
    System.out.printf(
        Locale.ROOT,
        "articles=%d tokens=%d figures=%d | figures: %.2f articles/s (%.0f tokens/s) |"
            + " CoreNLP tokenize,ssplit,pos,lemma,ner: %.2f articles/s (%.0f tokens/s) |"
            + " speed-up x%.2f (median of %d rounds, one thread)%n",
        articles.size(),
        tokens,
        figures,
        articles.size() / f,
        tokens / f,
        articles.size() / s,
        tokens / s,
        s / f,
        rounds);
    return 0;
  }

  private interface Work {
    long run();
  }

  private static long[] timed(Work w) {
    long t0 = System.nanoTime();
    long n = w.run();
    return new long[] {System.nanoTime() - t0, n};
  }

  private static long runFigures(FigureExtractor extractor, CoreNlp nlp, List<Article> articles) {
    long n = 0;
    for (Article a : articles) {
      n += extractor.extract(new AnalyzedArticle(a, nlp)).size();
    }
    return n;
  }

  private static long runStandard(StanfordCoreNLP standard, List<Article> articles) {
    long n = 0;
    for (Article a : articles) {
      Annotation ann = new Annotation(a.body());
      standard.annotate(ann);
      n += ann.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  private List<Article> read() {
    CorpusReader reader = new CorpusReader();
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    if (Files.isDirectory(seeds)) {
      paths.add(seeds);
    }
    if (Files.exists(ecb)) {
      paths.add(ecb);
    }
    reader.read(
        paths,
        d -> {
          if (out.size() < limit) {
            out.add(cleaner.clean(d));
          }
        },
        ProblemListener.ignoring());
    return out;
  }

  private static double median(double[] xs) {
    double[] c = xs.clone();
    Arrays.sort(c);
    return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
  }
}
