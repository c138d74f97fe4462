package io.corroborate.eval;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.report.ExtractRecord;
import io.corroborate.report.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code extract} in-process over a folder and writes its JSON lines, as the command would, to
 * a file for a scorer.
 */
final class Extraction {

  private Extraction() {}

  /**
   * Extracts every document under {@code folder} into {@code out}, one JSON line per article.
   *
   * @return the number of articles written
   */
  static int toJsonLines(Path folder, Path out) throws IOException {
    List<Article> articles = articles(folder);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        w.write(Json.compact().writeValueAsString(ExtractRecord.of(a)));
        w.write('\n');
      }
    }
    return articles.size();
  }

  /** The cleaned articles of every document under {@code folder}, in path order. */
  static List<Article> articles(Path folder) {
    CorpusCleaner cleaner =
        new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS),
            new ArticleCleaner(InputLimits.DEFAULTS),
            Runtime.getRuntime().availableProcessors());
    List<Article> out = new ArrayList<>();
    cleaner.run(List.of(folder), out::add, p -> {}, Progress.NONE);
    return out;
  }

  /** Writes to a temporary file that is deleted when the JVM exits. */
  static Path tempJsonLines(String prefix) {
    try {
      Path p = Files.createTempFile(prefix, ".jsonl");
      p.toFile().deleteOnExit();
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
