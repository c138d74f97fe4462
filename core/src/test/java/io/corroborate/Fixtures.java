package io.corroborate;

import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.model.NewsDate;
import io.corroborate.model.OffsetMap;

/** Articles for tests that need no cleaning: the body is the whole text. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * A plain-text article with the given id (also its source), title and date (either may be null).
   */
  public static Article article(String id, String title, String text, NewsDate published) {
    Article.Builder b =
        Article.builder()
            .id(id)
            .source(id)
            .kind(InputKind.TEXT)
            .text(text)
            .body(text, OffsetMap.identity(text.length()))
            .published(published);
    return title == null ? b.build() : b.title(title, null).build();
  }

  /** A plain-text article without title or date. */
  public static Article article(String id, String text) {
    return article(id, null, text, null);
  }
}
