package io.corroborate.spark;

import io.corroborate.analysis.AnalysisException;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.StorySynthesizer;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.OriginNames;
import io.corroborate.stories.DatePolicy;
import io.corroborate.synthesis.NewsStorySynthesizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The phases one executor JVM runs, each built once on first use and shared by the JVM's tasks (the
 * CoreNLP pipelines and the embedding model load once per executor, not once per task or record).
 * The clock is the driver's: every executor judges dates against the same day. Thread-safe: the
 * phases are.
 */
final class Phases {

  private static Instant loadedFor;
  private static NewsArticleAnalyzer analyzer;
  private static CopyFinder copies;
  private static StorySynthesizer synthesizer;
  private static CorpusReader reader;
  private static ArticleCleaner cleaner;
  private static List<String> namesFor;
  private static OriginNames originNames;

  private Phases() {}

  private static synchronized void load(Instant now) {
    if (now.equals(loadedFor)) {
      return;
    }
    analyzer = NewsArticleAnalyzer.defaults(clock(now));
    copies = new CopyFinder();
    synthesizer = NewsStorySynthesizer.defaults();
    reader = new CorpusReader();
    cleaner = new ArticleCleaner();
    loadedFor = now;
  }

  static Clock clock(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  static synchronized CorpusReader reader(Instant now) {
    load(now);
    return reader;
  }

  static synchronized ArticleCleaner cleaner(Instant now) {
    load(now);
    return cleaner;
  }

  static synchronized CopyFinder copies(Instant now) {
    load(now);
    return copies;
  }

  static synchronized StorySynthesizer synthesizer(Instant now) {
    load(now);
    return synthesizer;
  }

  /** The corpus's origin names, built once per JVM from the names the driver broadcast. */
  static synchronized OriginNames originNames(List<String> names) {
    if (!names.equals(namesFor)) {
      originNames = new OriginNames(names);
      namesFor = names;
    }
    return originNames;
  }

  /**
   * Phase 1 for one article as the embedded pipeline runs it: when the analysis fails, the failure
   * goes to {@code problems} and the article stands by its headline.
   */
  static ArticleAnalysis analyze(Instant now, Article a, Consumer<String> problems) {
    NewsArticleAnalyzer an;
    synchronized (Phases.class) {
      load(now);
      an = analyzer;
    }
    try {
      return an.analyze(a);
    } catch (AnalysisException e) {
      problems.accept(a.source() + ": " + e.getMessage() + "; kept by its headline");
    } catch (RuntimeException | StackOverflowError e) {
      problems.accept(
          a.source()
              + ": analysis failed: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "; kept by its headline");
    }
    return NewsArticleAnalyzer.fallback(a, DatePolicy.of(clock(now)));
  }
}
