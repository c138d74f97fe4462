package io.corroborate.claims.figures;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;

/** Builds articles from text for figure tests: the whole text is the body. */
final class Articles {

  private static final ArticleCleaner CLEANER = new ArticleCleaner();

  private Articles() {}

  static Article of(String source, String text) {
    return CLEANER.clean(
        new RawDocument(
            source, InputKind.JSON_TEXT, text, null, source, null, null, null, null, null));
  }
}
