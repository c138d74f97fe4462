package io.corroborate.web;

import io.corroborate.model.Article;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the web UI and the HTTP API read (and, for a source that can, write): stories, one story's
 * dossier, articles, full-text search. The server's implementation is {@link StoreDossierSource},
 * over the store. Implementations must be thread-safe: the server calls them from many request
 * threads at once.
 */
public interface DossierSource {

  /**
   * One page of stories matching the query, in its order; {@link StoryPage#nextCursor()} is null on
   * the last page.
   *
   * @throws IllegalArgumentException when the cursor is not one this source gave out
   */
  StoryPage stories(StoryQuery query);

  /**
   * One story's dossier. An id that is an alias of a merged story answers with the story it now is
   * ({@link StoryDossier#requestedId()} keeps the id asked for); an unknown id answers empty.
   */
  Optional<StoryDossier> story(String id);

  /** One article, or empty when the id is unknown. */
  Optional<Article> article(String id);

  /** The id of the story an article is in, or empty when the article is unknown. */
  Optional<String> storyOf(String articleId);

  /**
   * Articles matching the words of {@code text}, best first, at most {@code limit}. The text is
   * words to look for, never a query language: quotes, operators and SQL are plain characters.
   */
  List<SearchHit> search(String text, int limit);

  /** Whether {@link #accept} can add articles. */
  boolean acceptsArticles();

  /**
   * Adds articles (already read and cleaned) and answers, for each, its id, source and the story it
   * is now in, once they are visible to readers. Articles already held (same id) are not added
   * again. Nothing is added when this throws.
   *
   * @throws UnsupportedOperationException when the source is read-only
   */
  List<AcceptedArticle> accept(List<Article> articles);

  /**
   * An answer rendered once per state of the dossier and kept encoded ({@link Rendered}): {@code
   * make} runs the first time {@code key} is asked for, and again only after the dossier changed
   * (or the answer was dropped to bound memory). A key {@code "<kind> <storyId>"} names a text made
   * from that story's dossier alone, which a source may keep across changes that leave the story as
   * it was. The server keeps rendered story pages and story JSON this way. The default computes
   * every time.
   */
  default Rendered memo(String key, Supplier<String> make) {
    return Rendered.of(make.get());
  }

  /**
   * The state of the dossier the kept answers belong to while it lasts (an object that changes when
   * the dossier does, compared by identity), or null when this source keeps no answers.
   */
  default Object memoState() {
    return null;
  }

  /**
   * Whether the kept answers leave room for more than requests need: a server may render stories
   * ahead of their requests while this holds. False when this source keeps no answers.
   */
  default boolean memoHasRoom() {
    return false;
  }
}
