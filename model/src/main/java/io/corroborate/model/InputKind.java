package io.corroborate.model;

/** The kind of input an article was read from. */
public enum InputKind implements Labeled {
  /** A plain text file. */
  TEXT("text"),
  /** A web page. */
  HTML("html"),
  /** A response record of a WARC crawl; the text is the record's HTML. */
  WARC("warc"),
  /** A JSON line with a {@code text} field. */
  JSON_TEXT("jsonl-text"),
  /** A JSON line with an {@code html} field. */
  JSON_HTML("jsonl-html"),
  /** An RSS or Atom item; the text is the item's content or description. */
  FEED("feed");

  private final String label;

  InputKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Whether the text as read is markup rather than prose. */
  public boolean isMarkup() {
    return this == HTML || this == WARC || this == JSON_HTML || this == FEED;
  }
}
