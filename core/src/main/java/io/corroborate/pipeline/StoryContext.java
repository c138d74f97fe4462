package io.corroborate.pipeline;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.provenance.Independence;
import java.util.List;

/**
 * What the claim stages see of one story: its articles, the copy links among them, the corpus-wide
 * independence counter and the shared analyses.
 *
 * @param articles the story's articles, in story order
 * @param links the copy links of the story's articles (empty when detection did not run)
 * @param independence counts independent sources over the whole corpus's copy graph
 * @param cache the run's shared language analyses
 */
public record StoryContext(
    List<Article> articles, List<CopyLink> links, Independence independence, AnalysisCache cache) {

  /** Freezes the lists. */
  public StoryContext {
    articles = List.copyOf(articles);
    links = List.copyOf(links);
  }
}
