package io.corroborate.model;

import java.util.List;

/**
 * Phase 3, story synthesis: a pure function from one story's analyses and copy links to its dossier
 * section. Every count a reader sees (independent sources, claimants, statuses) is computed here
 * once; renderers only render. Implementations are thread-safe.
 */
@FunctionalInterface
public interface StorySynthesizer {

  /**
   * The story's dossier section.
   *
   * @param draft the story as linking left it: its id, articles and events
   * @param analyses the analyses of the story's articles, in the draft's article order
   * @param links the copy links of every article linked so far (a story's counts follow copies
   *     across story borders)
   */
  Story synthesize(StoryDraft draft, List<ArticleAnalysis> analyses, List<CopyLink> links);
}
