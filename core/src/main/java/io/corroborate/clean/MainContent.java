package io.corroborate.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the elements holding a page's article text, in the manner of Mozilla's Readability:
 * paragraphs score their ancestors by length and commas, class and id names add or subtract, scores
 * are discounted by link density, and the best candidate is joined by siblings that look like part
 * of the same article. Works on a pruned copy of the page's elements.
 */
final class MainContent {

  static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer"
              + "|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper"
              + "|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
              + "|share|sharing|newsletter|subscribe|promo|cookie|consent|modal|outbrain|taboola"
              + "|widget|masthead|navbar|toolbar|teaser-list|recommend|most-popular|trending|byline"
              + "|author-bio|tags|caption|credit",
          Pattern.CASE_INSENSITIVE);

  static final Pattern MAYBE =
      Pattern.compile(
          "and|article|body|column|content|main|shadow|story|entry|post|text",
          Pattern.CASE_INSENSITIVE);

  static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"
              + "|paragraph|prose|rich-text|richtext",
          Pattern.CASE_INSENSITIVE);

  static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer"
              + "|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
              + "|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|subscribe"
              + "|recommend|byline|caption|credit|social",
          Pattern.CASE_INSENSITIVE);

  private static final int MIN_PARAGRAPH = 25;

  private MainContent() {}

  /** The elements of the article, in document order; the body when nothing scores. */
  static List<Element> find(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    Map<Element, Double> scores = new HashMap<>();
    List<Element> candidates = new ArrayList<>();
    for (Element p : doc.select("p, pre, td, blockquote, h2, h3, section, div, li")) {
      if (isPruned(p)) {
        continue;
      }
      String name = p.normalName();
      if ((name.equals("div") || name.equals("section") || name.equals("li")) && hasBlockChild(p)) {
        continue;
      }
      if (name.equals("li") && linkDensity(p) > 0.3) {
        continue;
      }
      int len = ownTextLength(p);
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(p) + Math.min(len / 100, 3);
      Element parent = p.parent();
      for (int level = 0; parent != null && level < 5; level++, parent = parent.parent()) {
        if (parent.normalName().equals("html")) {
          break;
        }
        if (!scores.containsKey(parent)) {
          scores.put(parent, initialScore(parent));
          candidates.add(parent);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(parent, scores.get(parent) + score / divider);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Element c : candidates) {
      double s = scores.get(c) * (1 - linkDensity(c));
      scores.put(c, s);
      if (top == null || s > topScore) {
        top = c;
        topScore = s;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    // a parent that holds several strong children is the real container
    Element parent = top.parent();
    while (parent != null
        && !parent.normalName().equals("body")
        && !parent.normalName().equals("html")) {
      Double ps = scores.get(parent);
      if (ps == null || ps < topScore * 0.75) {
        break;
      }
      top = parent;
      topScore = Math.max(topScore, ps);
      parent = top.parent();
    }
    List<Element> out = new ArrayList<>();
    Element container = top.parent();
    if (container == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : container.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      if (isPruned(sibling)) {
        continue;
      }
      double bonus = sameClass(sibling, top) ? topScore * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        double ld = linkDensity(sibling);
        int len = sibling.text().length();
        if ((len > 80 && ld < 0.25)
            || (len > 0 && len <= 80 && ld == 0 && sibling.text().matches(".*\\.( |$).*"))) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static boolean sameClass(Element a, Element b) {
    return !a.className().isEmpty() && a.className().equals(b.className());
  }

  private static double initialScore(Element e) {
    double s;
    switch (e.normalName()) {
      case "div":
      case "article":
      case "main":
        s = 5;
        break;
      case "pre":
      case "td":
      case "blockquote":
        s = 3;
        break;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        s = -3;
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
        s = -5;
        break;
      default:
        s = 0;
    }
    return s + classWeight(e);
  }

  static double classWeight(Element e) {
    double w = 0;
    String cls = e.className();
    String id = e.id();
    if (!cls.isEmpty()) {
      if (NEGATIVE.matcher(cls).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(cls).find()) {
        w += 25;
      }
    }
    if (!id.isEmpty()) {
      if (NEGATIVE.matcher(id).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(id).find()) {
        w += 25;
      }
    }
    String name = e.normalName();
    if (name.equals("article") || name.equals("main") || "main".equals(e.attr("role"))) {
      w += 25;
    }
    return w;
  }

  /** Whether an element or an ancestor was marked as furniture by {@link #prune}. */
  static boolean isPruned(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.hasAttr(PRUNED)) {
        return true;
      }
    }
    return false;
  }

  static final String PRUNED = "data-corroborate-pruned";

  /**
   * Marks elements that cannot hold the article: navigation, asides, footers, forms of inputs,
   * hidden elements and those whose class or id says furniture.
   */
  static void prune(Document doc) {
    for (Element e : doc.getAllElements()) {
      String name = e.normalName();
      if (name.equals("html")
          || name.equals("body")
          || name.equals("article")
          || name.equals("main")) {
        continue;
      }
      if (name.equals("nav")
          || name.equals("aside")
          || name.equals("footer")
          || HtmlBlocks.isHidden(e)
          || "dialog".equals(e.attr("role"))
          || "navigation".equals(e.attr("role"))
          || "complementary".equals(e.attr("role"))
          || "contentinfo".equals(e.attr("role"))) {
        e.attr(PRUNED, "");
        continue;
      }
      if (name.equals("form")
          && e.select("input[type=text], input[type=email], textarea").size() > 0
          && e.text().length() < 2000) {
        e.attr(PRUNED, "");
        continue;
      }
      String match = e.className() + " " + e.id();
      if (match.isBlank()) {
        continue;
      }
      if (UNLIKELY.matcher(match).find()
          && !MAYBE.matcher(match).find()
          && !name.equals("table")
          && !name.equals("tbody")
          && !name.equals("tr")
          && !name.equals("td")) {
        e.attr(PRUNED, "");
      }
    }
  }

  static int commas(Element e) {
    String t = e.text();
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        n++;
      }
    }
    return n;
  }

  static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      String n = c.normalName();
      if (n.equals("p")
          || n.equals("div")
          || n.equals("section")
          || n.equals("article")
          || n.equals("table")
          || n.equals("ul")
          || n.equals("ol")
          || n.equals("blockquote")
          || n.equals("pre")
          || n.equals("h1")
          || n.equals("h2")
          || n.equals("h3")
          || n.equals("h4")
          || n.equals("figure")) {
        return true;
      }
    }
    return false;
  }

  static int ownTextLength(Element e) {
    return e.text().length();
  }

  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    Elements as = e.getElementsByTag("a");
    for (Element a : as) {
      String href = a.attr("href");
      double coefficient = href.startsWith("#") ? 0.3 : 1;
      links += (int) (a.text().length() * coefficient);
    }
    return Math.min(1.0, links / (double) total);
  }

  /** Text length of an element's direct text nodes. */
  static int directTextLength(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode) {
        n += ((TextNode) c).text().strip().length();
      }
    }
    return n;
  }

  static String lowerName(Element e) {
    return e.normalName().toLowerCase(Locale.ROOT);
  }
}
