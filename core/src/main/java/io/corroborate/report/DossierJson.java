package io.corroborate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.NewsDate;
import io.corroborate.model.Story;
import java.util.List;

/** The dossier in the contract's JSON shape. */
public record DossierJson(List<ArticleView> articles, List<Story> stories) {

  /** An article in the dossier: the contract's fields, then extras. */
  public record ArticleView(
      String id,
      String source,
      String url,
      String outlet,
      String title,
      NewsDate published,
      String body,
      String text,
      NewsDate modified,
      String byline,
      String language) {

    static ArticleView of(Article a) {
      return new ArticleView(
          a.id(),
          a.source(),
          a.url(),
          a.outlet(),
          a.title(),
          a.published(),
          a.body(),
          a.text(),
          a.modified(),
          a.byline(),
          a.language());
    }
  }

  /** The JSON view of a dossier. */
  public static DossierJson of(Dossier d) {
    return new DossierJson(d.articles().stream().map(ArticleView::of).toList(), d.stories());
  }

  /** The dossier as indented JSON with a final newline. */
  public static String render(Dossier d) {
    try {
      return Json.pretty().writeValueAsString(of(d)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dossier could not be written as JSON", e);
    }
  }
}
