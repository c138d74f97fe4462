package io.corroborate.phases;

import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.StoryDraft;
import java.util.List;

/** Groups analysed articles into stories and events (part of phase 2, linking). */
@FunctionalInterface
public interface StoryClusterer {

  /**
   * The stories of the analysed articles, fed one at a time in list order; every article in exactly
   * one story. Story ids are left for the caller's {@code StoryIds} to give.
   */
  List<StoryDraft> cluster(List<ArticleAnalysis> analyses, List<CopyLink> links);

  /** One story holding every article, with no events. */
  StoryClusterer SINGLE_STORY =
      (analyses, links) ->
          List.of(
              new StoryDraft(
                  null, null, analyses.stream().map(ArticleAnalysis::id).toList(), List.of()));
}
