package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The bundled example corpus, through every command and format, against golden files. */
class ExampleCorpusGoldenTest {

  static final String CORPUS = "../examples/calder-dam";

  @Test
  void extractMatchesGoldenFile() throws IOException {
    Cli r = Cli.run("extract", "-q", "--threads", "2", CORPUS);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    GoldenFiles.assertMatches(
        "calder-dam.extract.jsonl", GoldenFiles.keyedBySource(r.out(), CORPUS));
  }

  @Test
  void quotesMatchGoldenFile() throws IOException {
    Cli r = Cli.run("quotes", "-q", "--threads", "2", CORPUS);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    GoldenFiles.assertMatches("calder-dam.quotes.jsonl", r.out());
  }

  @Test
  void analyzeJsonMatchesGoldenFile() throws IOException {
    Cli r = Cli.run("analyze", "-q", "--format", "json", CORPUS);
    assertThat(r.exitCode()).as(r.err()).isZero();
    GoldenFiles.assertMatches(
        "calder-dam.dossier.json", GoldenFiles.keyedBySource(r.out(), CORPUS));
  }

  @Test
  void analyzeMarkdownMatchesGoldenFile() throws IOException {
    Cli r = Cli.run("analyze", "-q", CORPUS);
    assertThat(r.exitCode()).as(r.err()).isZero();
    GoldenFiles.assertMatches("calder-dam.dossier.md", GoldenFiles.keyedBySource(r.out(), CORPUS));
  }

  @Test
  void analyzeHtmlMatchesGoldenFile() throws IOException {
    Cli r = Cli.run("analyze", "-q", "--format", "html", CORPUS);
    assertThat(r.exitCode()).as(r.err()).isZero();
    GoldenFiles.assertMatches(
        "calder-dam.dossier.html", GoldenFiles.keyedBySource(r.out(), CORPUS));
  }

  @Test
  void outputDoesNotDependOnTheThreadCount() {
    String one = Cli.run("extract", "-q", "--threads", "1", CORPUS).out();
    String four = Cli.run("extract", "-q", "--threads", "4", CORPUS).out();
    assertThat(four).isEqualTo(one);
  }
}
