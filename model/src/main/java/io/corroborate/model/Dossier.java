package io.corroborate.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the pipeline found in a corpus: the articles and the stories they form. Every article
 * is in exactly one story.
 *
 * @param articles the articles, in input order
 * @param stories the stories
 */
public record Dossier(List<Article> articles, List<Story> stories) {

  /** Validates that ids are unique and every story refers to known articles. */
  public Dossier {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate article id: " + a.id());
      }
    }
    Set<String> placed = new HashSet<>();
    for (Story s : stories) {
      for (String id : s.articleIds()) {
        if (!ids.contains(id)) {
          throw new IllegalArgumentException("story " + s.id() + " names unknown article " + id);
        }
        if (!placed.add(id)) {
          throw new IllegalArgumentException("article " + id + " is in more than one story");
        }
      }
    }
  }

  /** The article with this id, or null. */
  public Article article(String id) {
    for (Article a : articles) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }
}
