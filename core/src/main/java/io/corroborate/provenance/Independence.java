package io.corroborate.provenance;

import io.corroborate.model.CopyLink;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent sources: articles that copy one another, or share an origin (in the corpus or
 * outside it), count once. Every count of independent sources in the product goes through {@link
 * #independentSources}. Immutable and thread-safe.
 */
public final class Independence {

  private final Map<String, String> rootOf = new HashMap<>();

  /**
   * The copy graph of a corpus: one {@link CopyLink} per article (articles not listed stand alone).
   */
  public Independence(List<CopyLink> links) {
    // an origin is already the root of the text the article copied: it is not followed further,
    // since the origin may itself have copied other parts of its text from elsewhere
    Map<String, String> parent = new HashMap<>();
    for (CopyLink l : links) {
      if (l.origin() != null) {
        rootOf.put(l.articleId(), l.origin());
      } else if (l.derivedFrom() != null) {
        parent.put(l.articleId(), l.derivedFrom());
      }
    }
    for (String id : parent.keySet()) {
      String r = root(id, parent);
      rootOf.put(id, rootOf.getOrDefault(r, r));
    }
  }

  private static String root(String id, Map<String, String> parent) {
    String cur = id;
    Set<String> seen = new HashSet<>();
    while (parent.containsKey(cur) && seen.add(cur)) {
      String next = parent.get(cur);
      if (next.equals(cur)) {
        break;
      }
      cur = next;
    }
    return cur;
  }

  /** The root of an article's copy tree: its origin, or itself when it copies nothing. */
  public String rootOf(String articleId) {
    return rootOf.getOrDefault(articleId, articleId);
  }

  /** The number of distinct origins among the given articles. */
  public int independentSources(Collection<String> articleIds) {
    Set<String> roots = new HashSet<>();
    for (String id : articleIds) {
      roots.add(rootOf(id));
    }
    return roots.size();
  }

  /** Shorthand for a one-off count. */
  public static int independentSources(Collection<String> articleIds, List<CopyLink> links) {
    return new Independence(links).independentSources(articleIds);
  }
}
