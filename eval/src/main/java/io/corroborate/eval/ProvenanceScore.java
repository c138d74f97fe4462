package io.corroborate.eval;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Relation;
import io.corroborate.model.Story;
import java.util.ArrayList;
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
 * @param rewritesFoundIds ids of the rewrites found
 */
record ProvenanceScore(
    int found,
    int links,
    int falseLinks,
    int noLinks,
    int rewritesFound,
    int rewrites,
    List<String> rewritesFoundIds) {

  /** A pair of sources. */
  record Pair(String a, String b) {}

  /** A rewrite and the sources it rewrites, with its style when the file gives one. */
  record Rewrite(String id, List<String> rewriteOf, String style) {}

  /** The links of every story of a dossier. */
  static List<CopyLink> links(Dossier d) {
    List<CopyLink> out = new ArrayList<>();
    for (Story s : d.stories()) {
      out.addAll(s.provenance());
    }
    return out;
  }

  static ProvenanceScore of(
      Dossier d, List<Pair> mustLink, List<Pair> mustNot, List<Rewrite> rewrites) {
    return of(d.articles(), links(d), mustLink, mustNot, rewrites);
  }

  static ProvenanceScore of(
      List<Article> articles,
      List<CopyLink> links,
      List<Pair> mustLink,
      List<Pair> mustNot,
      List<Rewrite> rewrites) {
    Map<String, String> source = new HashMap<>();
    for (Article a : articles) {
      source.put(a.id(), a.source());
    }
    Set<Set<String>> direct = new HashSet<>();
    Map<String, String> credit = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    Map<List<String>, Relation> relation = new HashMap<>();
    for (CopyLink l : links) {
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
    List<String> rw = new ArrayList<>();
    for (Rewrite r : rewrites) {
      for (String o : r.rewriteOf()) {
        if (relation.get(List.of(r.id(), o)) == Relation.REWRITE) {
          rw.add(r.id());
          break;
        }
      }
    }
    return new ProvenanceScore(
        found, mustLink.size(), wrong, mustNot.size(), rw.size(), rewrites.size(), rw);
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
