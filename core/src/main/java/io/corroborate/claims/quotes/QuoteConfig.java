package io.corroborate.claims.quotes;

/**
 * Settings of quote extraction, with the product's defaults.
 *
 * @param tagEverySentence tag every sentence, not only those that can hold a quote (slower; the
 *     results differ only in how names outside quotes are found)
 * @param maxTaggedSentenceTokens sentences longer than this are not tagged (bounded time)
 * @param beliefs count attributions of belief ("officials believe ...") as reported speech
 * @param inheritParagraphs how many paragraphs back an unattributed quote may take its speaker from
 *     the last attributed quote
 * @param maxQuoteChars quotes longer than this are dropped as runaway marks
 */
public record QuoteConfig(
    boolean tagEverySentence,
    int maxTaggedSentenceTokens,
    boolean beliefs,
    int inheritParagraphs,
    int maxQuoteChars) {

  /** Sentences over this many tokens are not tagged. */
  public static final int DEFAULT_MAX_TAGGED_SENTENCE_TOKENS = 400;

  /** Paragraphs back an unattributed quote looks for its speaker. */
  public static final int DEFAULT_INHERIT_PARAGRAPHS = 2;

  /** Longest quote kept. */
  public static final int DEFAULT_MAX_QUOTE_CHARS = 6000;

  /** Validates the settings. */
  public QuoteConfig {
    if (maxTaggedSentenceTokens < 1) {
      throw new IllegalArgumentException(
          "maxTaggedSentenceTokens must be positive: maxTaggedSentenceTokens="
              + maxTaggedSentenceTokens);
    }
    if (inheritParagraphs < 0) {
      throw new IllegalArgumentException(
          "inheritParagraphs must not be negative: inheritParagraphs=" + inheritParagraphs);
    }
    if (maxQuoteChars < 1) {
      throw new IllegalArgumentException(
          "maxQuoteChars must be positive: maxQuoteChars=" + maxQuoteChars);
    }
  }

  /** The product's settings. */
  public static QuoteConfig defaults() {
    return new QuoteConfig(
        false,
        DEFAULT_MAX_TAGGED_SENTENCE_TOKENS,
        false,
        DEFAULT_INHERIT_PARAGRAPHS,
        DEFAULT_MAX_QUOTE_CHARS);
  }

  /** A copy that tags every sentence or not. */
  public QuoteConfig withTagEverySentence(boolean all) {
    return new QuoteConfig(all, maxTaggedSentenceTokens, beliefs, inheritParagraphs, maxQuoteChars);
  }

  /** A copy that counts attributions of belief or not. */
  public QuoteConfig withBeliefs(boolean b) {
    return new QuoteConfig(
        tagEverySentence, maxTaggedSentenceTokens, b, inheritParagraphs, maxQuoteChars);
  }
}
