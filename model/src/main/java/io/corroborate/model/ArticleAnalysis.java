package io.corroborate.model;

import java.util.List;
import java.util.Objects;

/**
 * What phase 1 learns of one article, computed once and kept: the cleaned article, its sentences,
 * every figure and quote with their sentences, and the profile stories are clustered on. Later
 * phases read only this record, never the article's language analysis, so a stored analysis is
 * enough to link the article and to synthesise its story again.
 *
 * @param version the analysis version that made it; a newer product re-analyses older records
 * @param article the cleaned article with its metadata; every offset indexes its text as read
 * @param sentences the spans of the body's sentences, in body offsets, in order
 * @param figures every quantity the article gives, with its sentence, in text order
 * @param quotes every quote the article gives, with its sentence, in text order
 * @param profile the features stories and events are matched on
 */
public record ArticleAnalysis(
    int version,
    Article article,
    List<Span> sentences,
    List<FoundFigure> figures,
    List<FoundQuote> quotes,
    ArticleProfile profile) {

  /** Validates the fields and freezes the lists. */
  public ArticleAnalysis {
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: version=" + version);
    }
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(profile, "profile");
    if (!profile.id().equals(article.id())) {
      throw new IllegalArgumentException(
          "profile must be the article's: profile id="
              + profile.id()
              + ", article id="
              + article.id());
    }
    sentences = List.copyOf(sentences == null ? List.of() : sentences);
    for (Span s : sentences) {
      if (s.end() > article.body().length()) {
        throw new IllegalArgumentException(
            "sentence outside the body: end="
                + s.end()
                + ", body length="
                + article.body().length());
      }
    }
    figures = List.copyOf(figures == null ? List.of() : figures);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
  }

  /** The article's id. */
  public String id() {
    return article.id();
  }
}
