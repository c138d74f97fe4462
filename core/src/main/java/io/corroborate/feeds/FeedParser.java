package io.corroborate.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Reads a fetched RSS or Atom feed with Rome, as {@code ingest.FeedFileReader} does, and hardened
 * the same way: document type declarations are refused, so a feed can neither read local files nor
 * fetch DTDs (XXE) nor expand entities without bound (billion laughs). HTML and other non-XML
 * answers are recognised first and named. Stateless and thread-safe.
 */
public final class FeedParser {

  /**
   * One item.
   *
   * @param guid the item's GUID (RSS) or id (Atom), or null
   * @param link the item's page, absolute, or null
   * @param title the title, or null
   * @param published the publication (else update) date in ISO-8601, or null
   * @param author the author, or null
   */
  public record Item(String guid, String link, String title, String published, String author) {}

  /**
   * A parsed feed.
   *
   * @param title the feed's title (the outlet), or null
   * @param language the feed's language, or null
   * @param items the first items, up to the limit, in feed order
   * @param totalItems how many items the feed has
   */
  public record Feed(String title, String language, List<Item> items, int totalItems) {}

  private FeedParser() {}

  /**
   * Parses a feed.
   *
   * @param base the feed's address, against which relative links are resolved
   * @param contentType the HTTP Content-Type, or null
   * @param maxItems most items kept
   * @throws FetchException naming why the bytes are not a feed
   */
  public static Feed parse(byte[] bytes, URI base, String contentType, int maxItems)
      throws FetchException {
    String head = head(bytes);
    if (head.isEmpty()) {
      throw new FetchException("not a feed: the answer is empty", false);
    }
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      throw new FetchException("not a feed: an HTML page was served", false);
    }
    if (!head.startsWith("<")) {
      throw new FetchException(
          "not a feed: not XML"
              + (contentType == null ? "" : " (Content-Type " + Printable.of(contentType) + ")"),
          false);
    }
    SyndFeed feed;
    int total;
    try (XmlReader reader =
        new XmlReader(new ByteArrayInputStream(bytes), sanitizeContentType(contentType), true)) {
      Document doc = new HardenedInput().builder().build(new XmlFixerReader(reader));
      // items beyond the limit are dropped before Rome converts them: converting 100,000 items
      // costs seconds, pruning them costs nothing
      total = prune(doc.getRootElement(), maxItems);
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      feed = input.build(doc);
    } catch (FeedException | JDOMException | IllegalArgumentException e) {
      throw new FetchException("not an RSS or Atom feed: " + describe(e), false);
    } catch (IOException e) {
      throw new FetchException("not readable XML: " + describe(e), false);
    } catch (RuntimeException e) {
      throw new FetchException("not a readable feed: " + describe(e), false);
    }
    List<SyndEntry> entries = feed.getEntries();
    List<Item> items = new ArrayList<>(Math.min(entries.size(), maxItems));
    for (SyndEntry e : entries) {
      if (items.size() >= maxItems) {
        break;
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(
          new Item(
              blankToNull(e.getUri()),
              absolute(base, blankToNull(e.getLink())),
              blankToNull(e.getTitle()),
              date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString(),
              blankToNull(e.getAuthor())));
    }
    return new Feed(blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()), items, total);
  }

  /**
   * Detaches the items (RSS {@code item}, Atom {@code entry}) after the first {@code max}, at the
   * feed's top or in its channel; answers how many there were.
   */
  private static int prune(Element root, int max) {
    List<Element> parents = new ArrayList<>();
    parents.add(root);
    for (Element c : root.getChildren()) {
      if (c.getName().equals("channel")) {
        parents.add(c);
      }
    }
    int count = 0;
    for (Element parent : parents) {
      List<Element> extra = new ArrayList<>();
      for (Element c : parent.getChildren()) {
        if (c.getName().equals("item") || c.getName().equals("entry")) {
          if (++count > max) {
            extra.add(c);
          }
        }
      }
      extra.forEach(Element::detach);
    }
    return count;
  }

  /** Rome's own parser set-up with document type declarations refused. */
  private static final class HardenedInput extends WireFeedInput {
    HardenedInput() {
      super(false, Locale.ROOT);
      setAllowDoctypes(false);
    }

    SAXBuilder builder() {
      return createSAXBuilder();
    }
  }

  private static String sanitizeContentType(String ct) {
    if (ct == null) {
      return null;
    }
    String l = ct.toLowerCase(Locale.ROOT);
    // Rome's XmlReader only understands XML types; any other type would make it guess wrongly
    return l.contains("xml") ? ct : null;
  }

  private static String absolute(URI base, String link) {
    if (link == null) {
      return null;
    }
    try {
      URI u = base.resolve(new URI(link.strip()));
      String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? u.toString() : link;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return link;
    }
  }

  /** The first non-blank characters, skipping a byte-order mark, to recognise the format. */
  private static String head(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < bytes.length && Character.isWhitespace(bytes[i] & 0xff)) {
      i++;
    }
    int end = Math.min(bytes.length, i + 64);
    String s = new String(bytes, i, end - i, StandardCharsets.ISO_8859_1);
    // UTF-16 feeds start with a BOM or zero bytes; keep them for the XML reader
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff || bytes[0] == 0)) {
      return "<";
    }
    return s;
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return Printable.of(m == null ? e.getClass().getSimpleName() : m);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
