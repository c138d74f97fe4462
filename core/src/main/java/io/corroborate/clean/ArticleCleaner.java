package io.corroborate.clean;

import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.NewsDate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a document as read into a clean {@link Article}: text inputs by block classification, web
 * pages by main-content extraction, with metadata from the container (a JSON line's fields, a feed
 * item's) taking precedence over what the document says of itself. Thread-safe.
 */
public final class ArticleCleaner {

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
    NewsDate published = given != null ? given : c.published();
    if (given != null) {
      sources.put("published", "input");
    }
    String outlet = pick(doc.outlet(), c.outlet(), "outlet", sources);
    String byline = pick(doc.byline(), c.byline(), "byline", sources);
    String language =
        pick(HtmlMetadata.languageCode(doc.language()), c.language(), "language", sources);
    String url = doc.url() != null ? doc.url() : c.url();
    if (outlet == null && url != null) {
      outlet = HtmlMetadata.host(url);
      if (outlet != null) {
        sources.put("outlet", "host");
      }
    }
    return Article.builder()
        .id(idOf(doc.source(), doc.content()))
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

  private static String pick(
      String given, String found, String field, Map<String, String> sources) {
    if (given != null && !given.isBlank()) {
      sources.put(field, "input");
      return given.strip();
    }
    return found;
  }

  /**
   * A stable id: {@code a} and 12 hex digits of the SHA-256 of the source and text, so the same
   * input always gets the same id.
   */
  public static String idOf(String source, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(source.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      byte[] h = sha.digest();
      StringBuilder sb = new StringBuilder("a");
      for (int i = 0; i < 6; i++) {
        sb.append(String.format("%02x", h[i] & 0xff));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
