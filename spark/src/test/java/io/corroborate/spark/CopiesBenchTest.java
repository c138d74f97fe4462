package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench-copies} on a small corpus of invented texts with three planted copies: the Spark
 * copy stage finds exactly the planted pairs, MLlib's {@code MinHashLSH} side finds the verbatim
 * one, and both lines and the CSV rows are written.
 */
class CopiesBenchTest {

  @TempDir Path tmp;

  @Test
  void findsThePlantedCopiesAndNothingElse() throws Exception {
    Random r = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      texts.add(words(r, 150 + r.nextInt(250)));
    }
    // verbatim (with a line of its own), partial (60% of the source and new text), edited
    texts.add("Reprinted by another site\t" + texts.get(3));
    String[] src = texts.get(5).split(" ");
    texts.add(
        String.join(" ", List.of(src).subList(0, src.length * 6 / 10)) + "\t" + words(r, 120));
    StringBuilder edited = new StringBuilder();
    for (String w : texts.get(9).split(" ")) {
      edited.append(r.nextDouble() < 0.05 ? "changed" : w).append(' ');
    }
    texts.add(edited.toString().strip());
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      lines.add(i + "\t" + texts.get(i));
    }
    Files.write(tmp.resolve("texts.tsv"), lines, StandardCharsets.UTF_8);
    Files.write(
        tmp.resolve("planted.tsv"),
        List.of("60\t3\tverbatim", "61\t5\tpartial", "62\t9\tedited"),
        StandardCharsets.UTF_8);
    Path csv = tmp.resolve("growth.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        SparkMain.run(
            new String[] {
              "bench-copies",
              tmp.toString(),
              "--mllib",
              "--master",
              "local[2]",
              "--csv",
              csv.toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    Matcher ours = line("spark-copies", printed);
    assertThat(ours.group("articles")).isEqualTo("63");
    assertThat(ours.group("pairs")).isEqualTo("3");
    assertThat(ours.group("recall")).isEqualTo("1.0000");
    Matcher mllib = line("mllib-minhashlsh", printed);
    assertThat(mllib.group("articles")).isEqualTo("63");
    assertThat(Double.parseDouble(mllib.group("recall"))).isGreaterThanOrEqualTo(1 / 3.0);
    assertThat(Files.readAllLines(csv)).hasSize(2).allMatch(l -> l.matches("[^,]+,63,[0-9.]+"));
  }

  @Test
  void aFolderWithoutACorpusIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SparkMain.run(
            new String[] {"bench-copies", tmp.resolve("none").toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("none")
        .contains("texts.tsv")
        .contains("copy-corpus");
  }

  private static Matcher line(String name, String printed) {
    Matcher m =
        Pattern.compile(
                "(?m)^"
                    + name
                    + ".* articles=(?<articles>\\d+) .* pairs=(?<pairs>\\d+) planted=3"
                    + " recall=(?<recall>[0-9.]+)")
            .matcher(printed);
    assertThat(m.find()).as(printed).isTrue();
    return m;
  }

  /** Invented words: syllables put together, so that no two texts share a run of five words. */
  private static String words(Random r, int n) {
    String[] syllables = {"ka", "lo", "mi", "ren", "tas", "vo", "pel", "dun", "sor", "fi", "gra"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int len = 2 + r.nextInt(3);
      for (int s = 0; s < len; s++) {
        sb.append(syllables[r.nextInt(syllables.length)]);
      }
      sb.append(i % 12 == 11 ? ". " : " ");
    }
    return sb.toString().strip();
  }
}
