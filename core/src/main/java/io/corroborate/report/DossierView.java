package io.corroborate.report;

import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.InputKind;
import io.corroborate.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/** Lookups the renderers share: articles by id, a story's articles in date order, labels. */
final class DossierView {

  final Dossier dossier;
  final Map<String, Article> byId;

  DossierView(Dossier dossier) {
    this.dossier = dossier;
    this.byId =
        dossier.articles().stream()
            .collect(
                Collectors.toMap(
                    Article::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** A story's articles, dated ones first by date, then undated in input order. */
  List<Article> articles(Story s) {
    return sorted(s.articleIds(), byDate());
  }

  /** An event's articles, dated ones first by date then outlet, then undated by outlet. */
  List<Article> articles(io.corroborate.model.Event e) {
    return sorted(e.articleIds(), byDate().thenComparing(DossierView::outlet));
  }

  private static Comparator<Article> byDate() {
    return Comparator.comparing(
        (Article a) -> a.published() == null ? null : a.published().approximateInstant(),
        Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private List<Article> sorted(List<String> ids, Comparator<Article> order) {
    List<Article> out = new ArrayList<>();
    for (String id : ids) {
      Article a = byId.get(id);
      if (a != null) {
        out.add(a);
      }
    }
    out.sort(order);
    return out;
  }

  Set<String> outlets(Story s) {
    Set<String> out = new LinkedHashSet<>();
    for (Article a : articles(s)) {
      out.add(outlet(a));
    }
    return out;
  }

  /** {@code one} when {@code n} is 1, else {@code many}. */
  static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** The outlet, or the source when the outlet is unknown. */
  static String outlet(Article a) {
    return a.outlet() != null ? a.outlet() : a.source();
  }

  /** A short human label: outlet and date. */
  String label(String articleId) {
    Article a = byId.get(articleId);
    if (a == null) {
      return articleId;
    }
    return outlet(a) + (a.published() == null ? "" : " (" + a.published().date() + ")");
  }

  /** The date range of a story's articles, or null. */
  String dateRange(Story s) {
    List<Article> dated = articles(s).stream().filter(a -> a.published() != null).toList();
    if (dated.isEmpty()) {
      return null;
    }
    String first = dated.get(0).published().date().toString();
    String last = dated.get(dated.size() - 1).published().date().toString();
    return first.equals(last) ? first : first + " to " + last;
  }

  /**
   * A span of an article's text as a reader sees it: markup and entities of a web page decoded,
   * whitespace collapsed, cut at {@code max} characters.
   */
  static String plain(Article a, int start, int end, int max) {
    String t = a.text();
    int s = Math.max(0, Math.min(start, t.length()));
    int e = Math.max(s, Math.min(end, t.length()));
    String out = t.substring(s, e);
    if (a.kind() != InputKind.TEXT
        && a.kind() != InputKind.JSON_TEXT
        && out.indexOf('<') + out.indexOf('&') > -2) {
      out = Jsoup.parseBodyFragment(out).text();
    }
    out = out.replaceAll("\\s+", " ").strip();
    if (out.length() > max) {
      out = out.substring(0, max) + "\u2026";
    }
    return out;
  }

  /** An origin as a reader names it: the article's label, or the outside outlet's slug. */
  String origin(String origin) {
    if (origin == null) {
      return "";
    }
    return origin.startsWith("external:") ? origin : label(origin);
  }

  /** The sentence around a span of an article's text, whitespace collapsed. */
  static String context(Article a, int start, int end, int max) {
    String t = a.text();
    int s = Math.max(0, Math.min(start, t.length()));
    int e = Math.max(s, Math.min(end, t.length()));
    String out = t.substring(s, e).replaceAll("\\s+", " ").strip();
    if (out.length() > max) {
      out = out.substring(0, max) + "\u2026";
    }
    return out;
  }
}
