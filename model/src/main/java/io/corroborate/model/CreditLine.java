package io.corroborate.model;

import java.util.Objects;

/**
 * A line that credits another outlet or agency ("This article was originally published on
 * NBCNews.com", "Reuters contributed to this report", "(AP) —"). Kept as provenance evidence.
 *
 * @param span where the credit is in the text as read
 * @param text the credit as written
 * @param creditedTo the credited outlet or agency as written ("NBCNews.com"), or null
 * @param type how the credit relates the article to its origin
 */
public record CreditLine(Span span, String text, String creditedTo, CreditType type) {

  /** Validates the fields. */
  public CreditLine {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  /** How a credit relates an article to the credited outlet. */
  public enum CreditType implements Labeled {
    /** The whole article was first published by the credited outlet. */
    REPUBLISHED("republished"),
    /** The credited outlet or agency contributed reporting. */
    CONTRIBUTED("contributed"),
    /** An agency dateline such as "(AP) —": wire copy. */
    AGENCY_DATELINE("agency-dateline"),
    /** "Source:" or "via" attributions. */
    SOURCE("source");

    private final String label;

    CreditType(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
