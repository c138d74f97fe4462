package io.corroborate.spark;

import io.corroborate.analysis.AnalysisJson;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.analysis.StoryJson;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.stories.DatePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The records a job passes between stages, as the JSON lines the store keeps ({@link AnalysisJson},
 * {@link StoryJson}): an article travels inside a headline-only analysis, a copy link and a story
 * draft inside a story record. JSON keeps the job's shuffles readable and version-checked, and
 * needs no serializer for the model's records. Thread-safe.
 */
final class Codec {

  private static final DatePolicy ANY_DATE = DatePolicy.of(Clock.systemUTC());

  private Codec() {}

  static String article(Article a) {
    return AnalysisJson.write(NewsArticleAnalyzer.fallback(a, ANY_DATE));
  }

  static Article article(String json) {
    return analysis(json).article();
  }

  static String analysis(ArticleAnalysis a) {
    return AnalysisJson.write(a);
  }

  static ArticleAnalysis analysis(String json) {
    try {
      return AnalysisJson.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The story profile of an analysis line, the rest skipped unparsed. */
  static ArticleProfile profile(String json) {
    try {
      return AnalysisJson.readProfile(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String link(CopyLink link) {
    return StoryJson.write(
        new Story(
            link.articleId(), null, List.of(), List.of(), List.of(link), List.of(), List.of(), 0));
  }

  static CopyLink link(String json) {
    return story(json).provenance().get(0);
  }

  static String draft(StoryDraft d) {
    return StoryJson.write(
        new Story(
            d.id(), d.title(), d.articleIds(), d.events(), List.of(), List.of(), List.of(), 0));
  }

  static StoryDraft draft(String json) {
    Story s = story(json);
    return new StoryDraft(s.id(), s.title(), s.articleIds(), s.events());
  }

  static String story(Story s) {
    return StoryJson.write(s);
  }

  static Story story(String json) {
    try {
      return StoryJson.readStory(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
