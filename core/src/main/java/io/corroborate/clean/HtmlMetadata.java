package io.corroborate.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.corroborate.model.NewsDate;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from JSON-LD, OpenGraph and other meta tags, {@code <time>} elements, the
 * URL and the markup, recording where each value came from. Published and modified dates are kept
 * apart. Stateless apart from its results; one instance per page.
 */
final class HtmlMetadata {

  private static final ObjectMapper JSON = jsonMapper();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "scholarlyarticle",
          "techarticle",
          "report",
          "socialmediaposting",
          "webpage",
          "posting");

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  String title;
  String headline;
  NewsDate published;
  NewsDate modified;
  String byline;
  String outlet;
  String language;
  String url;
  String articleBody;
  Boolean accessibleForFree;
  final Map<String, String> sources = new TreeMap<>();

  private static ObjectMapper jsonMapper() {
    ObjectMapper m = JsonMapper.builder().build();
    m.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(100)
                .maxStringLength(20_000_000)
                .build());
    return m;
  }

  static HtmlMetadata read(Document doc, String givenUrl) {
    HtmlMetadata m = new HtmlMetadata();
    m.readJsonLd(doc);
    m.readMeta(doc, givenUrl);
    return m;
  }

  private void readJsonLd(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String data = script.data();
      if (data.length() > 5_000_000) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data.strip());
      } catch (JsonProcessingException e) {
        continue;
      }
      if (root == null) {
        continue;
      }
      List<JsonNode> nodes = new ArrayList<>();
      collect(root, nodes, 0);
      for (JsonNode node : nodes) {
        if (isArticle(node)) {
          readArticleNode(node);
        }
      }
      for (JsonNode node : nodes) {
        if (outlet == null && hasType(node, "website", "newsmediaorganization", "organization")) {
          set("outlet", text(node.get("name")), "json-ld");
        }
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 6 || node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        collect(graph, out, depth + 1);
      }
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return !t.asText().equalsIgnoreCase("webpage") || node.has("articleBody");
        }
      }
      return false;
    }
    String t = type.asText().toLowerCase(Locale.ROOT);
    return ARTICLE_TYPES.contains(t) && (!t.equals("webpage") || node.has("headline"));
  }

  private static boolean hasType(JsonNode node, String... types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    List<String> have = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> have.add(t.asText().toLowerCase(Locale.ROOT)));
    } else {
      have.add(type.asText().toLowerCase(Locale.ROOT));
    }
    for (String t : types) {
      if (have.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private void readArticleNode(JsonNode node) {
    if (headline == null) {
      headline = clean(text(node.get("headline")));
      if (headline == null) {
        headline = clean(text(node.get("name")));
      }
    }
    if (published == null) {
      published = DateText.parse(text(node.get("datePublished")));
      if (published == null) {
        published = DateText.parse(text(node.get("dateCreated")));
      }
      if (published != null) {
        sources.put("published", "json-ld");
      }
    }
    if (modified == null) {
      modified = DateText.parse(text(node.get("dateModified")));
      if (modified != null) {
        sources.put("modified", "json-ld");
      }
    }
    if (byline == null) {
      set("byline", names(node.get("author")), "json-ld");
    }
    if (outlet == null) {
      JsonNode pub = node.get("publisher");
      if (pub != null && pub.isArray() && pub.size() > 0) {
        pub = pub.get(0);
      }
      if (pub != null) {
        set("outlet", pub.isObject() ? text(pub.get("name")) : text(pub), "json-ld");
      }
    }
    if (language == null) {
      set("language", languageCode(text(node.get("inLanguage"))), "json-ld");
    }
    if (articleBody == null) {
      String body = text(node.get("articleBody"));
      if (body != null && !body.isBlank()) {
        articleBody = plainText(body);
      }
    }
    JsonNode free = node.get("isAccessibleForFree");
    if (free != null && accessibleForFree == null) {
      String v = free.asText().toLowerCase(Locale.ROOT);
      accessibleForFree = !(v.equals("false") || v.equals("no"));
    }
  }

  private static String names(JsonNode author) {
    if (author == null || author.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (author.isArray()) {
      for (JsonNode a : author) {
        String n = a.isObject() ? text(a.get("name")) : text(a);
        if (n != null && !n.isBlank() && !out.contains(n.strip())) {
          out.add(n.strip());
        }
      }
    } else {
      String n = author.isObject() ? text(author.get("name")) : text(author);
      if (n != null && !n.isBlank()) {
        out.add(n.strip());
      }
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  private void readMeta(Document doc, String givenUrl) {
    // url
    if (givenUrl != null && !givenUrl.isBlank()) {
      url = givenUrl;
      sources.put("url", "input");
    } else {
      String canonical = doc.select("link[rel=canonical]").attr("href");
      if (!canonical.isBlank() && canonical.startsWith("http")) {
        set("url", canonical, "canonical");
      } else {
        set("url", meta(doc, "og:url"), "og");
      }
    }
    // title
    String og = clean(meta(doc, "og:title"));
    String tw = clean(meta(doc, "twitter:title"));
    String docTitle = clean(doc.title());
    Element h1 = doc.selectFirst("h1");
    String h1Text = h1 == null ? null : clean(h1.text());
    if (headline != null) {
      title = headline;
      sources.put("title", "json-ld");
    } else if (og != null) {
      title = og;
      sources.put("title", "og");
    } else if (tw != null) {
      title = tw;
      sources.put("title", "twitter");
    } else if (h1Text != null && docTitle != null && docTitle.contains(h1Text)) {
      title = h1Text;
      sources.put("title", "h1");
    } else if (docTitle != null) {
      title = docTitle;
      sources.put("title", "title");
    } else if (h1Text != null) {
      title = h1Text;
      sources.put("title", "h1");
    }
    // outlet
    if (outlet == null) {
      set("outlet", meta(doc, "og:site_name"), "og");
    }
    if (outlet == null) {
      set("outlet", meta(doc, "application-name"), "meta");
    }
    if (title != null && outlet != null) {
      title = stripSiteSuffix(title, outlet);
    }
    // dates
    if (published == null) {
      for (String key :
          List.of(
              "article:published_time",
              "og:published_time",
              "published_time",
              "pubdate",
              "publishdate",
              "publish-date",
              "article.published",
              "datepublished",
              "sailthru.date",
              "parsely-pub-date",
              "dc.date",
              "dc.date.issued",
              "dcterms.created",
              "dcterms.date",
              "date",
              "citation_publication_date",
              "release_date")) {
        NewsDate d = DateText.parse(meta(doc, key));
        if (d != null) {
          published = d;
          sources.put("published", "meta:" + key);
          break;
        }
      }
    }
    if (published == null) {
      Element item = doc.selectFirst("[itemprop=datePublished]");
      if (item != null) {
        NewsDate d =
            DateText.parse(item.hasAttr("content") ? item.attr("content") : item.attr("datetime"));
        if (d != null) {
          published = d;
          sources.put("published", "microdata");
        }
      }
    }
    if (published == null) {
      Element time = doc.selectFirst("article time[datetime], time[pubdate], time[datetime]");
      if (time != null) {
        NewsDate d = DateText.parse(time.attr("datetime"));
        if (d != null) {
          published = d;
          sources.put("published", "time");
        }
      }
    }
    if (published == null && url != null) {
      Matcher m = URL_DATE.matcher(url);
      if (m.find()) {
        NewsDate d = DateText.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
        if (d != null) {
          published = d;
          sources.put("published", "url");
        }
      }
    }
    if (modified == null) {
      for (String key :
          List.of(
              "article:modified_time",
              "og:updated_time",
              "dcterms.modified",
              "lastmod",
              "last-modified",
              "datemodified")) {
        NewsDate d = DateText.parse(meta(doc, key));
        if (d != null) {
          modified = d;
          sources.put("modified", "meta:" + key);
          break;
        }
      }
    }
    // byline
    if (byline == null) {
      set("byline", meta(doc, "author"), "meta");
    }
    if (byline == null) {
      set("byline", meta(doc, "article:author"), "meta");
    }
    if (byline == null) {
      Element a =
          doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
      if (a != null && a.text().length() <= 100) {
        set("byline", a.text(), "markup");
      }
    }
    if (byline != null && byline.startsWith("http")) {
      byline = null;
      sources.remove("byline");
    }
    // language
    if (language == null) {
      set("language", languageCode(doc.select("html").attr("lang")), "html-lang");
    }
    if (language == null) {
      set("language", languageCode(meta(doc, "content-language")), "meta");
    }
    if (language == null) {
      set("language", languageCode(meta(doc, "og:locale")), "og");
    }
    // outlet from host, last
    if (outlet == null && url != null) {
      set("outlet", host(url), "host");
    }
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  static String host(String url) {
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      String p = m.attr("property");
      String n = m.attr("name");
      String h = m.attr("http-equiv");
      String i = m.attr("itemprop");
      if (p.equalsIgnoreCase(key)
          || n.equalsIgnoreCase(key)
          || h.equalsIgnoreCase(key)
          || i.equalsIgnoreCase(key)) {
        String c = m.attr("content");
        if (!c.isBlank()) {
          return c.strip();
        }
      }
    }
    return null;
  }

  /** "Title | Site" and "Title - Site" lose the site part. */
  static String stripSiteSuffix(String title, String site) {
    String lowerSite = site.toLowerCase(Locale.ROOT);
    for (String sep :
        new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00bb ", " · "}) {
      int i = title.lastIndexOf(sep);
      if (i > 0 && title.substring(i + sep.length()).toLowerCase(Locale.ROOT).contains(lowerSite)) {
        return title.substring(0, i).strip();
      }
      int j = title.indexOf(sep);
      if (j > 0
          && title.substring(0, j).toLowerCase(Locale.ROOT).contains(lowerSite)
          && title.length() - j > 15) {
        return title.substring(j + sep.length()).strip();
      }
    }
    return title;
  }

  static String languageCode(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < v.length() && Character.isLetter(v.charAt(cut))) {
      cut++;
    }
    v = v.substring(0, cut);
    return v.length() == 2 || v.length() == 3 ? v : null;
  }

  private void set(String field, String value, String source) {
    String v = clean(value);
    if (v == null) {
      return;
    }
    switch (field) {
      case "byline":
        if (byline != null) {
          return;
        }
        byline = v;
        break;
      case "outlet":
        if (outlet != null) {
          return;
        }
        outlet = v;
        break;
      case "language":
        if (language != null) {
          return;
        }
        language = v;
        break;
      case "url":
        if (url != null) {
          return;
        }
        url = v;
        break;
      default:
        throw new IllegalArgumentException("unknown field: " + field);
    }
    sources.put(field, source);
  }

  /** JSON-LD text as plain text: some sites put markup or entities in it. */
  static String plainText(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
      return s;
    }
    return org.jsoup.Jsoup.parseBodyFragment(s).text();
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.size() == 0 ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return n.has("@value") ? n.get("@value").asText() : null;
    }
    return n.asText();
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
