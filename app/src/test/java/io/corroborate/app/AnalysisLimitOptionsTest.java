package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis limits as options ({@code --max-sentence-tokens}, {@code --max-sentences}) on the
 * commands that analyse: a sentence of 20,000 tokens and an article of 50,000 sentences are each
 * named on one warning line with the option that raises the limit, the run is bounded in time, and
 * the other articles of the batch come out as they do alone.
 */
class AnalysisLimitOptionsTest {

  @TempDir Path dir;

  private static final String GOOD =
      "Ferries resume after storm\n\n"
          + "The harbour authority said on Tuesday that 12 ferries would resume service after the"
          + " storm. About 3,400 passengers were stranded, officials said.\n";

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), GOOD);
    StringBuilder endless = new StringBuilder("Endless sentence\n\n");
    for (int i = 0; i < 20_000 / 9; i++) {
      endless.append("the harbour authority said ferries would resume 12 services ");
    }
    Files.writeString(in.resolve("endless.txt"), endless.append('\n'));
    Files.writeString(
        in.resolve("many.txt"), "Many sentences\n\n" + "Ships sail. ".repeat(50_000) + "\n");
    return in;
  }

  private static void assertWarned(Cli r, Path in) {
    List<String> err = r.err().lines().toList();
    String endless = Problem.escape(in.resolve("endless.txt").toString());
    String many = Problem.escape(in.resolve("many.txt").toString());
    assertThat(err)
        .filteredOn(l -> l.startsWith("corroborate: warning: " + endless + ": "))
        .singleElement()
        .asString()
        .contains("longer than 400 tokens", "--max-sentence-tokens", "the longest has 1999");
    assertThat(err)
        .filteredOn(l -> l.startsWith("corroborate: warning: " + many + ": "))
        .singleElement()
        .asString()
        .contains("more than 5000 (--max-sentences)");
    assertThat(err).noneMatch(l -> l.contains("a-good.txt"));
  }

  @Test
  void figuresNamesEachLimitThatBitesAndLeavesTheOtherArticlesAlone() throws IOException {
    Path in = corpus();
    long t0 = System.nanoTime();
    Cli r = Cli.run("figures", "--threads", "2", in.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "figures over a 20,000-token sentence and 50,000 sentences: %.1f s%n", seconds);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(seconds).isLessThan(60);
    assertWarned(r, in);
    assertThat(r.out().lines()).hasSize(3);
    Cli alone = Cli.run("figures", "-q", in.resolve("a-good.txt").toString());
    assertThat(r.out().lines().toList()).contains(alone.out().strip());
  }

  @Test
  void analyzeNamesEachLimitThatBitesAndKeepsEveryArticle() throws IOException {
    Path in = corpus();
    long t0 = System.nanoTime();
    Cli r = Cli.run("analyze", "--threads", "2", "--format", "json", in.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "analyze over a 20,000-token sentence and 50,000 sentences: %.1f s%n", seconds);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(seconds).isLessThan(90);
    assertWarned(r, in);
    assertThat(r.out())
        .contains("Ferries resume after storm", "Endless sentence", "Many sentences");
    assertThat(r.err()).contains("3 articles", "2 warnings");
  }

  @Test
  void raisedLimitsAreTakenAndLowerOnesBite() throws IOException {
    Path in = Files.createDirectories(dir.resolve("one"));
    Files.writeString(in.resolve("a-good.txt"), GOOD);
    Cli strict =
        Cli.run("quotes", "--max-sentences", "1", "--max-sentence-tokens", "8", in.toString());
    assertThat(strict.exitCode()).as(strict.err()).isZero();
    assertThat(strict.err())
        // the title is not in the body: two sentences, of which the first is kept
        .contains("has 2 sentences, more than 1 (--max-sentences)")
        .contains("1 sentence longer than 8 tokens (--max-sentence-tokens");
    Cli loose =
        Cli.run(
            "quotes",
            "--max-sentences",
            "100000",
            "--max-sentence-tokens",
            "100000",
            in.toString());
    assertThat(loose.exitCode()).isZero();
    assertThat(loose.err()).doesNotContain("warning");
  }
}
