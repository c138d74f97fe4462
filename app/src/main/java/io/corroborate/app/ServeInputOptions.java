package io.corroborate.app;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.pipeline.CorpusCleaner;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options of {@code serve}: as {@link InputOptions}, but the paths may be left out. */
final class ServeInputOptions {

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "Files or directories to analyse and serve (walked recursively): .txt, .html/.htm,"
              + " .warc, .jsonl, .xml/.rss/.atom, each also .gz. None: start empty.")
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

  CorpusCleaner cleaner() {
    InputLimits limits =
        new InputLimits(
            maxDocumentBytes,
            InputLimits.DEFAULT_MAX_HTML_DEPTH,
            InputLimits.DEFAULT_MAX_FEED_ITEMS);
    return new CorpusCleaner(new CorpusReader(limits), new ArticleCleaner(limits), threads);
  }
}
