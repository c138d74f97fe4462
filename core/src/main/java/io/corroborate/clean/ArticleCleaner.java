package io.corroborate.clean;

import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleIds;
import io.corroborate.model.NewsDate;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a document as read into a clean {@link Article}: text inputs by block classification, web
 * pages by main-content extraction, with metadata from the container (a JSON line's fields, a feed
 * item's) taking precedence over what the document says of itself. Thread-safe.
 */
public final class ArticleCleaner {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleCleaner.class);

  private final HtmlCleaner html;

  /** A cleaner with the given input limits. */
  public ArticleCleaner(InputLimits limits) {
    this.html = new HtmlCleaner(limits.maxHtmlDepth());
  }

  /** A cleaner with the default limits. */
  public ArticleCleaner() {
    this(InputLimits.DEFAULTS);
  }

  /** Cleans one document. */
  public Article clean(RawDocument doc) {
    Cleaned c =
        switch (doc.kind()) {
          case TEXT -> TextCleaner.clean(doc.content(), true);
          case JSON_TEXT -> TextCleaner.clean(doc.content(), false);
          case HTML, WARC, JSON_HTML, FEED -> html.clean(doc.content(), doc.url());
        };
    Map<String, String> sources = new TreeMap<>(c.metadataSources());
    String title = pick(doc.title(), c.title(), "title", sources);
    NewsDate given = DateText.parse(doc.published());
    if (given == null && doc.published() != null && !doc.published().isBlank()) {
      String shown = doc.published().strip();
      LOG.warn(
          "{}: published value \"{}\" is not a date: ignored",
          doc.source(),
          shown.length() > 40 ? shown.substring(0, 40) + "..." : shown);
    }
    NewsDate published = given != null ? given : c.published();
    if (given != null) {
      sources.put("published", "input");
    }
    String outlet = pick(doc.outlet(), c.outlet(), "outlet", sources);
    String byline = pick(doc.byline(), c.byline(), "byline", sources);
    String language =
        detectLanguage(
            pick(HtmlMetadata.languageCode(doc.language()), c.language(), "language", sources),
            c.title(),
            c.body(),
            sources);
    String url = doc.url() != null ? doc.url() : c.url();
    if (outlet == null && url != null) {
      outlet = HtmlMetadata.host(url);
      if (outlet != null) {
        sources.put("outlet", "host");
      }
    }
    return Article.builder()
        .id(ArticleIds.of(url, doc.id(), doc.content()))
        .source(doc.source())
        .kind(doc.kind())
        .url(url)
        .text(doc.content())
        .body(c.body(), c.bodyMap())
        .title(title, title != null && title.equals(c.title()) ? c.titleSpan() : null)
        .published(published)
        .modified(c.modified())
        .byline(byline)
        .outlet(outlet)
        .language(language)
        .truncated(c.truncated())
        .paywalled(c.paywalled())
        .removed(c.removed())
        .credits(c.credits())
        .metadataSources(sources)
        .build();
  }

  /**
   * The language: what the input or the page declares, else what the detector finds in the body (or
   * the title, for an article without a body) when it is sure enough.
   */
  private static String detectLanguage(
      String declared, String title, String body, Map<String, String> sources) {
    if (declared != null) {
      return declared;
    }
    String text = body.isEmpty() && title != null ? title : body;
    Languages.Detected d = Languages.detect(text);
    if (d == null || d.margin() < MIN_DETECTION_MARGIN) {
      return null;
    }
    sources.put("language", "detector");
    return d.code();
  }

  /** The detected language must be this many times likelier than the runner-up. */
  static final double MIN_DETECTION_MARGIN = 2.0;

  private static String pick(
      String given, String found, String field, Map<String, String> sources) {
    if (given != null && !given.isBlank()) {
      sources.put(field, "input");
      return given.strip();
    }
    return found;
  }
}
