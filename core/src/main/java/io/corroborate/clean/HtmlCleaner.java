package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import java.util.Locale;
import java.util.regex.Pattern;
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

  /** Prompts that say the rest of the article is elsewhere. */
  private static final Pattern READ_ON =
      Pattern.compile(
          "(?:continue|keep) reading|to read (?:the )?(?:full|rest|whole|entire|more)"
              + "|(?:read|see) the (?:full|whole|rest of the) (?:story|article)|full (?:story|article)"
              + "|to (?:continue|keep) reading|subscribe (?:now )?to (?:continue|read|unlock|access)"
              + "|weiterlesen|um weiterzulesen|(?:ganzen|vollständigen) artikel"
              + "|lire la suite|pour lire (?:la suite|l'article)|para (?:seguir|continuar) leyendo"
              + "|leia mais|continua a leggere|czytaj dalej");

  /** Whether the body stops at a prompt to read on elsewhere: a teaser before a paywall. */
  private static boolean endsInAPrompt(HtmlBody.Extraction x) {
    for (int i = x.blocks().size() - 1; i >= 0; i--) {
      BlockKind k = x.kinds().get(i);
      if (k == null) {
        return false;
      }
      if ((k == BlockKind.SUBSCRIBE_PROMPT || k == BlockKind.UI_LABEL)
          && READ_ON.matcher(x.blocks().get(i).text().toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the body ends at a wall: reading on needs an account or a subscription. */
  private static boolean endsAtAWall(HtmlBody.Extraction x) {
    for (int i = x.blocks().size() - 1; i >= 0; i--) {
      BlockKind k = x.kinds().get(i);
      if (k == null) {
        return false;
      }
      if (k == BlockKind.SUBSCRIBE_PROMPT
          && BlockRules.isAccessWall(new BlockFeatures(x.blocks().get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last paragraph of reporting breaks off with an ellipsis. */
  private static boolean endsCutShort(HtmlBody.Extraction x) {
    for (int i = x.blocks().size() - 1; i >= 0; i--) {
      if (x.kinds().get(i) != null) {
        continue;
      }
      BlockFeatures f = new BlockFeatures(x.blocks().get(i).text());
      String t = f.text.stripTrailing();
      return f.words >= 8 && (t.endsWith("...") || t.endsWith("\u2026"));
    }
    return false;
  }

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
    boolean paywalled =
        Boolean.FALSE.equals(meta.accessibleForFree) || meta.lockedContent || endsAtAWall(x);
    boolean truncated =
        paywalled
            || endsCutShort(x)
            || endsInAPrompt(x)
            || (meta.articleBody != null
                && text.length() * 2 < meta.articleBody.length()
                && !MainContent.isTeaser(meta.articleBody));
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
