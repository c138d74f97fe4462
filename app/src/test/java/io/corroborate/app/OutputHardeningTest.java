package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for the output and option attacks of issue 19. */
class OutputHardeningTest {

  @TempDir Path dir;

  private Path good() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("good.txt"), "Ferry back\n\nThe ferry resumed service on Friday, it said.");
    return in;
  }

  private static long leftovers(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
    }
  }

  @Test
  void aLoneSurrogateWithOutWritesTheBatchAndLeavesNoTempFile() throws IOException {
    Path in = good();
    Files.writeString(
        in.resolve("s.jsonl"), "{\"id\":\"s1\",\"text\":\"A lone \\ud800 surrogate.\"}\n");
    Files.writeString(
        in.resolve("t.html"),
        "<html><body><p>An entity &#xD800; surrogate in a page.</p></body></html>");
    Path out = dir.resolve("out/result.jsonl");
    Cli r = Cli.run("extract", in.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(written.lines()).hasSize(3);
    assertThat(written).contains("\uFFFD");
    assertThat(leftovers(out.getParent())).isZero();
  }

  @Test
  void outThroughASymbolicLinkWritesTheTargetAndKeepsTheLink() throws IOException {
    Path in = good();
    Path real = Files.writeString(dir.resolve("real.jsonl"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
    Cli r = Cli.run("extract", in.toString(), "--out", link.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("\"source\"");
    assertThat(leftovers(dir)).isZero();
  }

  @Test
  void outToDevNullIsWrittenNotReplaced() throws IOException {
    Path devNull = Path.of("/dev/null");
    if (!Files.exists(devNull)) {
      return;
    }
    Cli r = Cli.run("extract", good().toString(), "--out", "/dev/null");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.isWritable(devNull)).isTrue();
  }

  @Test
  void aRegularOutFileKeepsItsPermissions() throws IOException {
    Path out = Files.writeString(dir.resolve("r.jsonl"), "old");
    Files.setPosixFilePermissions(
        out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    Cli r = Cli.run("extract", good().toString(), "--out", out.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aWriteErrorOnStandardOutputExitsNonZeroWithAClearMessage() throws IOException {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"extract", good().toString()},
            new PrintWriter(Output.utf8(full), true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .contains("cannot write to standard output")
        .doesNotContain("internal error");
  }

  @Test
  void badOutAndOptionValuesAreUsageErrors() throws IOException {
    String in = good().toString();
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertThat(Cli.run("extract", in, "--out", dir.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("extract", in, "--out", file + "/x.jsonl").exitCode()).isEqualTo(2);
    assertThat(Cli.run("extract", in, "--out", "").exitCode()).isEqualTo(2);
    assertThat(Cli.run("analyze", in, "--out", dir.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("extract", in, "--threads", "0").exitCode()).isEqualTo(2);
    assertThat(Cli.run("extract", in, "--max-document-bytes", "-1").exitCode()).isEqualTo(2);
    assertThat(Cli.run("extract", in, "--max-nesting-depth", "0").exitCode()).isEqualTo(2);
    assertThat(Cli.run("extract", in, "--max-feed-items", "x").exitCode()).isEqualTo(2);
    assertThat(Cli.run("figures", in, "--max-sentence-tokens", "0").exitCode()).isEqualTo(2);
    assertThat(Cli.run("quotes", in, "--max-sentences", "-3").exitCode()).isEqualTo(2);
    assertThat(Cli.run("analyze", in, "--max-sentences", "x").exitCode()).isEqualTo(2);
    assertThat(
            Cli.run(
                    "ingest",
                    in,
                    "--store",
                    dir.resolve("store").toString(),
                    "--max-sentence-tokens",
                    "0")
                .exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("extract", in, "--max-sentences", "10").exitCode())
        .as("extract does not analyse: no analysis limits")
        .isEqualTo(2);
    Cli bad = Cli.run("figures", in, "--max-sentence-tokens", "0");
    assertThat(bad.err())
        .contains("--max-sentence-tokens must be positive: 0")
        .doesNotContain("internal error");
    Cli r = Cli.run("extract", in, "--out", dir.toString());
    assertThat(r.err()).contains("is a directory").doesNotContain("internal error");
    assertThat(leftovers(dir)).isZero();
  }

  @Test
  void fileNamesAndIdsReachStandardErrorEscaped() throws IOException {
    Path in = good();
    Files.writeString(in.resolve("evil\nname\u001b[31m.txt"), "");
    Files.writeString(
        in.resolve("ids.jsonl"), "{\"id\":\"x\\nforged: line\\u001b[2J\",\"html\":\"\"}\n");
    Cli r = Cli.run("extract", in.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).doesNotContain("\u001b").contains("evil\\nname\\u001B[31m.txt");
    assertThat(r.err().lines()).allMatch(l -> l.startsWith("corroborate: "));
  }
}
