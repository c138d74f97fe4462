package io.corroborate.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.corroborate.model.InputKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS and Atom feeds with Rome: each item becomes a document named {@code PATH#N} whose text
 * is the item's content (or its description), an HTML fragment. Links are never fetched here.
 * Document type declarations are refused, so a feed cannot make the parser read other files.
 */
final class FeedFileReader {

  private final InputLimits limits;

  FeedFileReader(InputLimits limits) {
    this.limits = limits;
  }

  void read(byte[] bytes, String path, DocumentSink sink, ProblemListener problems)
      throws InputFormatException {
    int depth = depth(bytes, limits.maxNestingDepth());
    if (depth > limits.maxNestingDepth()) {
      throw new InputFormatException(
          "XML nested more than "
              + limits.maxNestingDepth()
              + " levels deep (--max-nesting-depth); feed skipped");
    }
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(true);
      feed = input.build(reader);
    } catch (FeedException | IllegalArgumentException e) {
      throw new InputFormatException("not an RSS or Atom feed: " + CorpusReader.describe(e), e);
    } catch (IOException e) {
      throw new InputFormatException("not a readable XML feed: " + CorpusReader.describe(e), e);
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      problems.onProblem(new Problem(path, "feed has no items", true));
      return;
    }
    String outlet = blankToNull(feed.getTitle());
    String language = blankToNull(feed.getLanguage());
    int n = 0;
    for (SyndEntry entry : entries) {
      n++;
      String where = path + "#" + n;
      if (n > limits.maxFeedItems()) {
        problems.onProblem(
            new Problem(
                path,
                "feed has more than " + limits.maxFeedItems() + " items; the rest are skipped",
                false));
        return;
      }
      String content = content(entry);
      if (content == null || content.isBlank()) {
        problems.onProblem(new Problem(where, "feed item has no content or description", true));
        continue;
      }
      if (content.length() > limits.maxDocumentBytes()) {
        problems.onProblem(
            new Problem(where, "item " + BoundedBytes.tooLarge(limits.maxDocumentBytes()), true));
        continue;
      }
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      String link = blankToNull(entry.getLink());
      if (link == null) {
        link = blankToNull(entry.getUri());
      }
      sink.accept(
          new RawDocument(
              where,
              InputKind.FEED,
              content,
              link,
              blankToNull(entry.getUri()),
              blankToNull(entry.getTitle()),
              date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString(),
              outlet,
              blankToNull(entry.getAuthor()),
              language));
    }
  }

  /**
   * How deep the feed's elements nest, counted by a streaming parser that reads no document type
   * and no entity, and stops past {@code max}. Markup the streaming parser rejects ends the count;
   * the feed parser then says what is wrong with it.
   */
  static int depth(byte[] bytes, int max) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException e) {
      // a parser without the JAXP 1.5 property: DTDs are already off
    }
    int depth = 0;
    int deepest = 0;
    XMLStreamReader r = null;
    try {
      // a reader, not bytes: the parser's own encoding sniffing prints "[Fatal Error]" lines to
      // standard error on bad bytes; tags are ASCII in every encoding a feed uses in practice
      r =
          f.createXMLStreamReader(
              new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (depth > deepest) {
            deepest = depth;
            if (deepest > max) {
              break;
            }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // not well-formed as far as the count got: the feed parser reports it
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
    return deepest;
  }

  private static String content(SyndEntry entry) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(c.getValue());
      }
    }
    if (sb.length() > 0) {
      return sb.toString();
    }
    SyndContent d = entry.getDescription();
    return d == null ? null : d.getValue();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
