package io.corroborate.model;

/**
 * Kinds of block that cleaning takes out of an article's body. The labels are API: they appear in
 * the {@code removed} list of {@code extract}.
 */
public enum BlockKind implements Labeled {
  /** Placeholders left by ad plugins, such as {@code [ad_1]}. */
  AD_MARKER("ad-marker"),
  /** Subscribe, sign-in, newsletter and app prompts. */
  SUBSCRIBE_PROMPT("subscribe-prompt"),
  /** Lists of other articles: related, recent, recommended, inline "read more" headlines. */
  RELATED_LINKS("related-links"),
  /** Share and follow bars. */
  SHARE_BAR("share-bar"),
  /** About-the-author blocks and bylines repeated as a bio. */
  AUTHOR_BIO("author-bio"),
  /** Comment forms and their prompts. */
  COMMENT_FORM("comment-form"),
  /** Reading-time labels such as "3 min read". */
  READING_TIME("reading-time"),
  /** Notices pointing readers to crisis lines and support services. */
  HELPLINE("helpline"),
  /** The outlet's name or host repeated as a line. */
  SITE_NAME("site-name"),
  /** "Originally published on", "contributed to this report": kept as provenance evidence. */
  CREDIT_LINE("credit-line"),
  /** Photo captions, image labels and photo credits. */
  PHOTO_CAPTION("photo-caption"),
  /** Section labels, breadcrumbs and menus. */
  NAVIGATION("navigation"),
  /** Tag and topic lines. */
  TAGS("tags"),
  /** A line that only gives the date, or an empty "Date:" label. */
  DATE_LINE("date-line"),
  /** The author line ("By Jane Doe"). */
  BYLINE("byline"),
  /** Interface labels such as "Show full article" or "Source link". */
  UI_LABEL("ui-label"),
  /** Translation widgets. */
  TRANSLATION_WIDGET("translation-widget"),
  /** Legal and copyright lines. */
  LEGAL("legal"),
  /** The headline: taken out of the body because it is the article's title. */
  TITLE("title");

  private final String label;

  BlockKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
