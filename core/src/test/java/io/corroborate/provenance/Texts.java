package io.corroborate.provenance;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.model.OffsetMap;

/** Builds articles for provenance tests. */
final class Texts {

  private static final ArticleCleaner CLEANER = new ArticleCleaner();

  private Texts() {}

  /** A plain-text article, cleaned as the product cleans it. */
  static Article cleaned(String source, String text) {
    return CLEANER.clean(RawDocument.of(source, InputKind.TEXT, text));
  }

  /** An article whose body is its whole text. */
  static Article raw(String id, String text) {
    return Article.builder()
        .id(id)
        .source(id)
        .kind(InputKind.JSON_TEXT)
        .text(text)
        .body(text, OffsetMap.identity(text.length()))
        .build();
  }
}
