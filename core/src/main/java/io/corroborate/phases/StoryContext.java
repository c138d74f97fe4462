package io.corroborate.phases;

import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.provenance.Independence;
import java.util.List;

/**
 * What the claim stages of phase 3 see of one story: its articles' analyses, the copy links among
 * them and the corpus-wide independence counter. Nothing here re-reads an article's text: figures
 * and quotes come from the analyses.
 *
 * @param analyses the analyses of the story's articles, in story order
 * @param links the copy links of the story's articles (empty when detection did not run)
 * @param independence counts independent sources over the whole corpus's copy graph
 */
public record StoryContext(
    List<ArticleAnalysis> analyses, List<CopyLink> links, Independence independence) {

  /** Freezes the lists. */
  public StoryContext {
    analyses = List.copyOf(analyses);
    links = List.copyOf(links);
  }

  /** The story's articles, in story order. */
  public List<Article> articles() {
    return analyses.stream().map(ArticleAnalysis::article).toList();
  }
}
