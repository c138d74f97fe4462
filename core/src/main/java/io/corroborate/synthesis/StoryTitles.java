package io.corroborate.synthesis;

import io.corroborate.model.Article;
import java.util.Comparator;
import java.util.List;

/** Picks a story's title from its articles' headlines. */
final class StoryTitles {

  private StoryTitles() {}

  /**
   * The headline of the earliest dated article with one, else the first headline, else the start of
   * the first body; null when the articles say nothing.
   */
  static String title(List<Article> articles) {
    return articles.stream()
        .filter(a -> a.title() != null && a.published() != null)
        .min(Comparator.comparing(Article::published))
        .map(Article::title)
        .or(() -> articles.stream().map(Article::title).filter(t -> t != null).findFirst())
        .orElseGet(() -> firstWords(articles));
  }

  private static String firstWords(List<Article> articles) {
    for (Article a : articles) {
      String b = a.body().strip();
      if (!b.isEmpty()) {
        int end = b.indexOf('\n');
        String first = end < 0 ? b : b.substring(0, end);
        return first.length() <= 100
            ? first
            : first.substring(
                    0, first.lastIndexOf(' ', 100) > 0 ? first.lastIndexOf(' ', 100) : 100)
                + "\u2026";
      }
    }
    return null;
  }
}
