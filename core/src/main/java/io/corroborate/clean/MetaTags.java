package io.corroborate.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The tags that metadata is read from, collected in one walk over the page: every {@code <meta>}
 * (each key of {@code property}, {@code name}, {@code itemprop} and {@code http-equiv}, lower case,
 * a space-separated list giving several keys, mapped to the first non-blank {@code content}), the
 * JSON-LD scripts, the canonical link, the first {@code itemprop=datePublished}, the first {@code
 * <time>} elements and the first {@code h1}. Not thread-safe; one instance per page.
 */
final class MetaTags {

  private final Map<String, String> values = new HashMap<>();
  final List<Element> jsonLd = new ArrayList<>();
  String canonical;
  Element datePublished;
  Element timeInArticle;
  Element timePubdate;
  Element time;
  Element h1;

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags m = new MetaTags();
    NodeTraversor.filter(
        new NodeFilter() {
          private int articleDepth = -1;

          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            switch (e.normalName()) {
              case "meta" -> m.meta(e);
              case "script" -> {
                if ("application/ld+json".equalsIgnoreCase(e.attr("type").strip())) {
                  m.jsonLd.add(e);
                }
                return FilterResult.SKIP_ENTIRELY;
              }
              case "style", "svg", "noscript", "template" -> {
                return FilterResult.SKIP_ENTIRELY;
              }
              case "link" -> {
                if (m.canonical == null && "canonical".equalsIgnoreCase(e.attr("rel"))) {
                  m.canonical = e.attr("href");
                }
              }
              case "article" -> {
                if (articleDepth < 0) {
                  articleDepth = depth;
                }
              }
              case "time" -> {
                if (e.hasAttr("datetime")) {
                  if (m.timeInArticle == null && articleDepth >= 0) {
                    m.timeInArticle = e;
                  }
                  if (m.timePubdate == null && e.hasAttr("pubdate")) {
                    m.timePubdate = e;
                  }
                  if (m.time == null) {
                    m.time = e;
                  }
                }
              }
              case "h1" -> {
                if (m.h1 == null) {
                  m.h1 = e;
                }
              }
              default -> {
                // nothing to collect
              }
            }
            if (m.datePublished == null && "datePublished".equals(e.attr("itemprop"))) {
              m.datePublished = e;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (depth == articleDepth && node instanceof Element e && e.nameIs("article")) {
              articleDepth = -1;
            }
            return FilterResult.CONTINUE;
          }
        },
        doc);
    return m;
  }

  private void meta(Element e) {
    String content = e.attr("content").strip();
    if (content.isEmpty()) {
      return;
    }
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      String keys = e.attr(attr);
      if (keys.isEmpty()) {
        continue;
      }
      int from = 0;
      int n = keys.length();
      while (from < n) {
        while (from < n && Character.isWhitespace(keys.charAt(from))) {
          from++;
        }
        int to = from;
        while (to < n && !Character.isWhitespace(keys.charAt(to))) {
          to++;
        }
        if (to > from) {
          values.putIfAbsent(keys.substring(from, to).toLowerCase(Locale.ROOT), content);
        }
        from = to;
      }
    }
  }

  /** The content of the first meta tag with this key (any case), or null. */
  String get(String key) {
    return values.get(key.toLowerCase(Locale.ROOT));
  }

  /** The {@code <time>} that most likely dates the article, or null. */
  Element articleTime() {
    return timeInArticle != null ? timeInArticle : timePubdate != null ? timePubdate : time;
  }
}
