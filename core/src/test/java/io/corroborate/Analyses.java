package io.corroborate;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.claims.figures.FigureExtractor;
import io.corroborate.claims.quotes.QuoteExtractor;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleAnalyzer;
import io.corroborate.model.CopyLink;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.phases.StoryContext;
import io.corroborate.provenance.Independence;
import io.corroborate.stories.DatePolicy;
import io.corroborate.stories.ProfileBuilder;
import java.time.LocalDate;
import java.util.List;

/** Phase 1 for tests: the product's analyser with a fixed date policy, and a light one. */
public final class Analyses {

  /** Dates up to 2030 are believable in tests, whatever today is. */
  public static final DatePolicy DATES =
      new DatePolicy(DatePolicy.DEFAULT_EARLIEST, LocalDate.of(2030, 1, 1));

  /** The product's analyser with {@link #DATES}. */
  public static final NewsArticleAnalyzer ANALYZER =
      new NewsArticleAnalyzer(
          CoreNlp.shared(),
          new FigureExtractor(),
          new QuoteExtractor(),
          MiniLmEmbedder::shared,
          DATES);

  /** An analyser that runs no language analysis: headline profiles, no figures or quotes. */
  public static final ArticleAnalyzer LIGHT =
      a ->
          new ArticleAnalysis(
              NewsArticleAnalyzer.VERSION,
              a,
              List.of(),
              List.of(),
              List.of(),
              ProfileBuilder.fallback(a, DATES));

  private Analyses() {}

  /** The analyses of the articles, in their order (in parallel). */
  public static List<ArticleAnalysis> of(List<Article> articles) {
    return articles.parallelStream().map(ANALYZER::analyze).toList();
  }

  /** What phase 3 sees of a story of the given articles and links. */
  public static StoryContext context(List<Article> articles, List<CopyLink> links) {
    return new StoryContext(of(articles), links, new Independence(links));
  }
}
