package io.corroborate.eval;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and cleans evaluation corpora the way {@code analyze} does, problems to standard error. */
final class Corpora {

  private Corpora() {}

  /** The clean articles of the given paths, in input order. */
  static List<Article> load(List<Path> paths) {
    List<Article> out = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(), new ArticleCleaner(), Runtime.getRuntime().availableProcessors())
        .run(paths, out::add, p -> System.err.println("corroborate-eval: " + p), new Progress() {});
    return out;
  }
}
