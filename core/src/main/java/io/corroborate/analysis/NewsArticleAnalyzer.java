package io.corroborate.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.claims.figures.FigureExtractor;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleAnalyzer;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.FoundFigure;
import io.corroborate.model.FoundQuote;
import io.corroborate.model.Span;
import io.corroborate.nlp.AnalysisLimits;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.Background;
import io.corroborate.nlp.Budget;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Embedder;
import io.corroborate.nlp.Layer;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.nlp.SentenceScope;
import io.corroborate.stories.DatePolicy;
import io.corroborate.stories.ProfileBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The product's phase 1: runs CoreNLP once on an article's body and reads from that one analysis
 * its sentences, figures, quotes and story profile. The annotation is dropped when the record is
 * made, so memory holds analyses, not parses. A part that fails (a figure extractor error on one
 * hostile sentence) fails the whole analysis with an {@link AnalysisException} naming the part; the
 * caller reports it and goes on with the other articles. The entity recogniser and SUTime run only
 * on the sentences whose entities and dates are read ({@link ClaimSentences}), and each article has
 * a time budget ({@link #DEFAULT_BUDGET}), so that one pathological article cannot hold a worker.
 * {@link AnalysisLimits} bound the work deterministically: sentences past the limit and over-long
 * sentences are not analysed, and each limit that bites is a warning ({@link #analyze(Article,
 * Consumer)}). Thread-safe.
 */
public final class NewsArticleAnalyzer implements ArticleAnalyzer {

  /**
   * The analysis version this code makes. Raise it whenever a change to phase 1 changes what an
   * analysis holds, so that stored analyses of older versions are re-analysed.
   */
  public static final int VERSION = 1;

  /**
   * Time one article may take before its analysis is stopped and it is kept by its headline: a news
   * article of a few kilobytes takes well under a second, a long feature a few seconds.
   */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);

  private final CoreNlp nlp;
  private final FigureExtractor figures;
  private final QuoteExtractor quotes;
  private final Supplier<Embedder> embedder;
  private final DatePolicy dates;
  private final SentenceScope entityScope;
  private final Duration budget;
  private final AnalysisLimits limits;
  private volatile List<CompletableFuture<Void>> loads;
  private volatile ProfileBuilder profiles;

  /**
   * An analyser with the given parts.
   *
   * @param embedder supplies the sentence embedder on first need (may supply null: no embeddings)
   */
  public NewsArticleAnalyzer(
      CoreNlp nlp,
      FigureExtractor figures,
      QuoteExtractor quotes,
      Supplier<Embedder> embedder,
      DatePolicy dates) {
    this(
        nlp,
        figures,
        quotes,
        embedder,
        dates,
        ClaimSentences.DEFAULT,
        DEFAULT_BUDGET,
        AnalysisLimits.DEFAULTS);
  }

  /**
   * An analyser with the given parts, the entity recogniser run on the sentences {@code
   * entityScope} chooses, each article's analysis stopped once it has taken {@code budget}, and
   * bounded by {@code limits}.
   *
   * @param embedder supplies the sentence embedder on first need (may supply null: no embeddings)
   * @param entityScope the sentences whose entities and dates are read ({@link SentenceScope#ALL}
   *     for every sentence)
   * @param budget time per article, positive
   * @param limits sentences per article and tokens per sentence analysed
   */
  public NewsArticleAnalyzer(
      CoreNlp nlp,
      FigureExtractor figures,
      QuoteExtractor quotes,
      Supplier<Embedder> embedder,
      DatePolicy dates,
      SentenceScope entityScope,
      Duration budget,
      AnalysisLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.nlp = Objects.requireNonNull(nlp, "nlp");
    this.figures = Objects.requireNonNull(figures, "figures");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.entityScope = Objects.requireNonNull(entityScope, "entityScope");
    this.budget = Objects.requireNonNull(budget, "budget");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive: budget=" + budget);
    }
  }

  /** The product's analyser: shared CoreNLP and MiniLM, dates believable up to a year ahead. */
  public static NewsArticleAnalyzer defaults(Clock clock) {
    return defaults(clock, AnalysisLimits.DEFAULTS);
  }

  /** The product's analyser, as {@link #defaults(Clock)}, bounded by the given limits. */
  public static NewsArticleAnalyzer defaults(Clock clock, AnalysisLimits limits) {
    return new NewsArticleAnalyzer(
        CoreNlp.shared(),
        new FigureExtractor(),
        new QuoteExtractor(),
        MiniLmEmbedder::shared,
        DatePolicy.of(clock),
        ClaimSentences.DEFAULT,
        DEFAULT_BUDGET,
        limits);
  }

  /** The limits of this analyser. */
  public AnalysisLimits limits() {
    return limits;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The first call starts loading every model the analysis will need, each on its own thread so
   * that they load in parallel, and waits for them; an article's time budget starts after that. An
   * article whose analysis runs past its budget fails with an {@link AnalysisException} naming the
   * stage it reached, and the caller keeps it by its headline ({@link #fallback}).
   */
  @Override
  public ArticleAnalysis analyze(Article article) {
    return analyze(article, w -> {});
  }

  /**
   * {@inheritDoc}
   *
   * <p>As {@link #analyze(Article)}; each of the {@link #limits()} that bites on the article is
   * told to {@code warnings}, once, naming the limit and its option.
   */
  @Override
  public ArticleAnalysis analyze(Article article, Consumer<String> warnings) {
    // the budget is for the article's own work: it starts once the models are in
    Background.awaitAll(preloadInBackground());
    Budget b = Budget.of(budget);
    AnalyzedArticle analyzed = new AnalyzedArticle(article, nlp, entityScope, b, limits, warnings);
    ArticleProfile profile = part("story profile", () -> profiles().profile(analyzed));
    List<Span> sentences = part("sentences", () -> sentences(analyzed));
    part("figures", () -> check(b, "figures"));
    List<FoundFigure> found = part("figures", () -> figures.find(analyzed));
    part("quotes", () -> check(b, "quotes"));
    List<FoundQuote> said = part("quotes", () -> quotes.extractInContext(analyzed));
    return new ArticleAnalysis(VERSION, article, sentences, found, said, profile);
  }

  /**
   * Starts loading every model {@link #analyze} uses on background threads, once; returns at once.
   * Callers that know they will analyse articles may call it early (before reading their inputs).
   *
   * @return the loads, each completed when it has ended
   */
  public List<CompletableFuture<Void>> preloadInBackground() {
    List<CompletableFuture<Void>> l = loads;
    if (l == null) {
      synchronized (this) {
        if (loads == null) {
          List<CompletableFuture<Void>> started =
              new ArrayList<>(nlp.preloadInBackground(Layer.NER));
          started.add(Background.run("load-figures", figures::preload));
          started.add(Background.run("load-quotes", QuoteExtractor::preload));
          started.add(Background.run("load-embedder", () -> profiles()));
          loads = List.copyOf(started);
        }
        l = loads;
      }
    }
    return l;
  }

  private static Boolean check(Budget b, String stage) {
    b.check(stage);
    return Boolean.TRUE;
  }

  /**
   * The figures of an article, found exactly as {@link #analyze} finds them, without the rest of
   * the analysis: what the {@code figures} command writes.
   */
  public List<FoundFigure> figuresOf(Article article) {
    return figuresOf(article, w -> {});
  }

  /** As {@link #figuresOf(Article)}, each limit that bites told to {@code warnings}. */
  public List<FoundFigure> figuresOf(Article article, Consumer<String> warnings) {
    return part("figures", () -> figures.find(everySentence(article, warnings)));
  }

  /** The article to analyse whole: no time budget, entities on every sentence, within limits. */
  private AnalyzedArticle everySentence(Article article, Consumer<String> warnings) {
    return new AnalyzedArticle(article, nlp, SentenceScope.ALL, Budget.NONE, limits, warnings);
  }

  /**
   * The quotes of an article, found exactly as {@link #analyze} finds them, without the rest of the
   * analysis: what the {@code quotes} command writes.
   */
  public List<FoundQuote> quotesOf(Article article) {
    return quotesOf(article, w -> {});
  }

  /** As {@link #quotesOf(Article)}, each limit that bites told to {@code warnings}. */
  public List<FoundQuote> quotesOf(Article article, Consumer<String> warnings) {
    return part("quotes", () -> quotes.extractInContext(everySentence(article, warnings)));
  }

  /**
   * The analysis of an article that could not be analysed: its headline profile only, no figures,
   * quotes or sentences, so that it still stands in its story.
   */
  public ArticleAnalysis fallback(Article article) {
    return fallback(article, dates);
  }

  /** The headline-only analysis of an article, with dates judged by the given policy. */
  public static ArticleAnalysis fallback(Article article, DatePolicy dates) {
    return new ArticleAnalysis(
        VERSION, article, List.of(), List.of(), List.of(), ProfileBuilder.fallback(article, dates));
  }

  private ProfileBuilder profiles() {
    ProfileBuilder p = profiles;
    if (p == null) {
      synchronized (this) {
        if (profiles == null) {
          profiles = new ProfileBuilder(embedder.get(), dates);
        }
        p = profiles;
      }
    }
    return p;
  }

  private static <T> T part(String name, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      throw new AnalysisException(name, e);
    }
  }

  /** The body spans of the article's sentences. */
  private static List<Span> sentences(AnalyzedArticle a) {
    List<Span> out = new ArrayList<>();
    String body = a.body();
    if (body.isBlank()) {
      return out;
    }
    List<CoreMap> ss = a.annotation(Layer.TOKENS).get(CoreAnnotations.SentencesAnnotation.class);
    if (ss == null) {
      return out;
    }
    for (CoreMap s : ss) {
      Integer b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (b != null && e != null && b < e && e <= body.length()) {
        out.add(new Span(b, e));
      }
    }
    return out;
  }
}
