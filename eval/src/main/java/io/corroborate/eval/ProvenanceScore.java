package io.corroborate.eval;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Relation;
import io.corroborate.model.Story;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures of {@code ../shared/eval/score_provenance.py}, computed the same way: a must-link
 * pair is found when the two are joined by a {@code derivedFrom} edge, share an {@code origin} or a
 * {@code creditedTo}, or one is the other's origin; a must-not pair is a false link when joined by
 * an edge or a shared origin or credit; a rewrite is found when it derives, as a rewrite, from one
 * of the articles it rewrites. Articles are named by their {@code source}.
 *
 * @param found must-link pairs found
 * @param links must-link pairs
 * @param falseLinks must-not pairs linked
 * @param noLinks must-not pairs
 * @param rewritesFound rewrites found
 * @param rewrites rewrites
 */
record ProvenanceScore(
    int found, int links, int falseLinks, int noLinks, int rewritesFound, int rewrites) {

  /** A pair of sources. */
  record Pair(String a, String b) {}

  /** A rewrite and the sources it rewrites. */
  record Rewrite(String id, List<String> rewriteOf) {}

  static ProvenanceScore of(
      Dossier d, List<Pair> mustLink, List<Pair> mustNot, List<Rewrite> rewrites) {
    Map<String, String> source = new HashMap<>();
    for (Article a : d.articles()) {
      source.put(a.id(), a.source());
    }
    Set<Set<String>> direct = new HashSet<>();
    Map<String, String> credit = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    Map<List<String>, Relation> relation = new HashMap<>();
    for (Story s : d.stories()) {
      for (CopyLink l : s.provenance()) {
        String a = source.getOrDefault(l.articleId(), l.articleId());
        if (l.derivedFrom() != null) {
          String b = source.getOrDefault(l.derivedFrom(), l.derivedFrom());
          direct.add(Set.of(a, b));
          relation.put(List.of(a, b), l.relation());
        }
        if (l.creditedTo() != null) {
          credit.put(a, l.creditedTo().toLowerCase(Locale.ROOT));
        }
        if (l.origin() != null) {
          origin.put(a, source.getOrDefault(l.origin(), l.origin()));
        }
      }
    }
    int found = 0;
    for (Pair p : mustLink) {
      String ra = origin.getOrDefault(p.a(), p.a());
      String rb = origin.getOrDefault(p.b(), p.b());
      if (direct.contains(Set.of(p.a(), p.b())) || sameRoot(p, credit, origin) || ra.equals(rb)) {
        found++;
      }
    }
    int wrong = 0;
    for (Pair p : mustNot) {
      if (direct.contains(Set.of(p.a(), p.b())) || sameRoot(p, credit, origin)) {
        wrong++;
      }
    }
    int rw = 0;
    for (Rewrite r : rewrites) {
      for (String o : r.rewriteOf()) {
        if (relation.get(List.of(r.id(), o)) == Relation.REWRITE) {
          rw++;
          break;
        }
      }
    }
    return new ProvenanceScore(found, mustLink.size(), wrong, mustNot.size(), rw, rewrites.size());
  }

  private static boolean sameRoot(Pair p, Map<String, String> credit, Map<String, String> origin) {
    return (credit.containsKey(p.a()) && credit.get(p.a()).equals(credit.get(p.b())))
        || (origin.containsKey(p.a()) && origin.get(p.a()).equals(origin.get(p.b())));
  }

  double linkRecall() {
    return links == 0 ? 1 : found / (double) links;
  }

  double falseLinkRate() {
    return noLinks == 0 ? 0 : falseLinks / (double) noLinks;
  }

  /** The scorer's line. */
  String line() {
    return String.format(
        Locale.ROOT,
        "provenance-ecb linkRecall=%.3f (%d/%d) falseLinks=%.4f (%d/%d) rewrites=%d/%d",
        linkRecall(),
        found,
        links,
        falseLinkRate(),
        falseLinks,
        noLinks,
        rewritesFound,
        rewrites);
  }
}
