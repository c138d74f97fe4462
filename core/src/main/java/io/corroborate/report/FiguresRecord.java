package io.corroborate.report;

import io.corroborate.model.Article;
import io.corroborate.model.Figure;
import java.util.List;

/**
 * One line of {@code figures}: the article's source and its figures in text order (the contract's
 * fields), then the article id.
 *
 * @param source the article's source, as the contract names it
 * @param figures every quantity in the text
 * @param id the article's id
 */
public record FiguresRecord(String source, List<Figure> figures, String id) {

  /** Freezes the list. */
  public FiguresRecord {
    figures = List.copyOf(figures);
  }

  /** The record of an article's figures. */
  public static FiguresRecord of(Article a, List<Figure> figures) {
    return new FiguresRecord(a.source(), figures, a.id());
  }
}
