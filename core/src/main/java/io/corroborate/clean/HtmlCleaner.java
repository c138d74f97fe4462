package io.corroborate.clean;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Cleans a web page: reads its metadata, finds the main content, turns it into blocks mapped to the
 * page source, and removes the furniture left inside (captions, share bars, link lists). Offsets
 * index the page source as read. The page is parsed once; every later step works on the index of
 * that parse. Thread-safe: each call parses its own document.
 */
public final class HtmlCleaner {

  /** A body shorter than this (in characters) makes the cleaner try its second method. */
  static final int FALLBACK_BELOW = 250;

  /** The second method must find at least twice as much, and this much more. */
  static final int FALLBACK_GAIN = 100;

  private final int maxDepth;

  /** A cleaner that flattens nesting deeper than {@code maxDepth}. */
  public HtmlCleaner(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  Cleaned clean(String html, String url) {
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(maxDepth);
    Document doc = parser.parseInput(html, url == null ? "" : url);
    HtmlMetadata meta = HtmlMetadata.read(doc, url);
    Element root = doc.body() != null ? doc.body() : doc;
    PageIndex page = PageIndex.of(root);
    MainContent content = MainContent.of(page);
    MainContent.Choice choice = content.choose(meta.articleBody);
    meta.sources.put("body", choice.method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    HtmlBody.Extraction x =
        HtmlBody.extract(html, page, content, choice, meta.title, meta.articleBody);
    if (x.reportingChars() < FALLBACK_BELOW) {
      // the first method found next to nothing: try again believing only the surest furniture
      MainContent relaxed = MainContent.of(page, true);
      MainContent.Choice second = relaxed.choose(meta.articleBody);
      HtmlBody.Extraction y =
          HtmlBody.extract(html, page, relaxed, second, meta.title, meta.articleBody);
      if (y.reportingChars() >= 2 * x.reportingChars() + FALLBACK_GAIN) {
        x = y;
        meta.sources.put("body", "fallback");
      }
    }

    BodyAssembler body = new BodyAssembler();
    body.addAll(x.blocks(), x.kinds());
    String text = body.bodyText();
    boolean paywalled = Boolean.FALSE.equals(meta.accessibleForFree);
    boolean truncated = paywalled || text.endsWith("...") || text.endsWith("\u2026");
    return new Cleaned(
        text,
        body.bodyMap(),
        body.removed,
        body.credits,
        meta.title,
        null,
        meta.published,
        meta.modified,
        meta.byline,
        meta.outlet,
        meta.language,
        meta.url,
        truncated,
        paywalled,
        meta.sources);
  }
}
