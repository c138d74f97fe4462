package io.corroborate.pipeline;

import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import java.util.List;

/**
 * Lets phase 3 skip a story whose inputs did not change: given a linked story (with its id), its
 * analyses and its copy links, answers the story synthesised earlier from exactly these inputs, or
 * null to have it synthesised now.
 */
@FunctionalInterface
public interface StoryReuse {

  /** Never reuses: every story is synthesised. */
  StoryReuse NONE = (draft, members, links) -> null;

  /** The stored story for these inputs, or null. */
  Story reuse(StoryDraft draft, List<ArticleAnalysis> members, List<CopyLink> links);
}
