package io.corroborate.claims.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the extractor remembers from one sentence of an article to the next: the sources named in
 * full, so that "he said" can be credited to "Tomas Reddick" and "the office said" to "the
 * Estermont Emergency Management Office". Not thread-safe; one per article.
 */
final class ArticleContext {

  /** The last source named in full as the subject of a reporting verb, or null. */
  String lastNamedSource;

  private final List<String> named = new ArrayList<>();

  /** Remembers a source named in full. */
  void named(String source) {
    lastNamedSource = source;
    named.add(source);
  }

  /**
   * The latest source named in full whose last word is {@code head}, when {@code phrase} is that
   * word alone (the caller has seen "the" before it: "the office", "the ministry"); else null.
   */
  String namedEndingWith(String head, String phrase) {
    String lower = phrase.strip().toLowerCase(Locale.ROOT);
    String h = head.toLowerCase(Locale.ROOT);
    if (!lower.equals(h) && !lower.equals("the " + h)) {
      return null;
    }
    for (int i = named.size() - 1; i >= 0; i--) {
      String n = named.get(i);
      String[] words = n.strip().split("\\s+");
      if (words.length > 1 && words[words.length - 1].equalsIgnoreCase(h)) {
        return n;
      }
    }
    return null;
  }
}
