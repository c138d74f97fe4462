package io.corroborate.pipeline;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.FoundFigure;
import io.corroborate.phases.Progress;
import io.corroborate.report.FiguresRecord;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The {@code figures} command's work: reads and cleans inputs, extracts each article's figures and
 * writes one JSON line per article, in input order. Shared by the command line and the evaluation
 * so that both run the same code. Thread-safe if its writer is used by one caller at a time.
 */
public final class FigureLines {

  private final InputLimits limits;
  private final int threads;
  private final NewsArticleAnalyzer phase1;

  /**
   * Figure lines with the given input limits.
   *
   * @param threads cleaning threads, at least 1
   */
  public FigureLines(InputLimits limits, int threads) {
    this.limits = Objects.requireNonNull(limits, "limits");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    this.threads = threads;
    this.phase1 = NewsArticleAnalyzer.defaults(Clock.systemUTC());
  }

  /**
   * Writes the figures of every article under the paths.
   *
   * @return the number of articles written
   * @throws IOException when the writer fails
   */
  public int write(List<Path> paths, Writer out, ProblemListener problems, Progress progress)
      throws IOException {
    CorpusCleaner cleaner =
        new CorpusCleaner(new CorpusReader(limits), new ArticleCleaner(limits), threads);
    return new RecordLines(cleaner, threads)
        .write(
            paths,
            a ->
                FiguresRecord.of(a, phase1.figuresOf(a).stream().map(FoundFigure::figure).toList()),
            out,
            problems,
            progress);
  }
}
