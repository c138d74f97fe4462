package io.corroborate.ingest;

import io.corroborate.model.InputKind;
import java.util.Objects;

/**
 * One document as read, before cleaning: its decoded content and whatever metadata the container
 * gave (a JSON line's fields, a WARC record's URI, a feed item's title and date).
 *
 * @param source where it came from, as the contract names it
 * @param kind the input kind; decides how it is cleaned
 * @param content the decoded text or markup: the article's text as read
 * @param url the article's address, or null
 * @param id an identifier the input gave, or null
 * @param title a title the input gave, or null
 * @param published a publication date the input gave, as written, or null
 * @param outlet an outlet the input gave, or null
 * @param byline an author the input gave, or null
 * @param language a language the input gave, or null
 */
public record RawDocument(
    String source,
    InputKind kind,
    String content,
    String url,
    String id,
    String title,
    String published,
    String outlet,
    String byline,
    String language) {

  /** Validates the required fields. */
  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
  }

  /** A document with no metadata beyond its source. */
  public static RawDocument of(String source, InputKind kind, String content) {
    return new RawDocument(source, kind, content, null, null, null, null, null, null, null);
  }

  /** A copy with another url. */
  public RawDocument withUrl(String newUrl) {
    return new RawDocument(
        source, kind, content, newUrl, id, title, published, outlet, byline, language);
  }
}
