package io.corroborate.nlp;

/**
 * Bounds on the language analysis of one article, so that hostile or broken text (a sentence of
 * tens of thousands of tokens without punctuation, a body of tens of thousands of sentences) costs
 * bounded work, whatever the time budget. Each has a name (the CLI option is {@code --max-} and the
 * name in kebab case) and a default far above any real news article; going over one is always
 * reported as a warning naming the article, and the article is still analysed, within the bounds.
 * These are the analysis' counterpart of the {@link io.corroborate.ingest.InputLimits}. Immutable.
 *
 * @param maxSentenceTokens longest sentence, in tokens, given the tagger, the entity recogniser,
 *     SUTime and the figure and quote readers; a longer sentence stays in the body and in the
 *     article's sentences, but it gets no part-of-speech tags ({@code X}), no entities and no
 *     dates, and no figures or quotes are read from it (a warning)
 * @param maxSentences most sentences of an article analysed: the first ones are, the rest of the
 *     body stays in the article but is not analysed (no sentences, figures, quotes or entities from
 *     it; a warning)
 */
public record AnalysisLimits(int maxSentenceTokens, int maxSentences) {

  /**
   * 400 tokens: the longest sentence in 1,692 real news texts under {@code ../shared/data} and the
   * bundled examples has 220 tokens (99.9% have under 90); it is also the length past which
   * CoreNLP's tagger and entity recogniser were always told to give up ({@code pos.maxlen}, {@code
   * ner.maxlen}), so the default changes no analysis.
   */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 400;

  /**
   * 5,000 sentences: the longest news article in those texts has 632 sentences and the longest page
   * of all (a blog post with its comments) 2,790; 5,000 short sentences are some 250 KB of prose.
   */
  public static final int DEFAULT_MAX_SENTENCES = 5_000;

  /** The defaults. */
  public static final AnalysisLimits DEFAULTS =
      new AnalysisLimits(DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_MAX_SENTENCES);

  /** Validates the bounds: each must be positive. */
  public AnalysisLimits {
    positive("maxSentenceTokens", maxSentenceTokens);
    positive("maxSentences", maxSentences);
  }

  /** Whether a sentence of {@code tokens} tokens is analysed. */
  public boolean analyses(int tokens) {
    return tokens <= maxSentenceTokens;
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive: " + name + "=" + value);
    }
  }
}
