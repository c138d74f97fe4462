package io.corroborate.app;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.pipeline.CorpusCleaner;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Options every command that reads articles shares: the paths, threads and the input limits. */
final class InputOptions {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or directories (walked recursively): .txt, .html/.htm, .warc, .jsonl,"
              + " .xml/.rss/.atom, each also .gz.")
  List<Path> paths;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for cleaning and analysis (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-document-bytes",
      paramLabel = "BYTES",
      description = "Largest document read; larger ones are skipped (default: ${DEFAULT-VALUE}).")
  long maxDocumentBytes = InputLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  @Option(
      names = "--max-nesting-depth",
      paramLabel = "N",
      description =
          "Deepest nesting: deeper HTML is flattened, deeper feeds and JSON lines are skipped"
              + " (default: ${DEFAULT-VALUE}).")
  int maxNestingDepth = InputLimits.DEFAULT_MAX_NESTING_DEPTH;

  @Option(
      names = "--max-elements-per-page",
      paramLabel = "N",
      description =
          "Most HTML elements read from a page; the page is cut there (default: ${DEFAULT-VALUE}).")
  int maxElementsPerPage = InputLimits.DEFAULT_MAX_ELEMENTS_PER_PAGE;

  @Option(
      names = "--max-feed-items",
      paramLabel = "N",
      description =
          "Most items read from one feed; the rest are skipped (default: ${DEFAULT-VALUE}).")
  int maxFeedItems = InputLimits.DEFAULT_MAX_FEED_ITEMS;

  @Option(
      names = "--max-json-line-bytes",
      paramLabel = "BYTES",
      description = "Longest JSON line read; longer lines are skipped (default: ${DEFAULT-VALUE}).")
  long maxJsonLineBytes = InputLimits.DEFAULT_MAX_JSON_LINE_BYTES;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress or summary on standard error.")
  boolean quiet;

  /**
   * Checks the option values before any work: a bad one is a usage error (exit code 2) naming the
   * option and the value.
   */
  void validate(CommandSpec spec) {
    if (threads < 1 || threads > 1024) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be between 1 and 1024: " + threads);
    }
    positive(spec, "--max-document-bytes", maxDocumentBytes);
    positive(spec, "--max-nesting-depth", maxNestingDepth);
    positive(spec, "--max-elements-per-page", maxElementsPerPage);
    positive(spec, "--max-feed-items", maxFeedItems);
    positive(spec, "--max-json-line-bytes", maxJsonLineBytes);
  }

  private static void positive(CommandSpec spec, String option, long value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(), option + " must be positive: " + value);
    }
  }

  /** The reader and cleaner these options ask for. */
  CorpusCleaner cleaner() {
    return new CorpusCleaner(new CorpusReader(limits()), new ArticleCleaner(limits()), threads);
  }

  InputLimits limits() {
    return new InputLimits(
        maxDocumentBytes, maxNestingDepth, maxElementsPerPage, maxFeedItems, maxJsonLineBytes);
  }
}
