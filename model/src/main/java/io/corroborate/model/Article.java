package io.corroborate.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One news article: the text as read, its cleaned body with the map back to that text, and the
 * metadata the input gave or cleaning found. Every offset in the product indexes {@link #text()}.
 *
 * @param id stable identifier, unique within a corpus
 * @param source where it was read from: path, JSON-line id, or {@code PATH#N} for records and items
 * @param kind the input kind
 * @param url the article's address, or null
 * @param text the article as read (decoded file, JSON {@code text} or {@code html}, record body)
 * @param body the cleaned body: reporting only, paragraphs separated by blank lines
 * @param bodyMap maps body positions to {@code text} positions
 * @param title the headline, or null
 * @param titleSpan where the title is in {@code text}, or null when it is not there verbatim
 * @param published when it was first published, or null
 * @param modified when it was last modified, or null
 * @param byline the author line without "By", or null
 * @param outlet the publishing outlet, or null
 * @param language ISO 639-1 code, or null
 * @param truncated whether the body is visibly cut short (a teaser)
 * @param paywalled whether the page withholds the rest behind a paywall
 * @param removed boilerplate blocks taken out of the body, in text order
 * @param credits credit lines found (also in {@code removed} when they were lines of their own)
 * @param metadataSources for each metadata field set, where its value came from ("json-ld", ...)
 */
public record Article(
    String id,
    String source,
    InputKind kind,
    String url,
    String text,
    String body,
    OffsetMap bodyMap,
    String title,
    Span titleSpan,
    NewsDate published,
    NewsDate modified,
    String byline,
    String outlet,
    String language,
    boolean truncated,
    boolean paywalled,
    List<RemovedBlock> removed,
    List<CreditLine> credits,
    Map<String, String> metadataSources) {

  /** Validates the fields and freezes the collections. */
  public Article {
    requireText(id, "id");
    requireText(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(bodyMap, "bodyMap");
    if (bodyMap.derivedLength() != body.length()) {
      throw new IllegalArgumentException(
          "bodyMap must cover the body: derivedLength="
              + bodyMap.derivedLength()
              + ", body length="
              + body.length());
    }
    if (titleSpan != null && titleSpan.end() > text.length()) {
      throw new IllegalArgumentException(
          "titleSpan outside the text: end=" + titleSpan.end() + ", length=" + text.length());
    }
    removed = List.copyOf(removed == null ? List.of() : removed);
    for (RemovedBlock block : removed) {
      if (block.end() > text.length()) {
        throw new IllegalArgumentException(
            "removed block outside the text: end=" + block.end() + ", length=" + text.length());
      }
    }
    credits = List.copyOf(credits == null ? List.of() : credits);
    metadataSources =
        Collections.unmodifiableMap(
            new TreeMap<>(metadataSources == null ? Map.of() : metadataSources));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: " + name + "=" + value);
    }
  }

  /** Maps a span of the body to a span of the text. */
  public Span toTextSpan(Span bodySpan) {
    return bodyMap.toOriginal(bodySpan);
  }

  /** A builder starting from this article's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .source(source)
        .kind(kind)
        .url(url)
        .text(text)
        .body(body, bodyMap)
        .title(title, titleSpan)
        .published(published)
        .modified(modified)
        .byline(byline)
        .outlet(outlet)
        .language(language)
        .truncated(truncated)
        .paywalled(paywalled)
        .removed(removed)
        .credits(credits)
        .metadataSources(metadataSources);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds articles field by field; {@link #build()} validates. */
  public static final class Builder {
    private String id;
    private String source;
    private InputKind kind;
    private String url;
    private String text;
    private String body;
    private OffsetMap bodyMap;
    private String title;
    private Span titleSpan;
    private NewsDate published;
    private NewsDate modified;
    private String byline;
    private String outlet;
    private String language;
    private boolean truncated;
    private boolean paywalled;
    private List<RemovedBlock> removed = List.of();
    private List<CreditLine> credits = List.of();
    private Map<String, String> metadataSources = Map.of();

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    public Builder kind(InputKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** The cleaned body and the map from it to the text. */
    public Builder body(String body, OffsetMap bodyMap) {
      this.body = body;
      this.bodyMap = bodyMap;
      return this;
    }

    /** The title and where it is in the text (null when it is not there verbatim). */
    public Builder title(String title, Span titleSpan) {
      this.title = title;
      this.titleSpan = titleSpan;
      return this;
    }

    public Builder published(NewsDate published) {
      this.published = published;
      return this;
    }

    public Builder modified(NewsDate modified) {
      this.modified = modified;
      return this;
    }

    public Builder byline(String byline) {
      this.byline = byline;
      return this;
    }

    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder truncated(boolean truncated) {
      this.truncated = truncated;
      return this;
    }

    public Builder paywalled(boolean paywalled) {
      this.paywalled = paywalled;
      return this;
    }

    public Builder removed(List<RemovedBlock> removed) {
      this.removed = removed;
      return this;
    }

    public Builder credits(List<CreditLine> credits) {
      this.credits = credits;
      return this;
    }

    public Builder metadataSources(Map<String, String> metadataSources) {
      this.metadataSources = metadataSources;
      return this;
    }

    /** The article; throws {@link IllegalArgumentException} naming the first invalid field. */
    public Article build() {
      return new Article(
          id,
          source,
          kind,
          url,
          text,
          body,
          bodyMap,
          title,
          titleSpan,
          published,
          modified,
          byline,
          outlet,
          language,
          truncated,
          paywalled,
          removed,
          credits,
          metadataSources);
    }
  }
}
