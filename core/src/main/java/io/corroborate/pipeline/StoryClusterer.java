package io.corroborate.pipeline;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.nlp.AnalysisCache;
import java.util.List;

/** Groups articles into stories and events. */
@FunctionalInterface
public interface StoryClusterer {

  /** The stories of the articles; every article in exactly one. */
  List<StoryDraft> cluster(List<Article> articles, List<CopyLink> links, AnalysisCache cache);

  /** The stories, reporting progress of long work (by default none is reported). */
  default List<StoryDraft> cluster(
      List<Article> articles, List<CopyLink> links, AnalysisCache cache, Progress progress) {
    return cluster(articles, links, cache);
  }

  /** One story holding every article, with no events. */
  StoryClusterer SINGLE_STORY =
      (articles, links, cache) ->
          List.of(new StoryDraft(null, articles.stream().map(Article::id).toList(), List.of()));
}
