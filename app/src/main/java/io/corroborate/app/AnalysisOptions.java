package io.corroborate.app;

import io.corroborate.nlp.AnalysisLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options every command that analyses articles shares: the analysis limits ({@link
 * AnalysisLimits}), beside the input limits of {@link InputOptions}.
 */
final class AnalysisOptions {

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      description =
          "Longest sentence analysed, in tokens; a longer one stays in the body, untagged and"
              + " without entities, dates or figures (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens = AnalysisLimits.DEFAULT_MAX_SENTENCE_TOKENS;

  @Option(
      names = "--max-sentences",
      paramLabel = "N",
      description =
          "Most sentences analysed per article; the rest of the body is kept unanalysed"
              + " (default: ${DEFAULT-VALUE}).")
  int maxSentences = AnalysisLimits.DEFAULT_MAX_SENTENCES;

  /**
   * Checks the option values before any work: a bad one is a usage error (exit code 2) naming the
   * option and the value.
   */
  void validate(CommandSpec spec) {
    positive(spec, "--max-sentence-tokens", maxSentenceTokens);
    positive(spec, "--max-sentences", maxSentences);
  }

  private static void positive(CommandSpec spec, String option, long value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(), option + " must be positive: " + value);
    }
  }

  /** The limits these options ask for. */
  AnalysisLimits limits() {
    return new AnalysisLimits(maxSentenceTokens, maxSentences);
  }
}
