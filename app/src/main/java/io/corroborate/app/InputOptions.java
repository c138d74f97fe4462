package io.corroborate.app;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.pipeline.CorpusCleaner;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every command that reads articles shares. */
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
      names = {"-q", "--quiet"},
      description = "No progress or summary on standard error.")
  boolean quiet;

  /** The reader and cleaner these options ask for. */
  CorpusCleaner cleaner() {
    return new CorpusCleaner(new CorpusReader(limits()), new ArticleCleaner(limits()), threads);
  }

  InputLimits limits() {
    return new InputLimits(
        maxDocumentBytes, InputLimits.DEFAULT_MAX_HTML_DEPTH, InputLimits.DEFAULT_MAX_FEED_ITEMS);
  }
}
