package io.corroborate.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.corroborate.model.NewsDate;
import io.corroborate.util.WordLists;
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

  private static final WordLists WORDS = WordLists.read(HtmlMetadata.class, "html-metadata.txt");

  private static final Set<String> ARTICLE_TYPES = WORDS.get("article-types");

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

  String title;
  String headline;
  String jsonLdName;
  NewsDate published;
  NewsDate modified;
  String byline;
  String outlet;
  String language;
  String url;
  String articleBody;
  Boolean accessibleForFree;

  /** The page marks its content as for subscribers ({@code article:content_tier} and the like). */
  boolean lockedContent;

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
    MetaTags tags = MetaTags.of(doc);
    m.readJsonLd(tags);
    m.readMeta(doc, givenUrl, tags);
    return m;
  }

  private void readJsonLd(MetaTags tags) {
    for (Element script : tags.jsonLd) {
      String data = script.data();
      if (data.length() > 5_000_000) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(withoutCdata(data));
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

  /** Script text without the CDATA wrapper and comment marks that XHTML pages put around it. */
  static String withoutCdata(String data) {
    String t = data.strip();
    if (t.startsWith("//")) {
      int nl = t.indexOf('\n');
      t = nl < 0 ? "" : t.substring(nl + 1).strip();
    }
    if (t.startsWith("<![CDATA[")) {
      t = t.substring(9);
      int close = t.lastIndexOf("]]>");
      if (close >= 0) {
        t = t.substring(0, close);
      }
      t = t.strip();
      if (t.endsWith("//")) {
        t = t.substring(0, t.length() - 2);
      }
    }
    return t.strip();
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
    }
    if (jsonLdName == null) {
      jsonLdName = clean(text(node.get("name")));
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

  private void readMeta(Document doc, String givenUrl, MetaTags meta) {
    // url
    if (givenUrl != null && !givenUrl.isBlank()) {
      url = givenUrl;
      sources.put("url", "input");
    } else {
      String canonical = meta.canonical == null ? "" : meta.canonical.strip();
      if (!canonical.isBlank() && canonical.startsWith("http")) {
        set("url", canonical, "canonical");
      } else {
        set("url", meta.get("og:url"), "og");
      }
    }
    readTitle(doc, meta);
    // outlet
    if (outlet == null) {
      set("outlet", meta.get("og:site_name"), "og");
    }
    if (outlet == null) {
      set("outlet", meta.get("application-name"), "meta");
    }
    if (title != null && outlet != null) {
      title = stripSiteSuffix(title, outlet);
    }
    readDates(doc, meta);
    readByline(doc, meta);
    String tier = meta.get("article:content_tier");
    lockedContent =
        tier != null
            && (tier.equalsIgnoreCase("locked")
                || tier.equalsIgnoreCase("metered")
                || tier.equalsIgnoreCase("premium"));
    // language
    if (language == null) {
      Element html = doc.selectFirst("html");
      set("language", languageCode(html == null ? null : html.attr("lang")), "html-lang");
    }
    if (language == null) {
      set("language", languageCode(meta.get("content-language")), "meta");
    }
    if (language == null) {
      set("language", languageCode(meta.get("og:locale")), "og");
    }
    // outlet from host, last
    if (outlet == null && url != null) {
      set("outlet", host(url), "host");
    }
  }

  /**
   * The title: the first of the page's own statements (JSON-LD headline or name, Dublin Core,
   * OpenGraph, Twitter, Parse.ly, the first {@code h1}) that agrees with the {@code <title>}
   * element (an {@code h1} must also cover half of it: a logo's {@code h1} names only the site),
   * else the first statement other than the {@code h1}, else the {@code <title>}, else the {@code
   * h1}.
   */
  private void readTitle(Document doc, MetaTags meta) {
    String docTitle = clean(doc.title());
    Element h1 = meta.h1;
    String[][] candidates = {
      {headline, "json-ld"},
      {jsonLdName, "json-ld"},
      {clean(meta.get("dc:title")), "meta:dc.title"},
      {clean(meta.get("dc.title")), "meta:dc.title"},
      {clean(meta.get("dcterm:title")), "meta:dc.title"},
      {clean(meta.get("og:title")), "og"},
      {clean(meta.get("twitter:title")), "twitter"},
      {clean(meta.get("parsely-title")), "meta:parsely-title"},
      {clean(meta.get("sailthru.title")), "meta:sailthru.title"},
      {h1 == null ? null : clean(h1.text()), "h1"},
    };
    String first = null;
    String firstSource = null;
    for (String[] c : candidates) {
      if (c[0] == null || c[0].length() > 400) {
        continue;
      }
      boolean h1Candidate = c[1].equals("h1");
      if (first == null && !h1Candidate) {
        first = c[0];
        firstSource = c[1];
      }
      boolean agrees =
          docTitle != null && agrees(c[0], docTitle) && (!h1Candidate || agrees(docTitle, c[0], 5));
      if (agrees) {
        title = c[0];
        sources.put("title", c[1]);
        return;
      }
    }
    if (first != null) {
      title = first;
      sources.put("title", firstSource);
    } else if (docTitle != null) {
      title = docTitle;
      sources.put("title", "title");
    } else if (h1 != null && clean(h1.text()) != null) {
      title = clean(h1.text());
      sources.put("title", "h1");
    }
  }

  /** Whether most words of a candidate title are in the page's {@code <title>}. */
  static boolean agrees(String candidate, String docTitle) {
    return agrees(candidate, docTitle, 7);
  }

  /** Whether at least {@code tenths}/10 of the words of {@code a} are in {@code b}. */
  static boolean agrees(String candidate, String docTitle, int tenths) {
    List<String> words = new ArrayList<>();
    ClassNames.split(candidate, words);
    if (words.isEmpty()) {
      return false;
    }
    List<String> inTitle = new ArrayList<>();
    ClassNames.split(docTitle, inTitle);
    int found = 0;
    for (String w : words) {
      if (inTitle.contains(w)) {
        found++;
      }
    }
    return found * 10 >= words.size() * tenths;
  }

  private void readDates(Document doc, MetaTags meta) {
    if (published == null) {
      for (String key :
          List.of(
              "article:published_time",
              "og:published_time",
              "published_time",
              "parsely-pub-date",
              "pubdate",
              "publishdate",
              "publish-date",
              "article.published",
              "datepublished",
              "sailthru.date",
              "dc.date.issued",
              "dcterms.created",
              "dc.date",
              "dcterms.date",
              "date",
              "citation_publication_date",
              "release_date")) {
        NewsDate d = DateText.parse(meta.get(key));
        if (d != null) {
          published = d;
          sources.put("published", "meta:" + key);
          break;
        }
      }
    }
    if (published == null) {
      Element item = meta.datePublished;
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
      Element time = meta.articleTime();
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
        NewsDate d = DateText.parse(meta.get(key));
        if (d != null) {
          modified = d;
          sources.put("modified", "meta:" + key);
          break;
        }
      }
    }
  }

  /**
   * The byline: JSON-LD authors, then author meta tags (name, Dublin Core, Parse.ly, the New York
   * Times' "byl", OpenGraph's article author when it is a name), then the first short element that
   * the markup marks as the author ({@code rel=author}, {@code itemprop=author}, a "byline" or
   * "author" class).
   */
  private void readByline(Document doc, MetaTags meta) {
    for (String key :
        List.of(
            "dc:creator",
            "dc.creator",
            "author",
            "parsely-author",
            "sailthru.author",
            "byl",
            "article:author",
            "og:article:author")) {
      if (byline != null) {
        break;
      }
      String v = meta.get(key);
      if (v != null && !v.startsWith("http") && !v.startsWith("@")) {
        set("byline", stripBy(v), "meta:" + key);
      }
    }
    if (byline == null && doc.body() != null) {
      set("byline", markupByline(doc.body()), "markup");
    }
    if (byline != null && byline.startsWith("http")) {
      byline = null;
      sources.remove("byline");
    }
  }

  private static String markupByline(Element body) {
    int seen = 0;
    for (Element e : body.getAllElements()) {
      if (++seen > 20_000) {
        return null;
      }
      if (e.attributesSize() == 0) {
        continue;
      }
      String itemprop = e.attr("itemprop");
      boolean marked =
          "author".equalsIgnoreCase(e.attr("rel"))
              || (!itemprop.isEmpty() && itemprop.toLowerCase(Locale.ROOT).contains("author"));
      if (!marked && e.attributesSize() > 0) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.contains("byline") || names.contains("author") || names.contains("writer")) {
          List<String> words = new ArrayList<>();
          ClassNames.split(e.className(), words);
          ClassNames.split(e.id(), words);
          marked = words.contains("byline") || words.contains("author") || words.contains("writer");
        }
      }
      if (!marked || PageIndex.SKIP_TAGS.contains(e.normalName())) {
        continue;
      }
      Element name = e.selectFirst("[itemprop=name]");
      String t = clean((name != null ? name : e).text());
      if (t != null && t.length() >= 3 && t.length() < 100 && hasLetter(t)) {
        return stripBy(t);
      }
    }
    return null;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A name without the "By" that bylines open with. */
  static String stripBy(String s) {
    String t = s.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    for (String p : new String[] {"by:", "by ", "von ", "par ", "por ", "di ", "door ", "av "}) {
      if (lower.startsWith(p) && t.length() > p.length() + 1) {
        return t.substring(p.length()).strip();
      }
    }
    return t;
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
