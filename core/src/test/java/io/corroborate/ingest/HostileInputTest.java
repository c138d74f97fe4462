package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.InputKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for the attacks of issue 19: each failed before its fix. */
class HostileInputTest {

  @TempDir Path dir;

  private static final String PAGE =
      "<html><body><p>The ferry resumed service on Friday, the harbour office said.</p></body>"
          + "</html>";

  private static List<String> sources(Inputs.Result r) {
    return r.docs.stream().map(RawDocument::source).collect(Collectors.toList());
  }

  private static String problems(Inputs.Result r) {
    return r.problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void aFeedNestedThousandsDeepIsSkippedAndTheBatchGoesOn() throws IOException {
    Inputs.write(dir, "a.txt", "Ferry back\n\nThe ferry resumed service on Friday.");
    Inputs.write(
        dir,
        "b.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item>"
            + "<title>t</title><description>"
            + "<x>".repeat(5_000)
            + "</x>".repeat(5_000)
            + "</description></item></channel></rss>");
    Inputs.write(dir, "c.txt", "Ferry again\n\nThe ferry ran again on Saturday.");
    Inputs.Result r = Inputs.read(dir);
    assertThat(sources(r)).containsExactly(dir + "/a.txt", dir + "/c.txt");
    assertThat(problems(r)).contains("b.rss: XML nested more than 512 levels deep");
  }

  @Test
  void binaryJunkNamedHtmlIsRefusedAsTextIsAndTheBatchGoesOn() throws IOException {
    // before, half a megabyte of it decoded as windows-1252 became one article of mojibake, which
    // the figures and quotes commands then analysed for minutes
    byte[] junk = new byte[20_000];
    new java.util.Random(19).nextBytes(junk);
    Files.write(dir.resolve("b.html"), junk);
    Inputs.write(dir, "a.html", PAGE);
    Inputs.Result r = Inputs.read(dir);
    assertThat(sources(r)).containsExactly(dir + "/a.html");
    assertThat(problems(r)).contains("b.html: binary content, not text");
    // a page in UTF-16 that its header names is text, though every other byte is NUL
    byte[] utf16 = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(TextDecoder.decodeHtml(utf16, "text/html; charset=utf-16le").text()).isEqualTo(PAGE);
  }

  @Test
  void aStackOverflowInOneFileIsReportedNotThrown() throws IOException {
    Path a = Inputs.write(dir, "a.txt", "Ferry back\n\nThe ferry resumed service on Friday.");
    Inputs.Result r = new Inputs.Result();
    new CorpusReader()
        .readFile(
            a,
            d -> {
              throw new StackOverflowError();
            },
            r.problems::add);
    assertThat(problems(r)).contains("a.txt: nesting too deep to read (stack overflow)");
  }

  @Test
  void symbolicLinksOutOfTheTreeAreReportedNotFollowed() throws IOException {
    Path root = Files.createDirectories(dir.resolve("in"));
    Inputs.write(root, "good.txt", "Ferry back\n\nThe ferry resumed service on Friday.");
    Path outside = Inputs.write(dir, "secret.txt", "root:x:0:0:root:/root:/bin/bash");
    Files.createSymbolicLink(root.resolve("passwd.txt"), outside);
    Files.createSymbolicLink(root.resolve("inside.txt"), root.resolve("good.txt"));
    Files.createSymbolicLink(root.resolve("loop"), root);
    Inputs.Result r = Inputs.read(root);
    assertThat(sources(r)).containsExactly(root + "/good.txt", root + "/inside.txt");
    assertThat(r.docs).noneMatch(d -> d.content().contains("root:x:0:0"));
    assertThat(problems(r)).contains("passwd.txt: symbolic link leads out of the input directory");
  }

  @Test
  void anUnreadableSubdirectoryIsReportedAndTheRestIsWalked() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("b-locked"));
    Inputs.write(locked, "x.txt", "Hidden\n\nCannot be read.");
    Inputs.write(dir, "a.txt", "Ferry back\n\nThe ferry resumed service on Friday.");
    Inputs.write(dir, "c/d.txt", "Ferry again\n\nThe ferry ran again on Saturday.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      if (Files.isReadable(locked)) {
        return; // running as root: permissions do not bind; the walk cannot fail here
      }
      Inputs.Result r = Inputs.read(dir);
      assertThat(sources(r)).containsExactly(dir + "/a.txt", dir + "/c/d.txt");
      assertThat(problems(r)).contains("b-locked: cannot list directory");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void jsonLinesWithCarriageReturnEndingsAndABomKeepEveryRecord() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String lines =
        "{\"id\":\"r1\",\"text\":\"One.\"}\r{\"id\":\"r2\",\"text\":\"Two.\"}\r\n"
            + "{\"id\":\"r3\",\"text\":\"Three.\"}\r";
    Inputs.write(dir, "a.jsonl", Inputs.concat(bom, lines.getBytes(StandardCharsets.UTF_8)));
    Inputs.Result r = Inputs.read(dir);
    assertThat(sources(r)).containsExactly("r1", "r2", "r3");
    assertThat(r.problems).isEmpty();
  }

  @Test
  void unpairedSurrogatesBecomeReplacementCharactersWithAWarning() throws IOException {
    Inputs.write(dir, "a.jsonl", "{\"id\":\"s\\udc00\",\"text\":\"Lone \\ud800 here.\"}\n");
    Inputs.Result r = Inputs.read(dir);
    assertThat(r.docs).hasSize(1);
    assertThat(r.docs.get(0).content()).isEqualTo("Lone \uFFFD here.");
    assertThat(r.docs.get(0).id()).isEqualTo("s\uFFFD");
    assertThat(r.docs.get(0).source()).isEqualTo("s\uFFFD");
    assertThat(problems(r)).contains("2 unpaired surrogates replaced with U+FFFD");
  }

  @Test
  void aLyingWarcLengthLosesOneRecordNotTheOnesAfterIt() throws IOException {
    for (int delta : new int[] {-40, 40, 100_000}) {
      byte[] warc =
          Inputs.warc(
              PAGE,
              "https://example.test/1",
              PAGE,
              "https://example.test/2",
              PAGE,
              "https://example.test/3");
      String s = new String(warc, StandardCharsets.ISO_8859_1);
      // the second response record (#3 in the file) lies about its length
      int second = s.indexOf("WARC-Target-URI: https://example.test/2");
      int cl = s.indexOf("Content-Length: ", second) + "Content-Length: ".length();
      int eol = s.indexOf("\r\n", cl);
      int length = Integer.parseInt(s.substring(cl, eol));
      String lying = s.substring(0, cl) + (length + delta) + s.substring(eol);
      Path f =
          Inputs.write(dir, "lie" + delta + ".warc", lying.getBytes(StandardCharsets.ISO_8859_1));
      Inputs.Result r = Inputs.read(f);
      assertThat(r.docs)
          .extracting(RawDocument::url)
          .as("delta " + delta)
          .containsExactly("https://example.test/1", "https://example.test/3");
      assertThat(problems(r)).contains("#3: Content-Length does not match the record's end");
    }
  }

  @Test
  void junkBeforeAndBetweenWarcRecordsIsSkipped() throws IOException {
    byte[] warc = Inputs.warc(PAGE, "https://example.test/1", PAGE, "https://example.test/2");
    Path f =
        Inputs.write(
            dir,
            "j.warc",
            Inputs.concat("junk\u0000\u0001\r\n".getBytes(StandardCharsets.ISO_8859_1), warc));
    Inputs.Result r = Inputs.read(f);
    assertThat(r.docs)
        .extracting(RawDocument::url)
        .containsExactly("https://example.test/1", "https://example.test/2");
    assertThat(problems(r)).contains("bytes before the first WARC record were skipped");
  }

  @Test
  void pagesOverTheElementLimitAreCutWithAWarning() throws IOException {
    Inputs.write(dir, "a.html", "<html><body>" + "<p>Para.</p>".repeat(50) + "</body></html>");
    Inputs.Result r = Inputs.read(new InputLimits(1 << 20, 512, 20, 100, 1 << 20), dir);
    assertThat(r.docs).hasSize(1);
    assertThat(r.docs.get(0).content()).hasSizeLessThan(20 * 12 + 20);
    assertThat(problems(r)).contains("more than 20 elements");
    assertThat(r.docs.get(0).kind()).isEqualTo(InputKind.HTML);
  }

  @Test
  void problemLinesEscapeControlAndBidiCharacters() {
    Problem p = new Problem("a\nb\u001b[2J\u202Etxt.exe", "bad\r\nthing\u0085", true);
    assertThat(p.toString())
        .isEqualTo("a\\nb\\u001B[2J\\u202Etxt.exe: bad\\r\\nthing\\u0085")
        .doesNotContain("\n", "\r", "\u001b", "\u202E");
    assertThat(Problem.escape("caf\u00e9 \uD83D\uDE00")).isEqualTo("caf\u00e9 \uD83D\uDE00");
    assertThat(Problem.escape("lone \uD800")).isEqualTo("lone \\uD800");
  }

  @Test
  void longRunsAreBrokenForTheTokenizerWithoutMovingOffsets() {
    String emoji = "\uD83D\uDE00".repeat(1000);
    String broken = LongRuns.forTokenizer("Start " + emoji + " end");
    assertThat(broken).hasSize(("Start " + emoji + " end").length());
    assertThat(broken).contains(" end").startsWith("Start ");
    for (int i = 0; i < broken.length(); i++) {
      char c = broken.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(broken.charAt(i + 1))).isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at " + i).isFalse();
      }
    }
    assertThat(broken.split(" ")).allMatch(w -> w.length() <= LongRuns.MAX_RUN + 1);
    String prose = "A plain sentence with https://example.test/a/long/path?and=query words.";
    assertThat(LongRuns.forTokenizer(prose)).isSameAs(prose);
  }
}
