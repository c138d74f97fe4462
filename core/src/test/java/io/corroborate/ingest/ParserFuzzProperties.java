package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzz targets, one per parser: the text decoder, JSON lines, feeds, WARC and the HTML cleaner's
 * entry. Inputs are valid documents mutated (bytes flipped, cut, spliced with hostile fragments)
 * and raw noise. The properties: nothing but a reported problem ever comes out of a reader, every
 * problem names the file, and documents are well formed. CI runs jqwik's default 1,000 tries per
 * target; {@code mvn -pl core -am test -Dtest=ParserFuzzProperties -Djqwik.tries.default=100000}
 * runs longer.
 */
class ParserFuzzProperties {

  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("corroborate-fuzz");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static final String PAGE =
      "<html><head><title>Harbour</title></head><body><p>The ferry resumed service on Friday,"
          + " the harbour office said.</p></body></html>";

  private static final List<String> HOSTILE =
      List.of(
          "\u0000",
          "\r",
          "\n",
          "\r\n",
          "\uFEFF",
          "\u202E",
          "\uD800",
          "\uDC00",
          "<",
          ">",
          "&",
          "&#xD800;",
          "&#0;",
          "&lol;",
          "<![CDATA[",
          "]]>",
          "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
          "<div>".repeat(600),
          "[".repeat(100),
          "{\"a\":",
          "\"",
          "\\",
          "\\ud800",
          "WARC/1.1\r\n",
          "Content-Length: 99999999\r\n",
          "Content-Length: -1\r\n",
          "\r\n\r\n",
          "\uD83D\uDE00".repeat(300),
          "\u00e9",
          "\u0085");

  /** Valid bytes mutated: flips, cuts, hostile fragments spliced in, or noise. */
  private static Arbitrary<byte[]> mutated(byte[] valid) {
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    Arbitrary<byte[]> spliced =
        Combinators.combine(
                Arbitraries.integers().between(0, valid.length),
                Arbitraries.of(HOSTILE).list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 64))
            .as(
                (at, frags, cut) -> {
                  ByteArrayOutputStream out = new ByteArrayOutputStream();
                  out.write(valid, 0, at);
                  for (String f : frags) {
                    out.writeBytes(f.getBytes(StandardCharsets.UTF_8));
                  }
                  out.write(valid, at, Math.max(0, valid.length - at - cut));
                  return out.toByteArray();
                });
    Arbitrary<byte[]> flipped =
        Arbitraries.integers()
            .between(0, valid.length - 1)
            .list()
            .ofMinSize(1)
            .ofMaxSize(8)
            .flatMap(
                positions ->
                    Arbitraries.bytes()
                        .list()
                        .ofSize(positions.size())
                        .map(
                            values -> {
                              byte[] b = valid.clone();
                              for (int i = 0; i < positions.size(); i++) {
                                b[positions.get(i)] = values.get(i);
                              }
                              return b;
                            }));
    Arbitrary<byte[]> cut =
        Arbitraries.integers().between(0, valid.length).map(n -> java.util.Arrays.copyOf(valid, n));
    List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<byte[]>>> weighted =
        List.of(
            net.jqwik.api.Tuple.of(4, spliced),
            net.jqwik.api.Tuple.of(3, flipped),
            net.jqwik.api.Tuple.of(2, cut),
            net.jqwik.api.Tuple.of(1, noise));
    return Arbitraries.frequencyOf(weighted);
  }

  /** Reads one file and checks the reader's promises. */
  private static Inputs.Result readChecked(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Inputs.Result r = new Inputs.Result();
    new CorpusReader(new InputLimits(1 << 20, 64, 50)).readFile(file, r.docs::add, r.problems::add);
    for (Problem p : r.problems) {
      assertThat(p.where()).startsWith(file.toString());
      assertThat(p.toString()).doesNotContain("\n", "\r", "\u001b", "\u202E");
    }
    for (RawDocument d : r.docs) {
      assertThat(d.content()).isNotNull();
      assertThat(DocumentChecks.fixSurrogates(d.content(), new int[1])).isEqualTo(d.content());
    }
    return r;
  }

  @Provide
  Arbitrary<byte[]> texts() {
    return mutated(
        "Ferry back\n\nThe ferry resumed service on Friday, \u00e9 \u2014 the office said.\n"
            .getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void textDecoderDecodesOrRefuses(@ForAll("texts") byte[] bytes) throws IOException {
    try {
      Decoded d = TextDecoder.decodeText(bytes);
      assertThat(d.text()).isNotNull();
    } catch (InputFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
    try {
      Decoded h = TextDecoder.decodeHtml(bytes, "text/html; charset=\u0000bogus");
      assertThat(h.text()).isNotNull();
    } catch (InputFormatException e) {
      assertThat(e.getMessage()).startsWith("binary content, not text");
    }
    readChecked("t.txt", bytes);
  }

  @Provide
  Arbitrary<byte[]> jsonLines() {
    return mutated(
        ("{\"id\":\"a\",\"text\":\"The ferry resumed service.\"}\n"
                + "{\"id\":\"b\",\"html\":\"<p>The port reopened.</p>\",\"title\":\"Port\"}\r\n"
                + "{\"id\":\"c\",\"text\":\"Third line.\"}\r")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Property
  void jsonLinesNeverThrowAndNameTheLine(@ForAll("jsonLines") byte[] bytes) throws IOException {
    Inputs.Result r = new Inputs.Result();
    new JsonLinesReader(new InputLimits(1 << 20, 64, 50))
        .read(new ByteArrayInputStream(bytes), "f.jsonl", r.docs::add, r.problems::add);
    for (Problem p : r.problems) {
      assertThat(p.where()).startsWith("f.jsonl");
    }
    for (RawDocument d : r.docs) {
      assertThat(d.content()).isNotBlank();
    }
    readChecked("j.jsonl", bytes);
  }

  @Provide
  Arbitrary<byte[]> feeds() {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour</title>"
            + "<item><title>One</title><link>https://example.test/1</link>"
            + "<description>&lt;p&gt;The ferry resumed.&lt;/p&gt;</description></item>"
            + "<item><title>Two</title><description><![CDATA[<p>Port open.</p>]]></description>"
            + "</item></channel></rss>";
    String atom =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Q</title>"
            + "<id>urn:q</id><updated>2026-01-01T00:00:00Z</updated><entry><title>E</title>"
            + "<id>urn:q:1</id><updated>2026-01-01T00:00:00Z</updated>"
            + "<content type=\"html\">&lt;p&gt;Quay open.&lt;/p&gt;</content></entry></feed>";
    return Arbitraries.oneOf(
        mutated(rss.getBytes(StandardCharsets.UTF_8)),
        mutated(atom.getBytes(StandardCharsets.UTF_8)));
  }

  @Property
  void feedsNeverThrowNorReadLocalFiles(@ForAll("feeds") byte[] bytes) throws IOException {
    Inputs.Result r = readChecked("f.rss", bytes);
    for (RawDocument d : r.docs) {
      assertThat(d.content()).doesNotContain("root:x:0:0");
      assertThat(d.kind()).isEqualTo(InputKind.FEED);
    }
  }

  @Provide
  Arbitrary<byte[]> warcs() {
    return mutated(
        Inputs.warc(
            PAGE,
            "https://example.test/1",
            PAGE.replace("ferry", "tram"),
            "https://example.test/2"));
  }

  @Property
  void warcRecordsNeverThrowAndKeepTheirUrls(@ForAll("warcs") byte[] bytes) throws IOException {
    Inputs.Result r = readChecked("w.warc", bytes);
    List<String> urls = new ArrayList<>();
    for (RawDocument d : r.docs) {
      urls.add(d.url());
    }
    assertThat(urls).doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<String> pages() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE),
            Arbitraries.of(
                "<p>",
                "</p>",
                "<div class=\"share related\">",
                "</div>",
                "<article>",
                "</article>",
                "<script>",
                "</script>",
                "<nav>",
                "<table><tr><td>",
                "<br>",
                "<meta charset=\"utf-16\">",
                "<title>",
                "</title>",
                "<script type=\"application/ld+json\">{\"articleBody\":\"x\"",
                "\u00a0",
                "The ferry resumed service on Friday, the office said. "),
            Arbitraries.strings().ofMaxLength(20));
    return piece.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property
  void theHtmlCleanerCleansAnyPageWithSpansInBounds(@ForAll("pages") String html) {
    ArticleCleaner cleaner = new ArticleCleaner(new InputLimits(1 << 20, 64, 50));
    RawDocument doc =
        DocumentChecks.check(
            RawDocument.of("p.html", InputKind.HTML, html),
            "p.html",
            InputLimits.DEFAULTS,
            p -> {});
    Article a = cleaner.clean(doc);
    assertThat(a.body()).isNotNull();
    for (var b : a.removed()) {
      assertThat(b.start()).isBetween(0, a.text().length());
      assertThat(b.end()).isBetween(b.start(), a.text().length());
    }
  }
}
