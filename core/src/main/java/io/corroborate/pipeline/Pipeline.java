package io.corroborate.pipeline;

import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the dossier from clean articles. Stages run in one direction and exchange model records
 * only. Until story clustering exists, all articles form one story. Thread-safe.
 */
public final class Pipeline {

  /** Builds the dossier of the given articles, in the given order. */
  public Dossier analyze(List<Article> articles) {
    Map<String, Article> byId = new LinkedHashMap<>();
    List<Article> unique = new ArrayList<>();
    for (Article a : articles) {
      if (byId.putIfAbsent(a.id(), a) == null) {
        unique.add(a);
      }
    }
    if (unique.isEmpty()) {
      return new Dossier(List.of(), List.of());
    }
    List<String> ids = unique.stream().map(Article::id).toList();
    Story story =
        new Story("s1", StoryTitles.title(unique), ids, List.of(), List.of(), List.of(), List.of());
    return new Dossier(unique, List.of(story));
  }
}
