package io.corroborate.report;

import io.corroborate.model.Article;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.Qualifier;
import io.corroborate.nlp.NameClusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the renderers show for a figure group: its value range, each mention's value with its
 * qualifier, who claims what, and its status. Plain text; each renderer escapes it. Stateless.
 */
final class FigureView {

  /** Groups stated once that the renderers list before saying how many more there are. */
  static final int MAX_SINGLES = 40;

  private FigureView() {}

  /** Groups stated by more than one article, in dossier order. */
  static List<FigureGroup> shared(List<FigureGroup> groups) {
    return groups.stream().filter(g -> articles(g) > 1).toList();
  }

  /** Groups stated by one article only, in dossier order. */
  static List<FigureGroup> single(List<FigureGroup> groups) {
    return groups.stream().filter(g -> articles(g) <= 1).toList();
  }

  static int articles(FigureGroup g) {
    Set<String> ids = new LinkedHashSet<>();
    for (FigureMention m : g.mentions()) {
      ids.add(m.articleId());
    }
    return ids.size();
  }

  /** "10,000–12,000", or one value when all agree. */
  static String range(FigureGroup g) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (FigureMention m : g.mentions()) {
      for (Double d : new Double[] {m.value(), m.low(), m.high()}) {
        if (d != null) {
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
      }
    }
    if (lo > hi) {
      return "?";
    }
    return lo == hi
        ? MarkdownRenderer.number(lo)
        : MarkdownRenderer.number(lo) + "\u2013" + MarkdownRenderer.number(hi);
  }

  /** One mention's value in words: "as many as 12,000", "more than 3,000", "10–12". */
  static String value(FigureMention m) {
    String v;
    if (m.value() != null) {
      v = MarkdownRenderer.number(m.value());
    } else if (m.low() != null && m.high() != null) {
      v = MarkdownRenderer.number(m.low()) + "\u2013" + MarkdownRenderer.number(m.high());
    } else if (m.low() != null) {
      v = MarkdownRenderer.number(m.low());
    } else if (m.high() != null) {
      v = MarkdownRenderer.number(m.high());
    } else {
      v = "?";
    }
    Qualifier q = m.qualifier();
    if (q == null || q == Qualifier.EXACT || q == Qualifier.RANGE) {
      return v;
    }
    return switch (q) {
      case ABOUT -> "about " + v;
      case MORE_THAN -> "more than " + v;
      case AT_LEAST -> "at least " + v;
      case LESS_THAN -> "less than " + v;
      case AT_MOST -> "at most " + v;
      case UP_TO -> "up to " + v;
      default -> v;
    };
  }

  /** The distinct stated values with how many mentions give each: "about 11,000 (2)". */
  static String values(FigureGroup g) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (FigureMention m : g.mentions()) {
      counts.merge(value(m), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      parts.add(e.getValue() > 1 ? e.getKey() + " (" + e.getValue() + ")" : e.getKey());
    }
    return String.join(", ", parts);
  }

  /** Who claims what: "Estermont: more than 4,000; Reddick: at least 4,000; unattributed: ...". */
  static String claims(FigureGroup g) {
    List<String> named = new ArrayList<>();
    for (FigureMention m : g.mentions()) {
      if (m.claimant() != null) {
        named.add(m.claimant());
      }
    }
    NameClusters names = NameClusters.of(named);
    Map<String, Set<String>> byClaimant = new LinkedHashMap<>();
    for (FigureMention m : g.mentions()) {
      String who = m.claimant() == null ? "unattributed" : names.canonical(m.claimant());
      byClaimant.computeIfAbsent(who, k -> new LinkedHashSet<>()).add(value(m));
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : byClaimant.entrySet()) {
      parts.add(e.getKey() + ": " + String.join(", ", e.getValue()));
    }
    return String.join("; ", parts);
  }

  /** The group's status ("updated", "conflicting"...), then notes on updates and wording. */
  static String status(FigureGroup g) {
    String s = g.status();
    if (!g.updates().isEmpty()) {
      s += "; updated " + g.updates().size() + (g.updates().size() == 1 ? " time" : " times");
    }
    if (!g.wordings().isEmpty()) {
      s += "; worded as " + String.join(" / ", g.wordings());
    }
    return s;
  }

  /** The updates in date order: "14 (The Northgate Times, 2026-03-04) → 15 (...)". */
  static String updates(FigureGroup g, DossierView v) {
    List<String> parts = new ArrayList<>();
    for (FigureMention m : g.updates()) {
      parts.add(value(m) + ", " + v.label(m.articleId()));
    }
    return String.join(" \u2192 ", parts);
  }

  /** Where a mention is: the article's source and the figure's offsets in its text. */
  static String where(FigureMention m, Article a) {
    return (a == null ? m.articleId() : a.source()) + " " + m.start() + "\u2013" + m.end();
  }
}
