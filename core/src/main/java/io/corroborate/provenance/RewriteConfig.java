package io.corroborate.provenance;

/**
 * Settings of rewrite detection.
 *
 * @param minWordContainment share of the smaller article's content words the other must hold to be
 *     examined at all
 * @param lexicalSentenceOverlap Dice overlap of content words for two sentences to count in the
 *     cheap pre-alignment
 * @param minLexicalCoverage share of the shorter article's words that the cheap pre-alignment must
 *     cover before embeddings are computed (and the longer's, less 0.2)
 * @param maxCandidatesPerArticle pairs per article examined with embeddings, best first
 * @param maxSentences sentences per article considered (the rest is ignored)
 * @param minRewriteCoverage share of the retelling's words in aligned sentences
 * @param minSourceCoverage share of the retold article's words in aligned sentences
 * @param minAlignedSentences aligned sentence pairs needed (all but one when an article has no more
 *     sentences than this; never fewer than three)
 * @param minMeanSimilarity mean embedding cosine similarity of the aligned pairs
 * @param judge the sentence paraphrase decision
 */
public record RewriteConfig(
    double minWordContainment,
    double lexicalSentenceOverlap,
    double minLexicalCoverage,
    int maxCandidatesPerArticle,
    int maxSentences,
    double minRewriteCoverage,
    double minSourceCoverage,
    int minAlignedSentences,
    double minMeanSimilarity,
    ParaphraseJudge judge) {

  /** Share of the smaller article's content words the other must hold. */
  public static final double DEFAULT_MIN_WORD_CONTAINMENT = 0.3;

  /** Dice overlap for a sentence pair in the pre-alignment. */
  public static final double DEFAULT_LEXICAL_SENTENCE_OVERLAP = 0.2;

  /** Pre-alignment coverage of the shorter article needed to compute embeddings. */
  public static final double DEFAULT_MIN_LEXICAL_COVERAGE = 0.7;

  /** Pairs per article examined with embeddings. */
  public static final int DEFAULT_MAX_CANDIDATES_PER_ARTICLE = 6;

  /** Sentences per article considered. */
  public static final int DEFAULT_MAX_SENTENCES = 300;

  /** Share of the retelling's words in aligned sentences. */
  public static final double DEFAULT_MIN_REWRITE_COVERAGE = 0.75;

  /** Share of the retold article's words in aligned sentences. */
  public static final double DEFAULT_MIN_SOURCE_COVERAGE = 0.55;

  /** Aligned sentence pairs needed. */
  public static final int DEFAULT_MIN_ALIGNED_SENTENCES = 4;

  /** Mean cosine similarity of the aligned pairs. */
  public static final double DEFAULT_MIN_MEAN_SIMILARITY = 0.5;

  /** The product's settings. */
  public static final RewriteConfig DEFAULT =
      new RewriteConfig(
          DEFAULT_MIN_WORD_CONTAINMENT,
          DEFAULT_LEXICAL_SENTENCE_OVERLAP,
          DEFAULT_MIN_LEXICAL_COVERAGE,
          DEFAULT_MAX_CANDIDATES_PER_ARTICLE,
          DEFAULT_MAX_SENTENCES,
          DEFAULT_MIN_REWRITE_COVERAGE,
          DEFAULT_MIN_SOURCE_COVERAGE,
          DEFAULT_MIN_ALIGNED_SENTENCES,
          DEFAULT_MIN_MEAN_SIMILARITY,
          ParaphraseJudge.DEFAULT);

  /** Validates the settings. */
  public RewriteConfig {
    if (maxCandidatesPerArticle < 1 || maxSentences < 1 || minAlignedSentences < 1) {
      throw new IllegalArgumentException(
          "counts must be positive: maxCandidatesPerArticle="
              + maxCandidatesPerArticle
              + ", maxSentences="
              + maxSentences
              + ", minAlignedSentences="
              + minAlignedSentences);
    }
    java.util.Objects.requireNonNull(judge, "judge");
  }
}
