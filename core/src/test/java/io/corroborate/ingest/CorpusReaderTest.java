package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.InputKind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  @TempDir Path dir;

  private static final String PAGE =
      "<html><head><title>Bridge reopens</title></head><body><p>The bridge reopened on"
          + " Monday after repairs, the council said.</p></body></html>";

  @Test
  void readsEveryKindAndItsGzipVariantInPathOrder() throws IOException {
    Inputs.write(dir, "a.txt", "Bridge reopens\n\nThe bridge reopened on Monday.");
    Inputs.write(
        dir, "b.txt.gz", Inputs.gzip("Zipped text body.".getBytes(StandardCharsets.UTF_8)));
    Inputs.write(dir, "c.html", PAGE);
    Inputs.write(dir, "d.htm.gz", Inputs.gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    Inputs.write(
        dir, "e.jsonl", "{\"id\":\"x1\",\"text\":\"One.\"}\n{\"text\":\"Two.\",\"title\":\"T\"}\n");
    Inputs.write(dir, "f.warc", Inputs.warc(PAGE, "https://example.test/bridge"));
    Inputs.write(
        dir,
        "g.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title>"
            + "<item><title>Item one</title><link>https://example.test/1</link>"
            + "<description>&lt;p&gt;First item.&lt;/p&gt;</description></item>"
            + "<item><title>Item two</title><description>Second item.</description></item>"
            + "</channel></rss>");
    Inputs.write(
        dir,
        "h.atom",
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
            + "<entry><title>Entry</title><id>urn:1</id><updated>2026-01-02T10:00:00Z</updated>"
            + "<content type=\"html\">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>");
    Inputs.write(dir, "notes.md", "ignored: not an input kind");
    Inputs.write(dir, ".hidden/x.txt", "ignored: hidden");

    Inputs.Result r = Inputs.read(dir);

    assertThat(r.problems).isEmpty();
    assertThat(r.docs)
        .extracting(RawDocument::source)
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b.txt.gz").toString(),
            dir.resolve("c.html").toString(),
            dir.resolve("d.htm.gz").toString(),
            "x1",
            dir.resolve("e.jsonl") + ":2",
            dir.resolve("f.warc") + "#2",
            dir.resolve("g.rss") + "#1",
            dir.resolve("g.rss") + "#2",
            dir.resolve("h.atom") + "#1");
    assertThat(r.docs)
        .extracting(RawDocument::kind)
        .containsExactly(
            InputKind.TEXT,
            InputKind.TEXT,
            InputKind.HTML,
            InputKind.HTML,
            InputKind.JSON_TEXT,
            InputKind.JSON_TEXT,
            InputKind.WARC,
            InputKind.FEED,
            InputKind.FEED,
            InputKind.FEED);
    assertThat(r.docs.get(6).url()).isEqualTo("https://example.test/bridge");
    assertThat(r.docs.get(7).url()).isEqualTo("https://example.test/1");
    assertThat(r.docs.get(7).content()).isEqualTo("<p>First item.</p>");
    assertThat(r.docs.get(9).published()).isEqualTo("2026-01-02T10:00Z");
  }

  @Test
  void reportsBinaryEmptyAndUnknownInputsOneLineEachAndGoesOn() throws IOException {
    Path bin = Inputs.write(dir, "bin.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Path empty = Inputs.write(dir, "empty.txt", "");
    Path blank = Inputs.write(dir, "blank.html", "  \n\n ");
    Path pdf = Inputs.write(dir, "report.pdf", "%PDF-1.4");
    Path good = Inputs.write(dir, "good.txt", "A good article.");

    Inputs.Result r = Inputs.read(bin, empty, blank, pdf, dir.resolve("missing.txt"), good);

    assertThat(r.docs).extracting(RawDocument::content).containsExactly("A good article.");
    assertThat(r.problems)
        .extracting(Problem::toString)
        .containsExactly(
            bin + ": binary content, not text (NUL byte at offset 4)",
            empty + ": empty file",
            blank + ": empty file",
            pdf
                + ": unsupported input kind; expected one of .txt, .html, .htm, .warc, .jsonl, .xml, .rss, .atom (each also .gz)",
            dir.resolve("missing.txt") + ": no such file or directory");
    assertThat(r.problems).allMatch(Problem::skipped);
  }

  @Test
  void skipsA200MegabyteTextFileWithoutReadingIt() throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: no disk, no reading
    }
    long t0 = System.nanoTime();
    Inputs.Result r = Inputs.read(huge);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.docs).isEmpty();
    assertThat(r.problems)
        .singleElement()
        .hasToString(huge + ": 200.0 MiB is over the limit of 16.0 MiB for one document");
    assertThat(ms).as("should not read the file").isLessThan(5_000);
  }

  @Test
  void boundsDecompressedSizeOfGzipInputs() throws IOException {
    byte[] big = new byte[3 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    Path gz = Inputs.write(dir, "bomb.txt.gz", Inputs.gzip(big));
    Inputs.Result r = Inputs.read(new InputLimits(1024 * 1024, 512, 100), gz);
    assertThat(r.docs).isEmpty();
    assertThat(r.problems)
        .singleElement()
        .hasToString(gz + ": larger than the limit of 1.0 MiB for one document");
  }

  @Test
  void decodesInvalidUtf8TextAsTheDetectedEncodingWithAWarning() throws IOException {
    byte[] latin =
        "Caf\u00e9 owners in M\u00fcnster said prices would rise."
            .getBytes(Charset.forName("windows-1252"));
    Path p = Inputs.write(dir, "latin.txt", latin);
    Inputs.Result r = Inputs.read(p);
    assertThat(r.docs)
        .singleElement()
        .extracting(RawDocument::content)
        .isEqualTo("Caf\u00e9 owners in M\u00fcnster said prices would rise.");
    assertThat(r.problems)
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.skipped()).isFalse();
              assertThat(pr.message())
                  .startsWith("not valid UTF-8 (first bad byte at offset 3); decoded as");
            });
  }

  @Test
  void htmlBytesInvalidInTheirDeclaredEncodingBecomeReplacementCharactersWithOneWarning()
      throws IOException {
    byte[] html =
        Inputs.concat(
            "<html><head><meta charset=\"utf-8\"></head><body><p>Bad "
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xff, (byte) 0xfe, 'x', '<', '/', 'p', '>'});
    Path p = Inputs.write(dir, "bad.html", html);
    Inputs.Result r = Inputs.read(p);
    assertThat(r.docs)
        .singleElement()
        .extracting(RawDocument::content)
        .asString()
        .contains("Bad \ufffd\ufffdx");
    assertThat(r.problems)
        .singleElement()
        .hasToString(p + ": bytes invalid in UTF-8 replaced with U+FFFD");
  }

  @Test
  void htmlEncodingFollowsTheMetaPrescanThenDetection() throws IOException {
    byte[] declared =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Gr\u00fc\u00dfe \u20ac</p></body></html>"
            .getBytes(Charset.forName("windows-1252"));
    Inputs.Result r = Inputs.read(Inputs.write(dir, "meta.html", declared));
    assertThat(r.problems).isEmpty();
    assertThat(r.docs.get(0).content()).contains("Gr\u00fc\u00dfe \u20ac");
  }

  @Test
  void reportsTruncatedGzipAndKeepsTheRest() throws IOException {
    byte[] gz =
        Inputs.gzip(
            "Some text that will be cut off in the middle of the stream."
                .repeat(50)
                .getBytes(StandardCharsets.UTF_8));
    Path cut = Inputs.write(dir, "cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
    Path good = Inputs.write(dir, "good.txt", "Fine.");
    Inputs.Result r = Inputs.read(cut, good);
    assertThat(r.docs).extracting(RawDocument::content).containsExactly("Fine.");
    assertThat(r.problems)
        .singleElement()
        .satisfies(pr -> assertThat(pr.toString()).startsWith(cut + ": truncated gzip stream"));
  }

  @Test
  void keepsTheRecordsBeforeATruncatedWarcRecord() throws IOException {
    byte[] warc =
        Inputs.warc(
            PAGE,
            "https://example.test/1",
            PAGE.replace("Bridge", "Tunnel"),
            "https://example.test/2");
    Path cut = Inputs.write(dir, "cut.warc", Arrays.copyOf(warc, warc.length - 60));
    Inputs.Result r = Inputs.read(cut);
    assertThat(r.docs).extracting(RawDocument::source).containsExactly(cut + "#2");
    assertThat(r.problems)
        .singleElement()
        .satisfies(
            pr -> {
              assertThat(pr.where()).isEqualTo(cut + "#3");
              assertThat(pr.message()).startsWith("truncated WARC record");
            });
  }

  @Test
  void reportsEachBadJsonLineWithItsNumberAndKeepsTheOthers() throws IOException {
    Path p =
        Inputs.write(
            dir,
            "mixed.jsonl",
            "{\"id\":\"ok-1\",\"text\":\"First.\"}\n"
                + "this is not json\n"
                + "[1,2,3]\n"
                + "{\"id\":\"no-text\",\"title\":\"Only a title\"}\n"
                + "\n"
                + "{\"id\":\"ok-2\",\"html\":\"<p>Second.</p>\"}\n");
    Inputs.Result r = Inputs.read(p);
    assertThat(r.docs).extracting(RawDocument::source).containsExactly("ok-1", "ok-2");
    assertThat(r.docs.get(1).kind()).isEqualTo(InputKind.JSON_HTML);
    assertThat(r.problems)
        .extracting(Problem::toString)
        .containsExactly(
            p
                + ":2: not JSON: Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            p + ":3: not a JSON object (found ARRAY)",
            p + ":4: no \"text\" or \"html\" field with content");
  }

  @Test
  void refusesFeedsWithDoctypesSoTheyCannotReadLocalFiles() throws IOException {
    Path secret = Inputs.write(dir, "secret.txt", "top secret");
    Path p =
        Inputs.write(
            dir,
            "evil.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://"
                + secret
                + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title>"
                + "<description>&x;</description></item></channel></rss>");
    Inputs.Result r = Inputs.read(p);
    assertThat(r.docs).isEmpty();
    assertThat(r.problems)
        .singleElement()
        .satisfies(pr -> assertThat(pr.message()).startsWith("not an RSS or Atom feed"));
  }
}
