package io.corroborate.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of broken and malicious inputs, one or more per input kind, beside good
 * documents, and says what each should give: which documents must come out and which files must be
 * named on standard error. Nothing of it is committed; {@code scale} 1.0 writes the sizes of issue
 * 19 (100,000 nested tags, a million paragraphs, a 50 MB text node, 100,000 feed items, a 200 MB
 * JSON line, a 1 GB gzip bomb, a sentence of 20,000 tokens, an article of 50,000 sentences),
 * smaller scales keep a CI run quick. Run {@code main} to write one for a manual run ({@code
 * scripts/hostile-corpus.sh} does).
 */
final class HostileCorpus {

  /**
   * One input file and what the product must do with it.
   *
   * @param file the path, relative to the corpus directory
   * @param attack what is wrong with it, for the report
   * @param named whether standard error must name the file (a skip or a warning)
   * @param good sources that must come out, relative to the corpus directory ({@code f#2}, {@code
   *     f:3}) or JSON ids
   * @param namedWhenAnalysed whether only the commands that analyse articles must name it (a limit
   *     of the language analysis, which {@code extract} never reaches)
   */
  record Case(
      String file, String attack, boolean named, List<String> good, boolean namedWhenAnalysed) {

    Case(String file, String attack, boolean named, List<String> good) {
      this(file, attack, named, good, false);
    }

    /** Whether standard error must name the file after a run of {@code command}. */
    boolean namedBy(String command) {
      return named && !(namedWhenAnalysed && command.equals("extract"));
    }
  }

  private final Path dir;
  private final double scale;
  private final Random random = new Random(20261207L);
  private final List<Case> cases = new ArrayList<>();

  private HostileCorpus(Path dir, double scale) {
    this.dir = dir;
    this.scale = scale;
  }

  /** A sentence of news prose, so good documents look like articles. */
  private static String prose(int i) {
    return "The harbour authority said on Tuesday that "
        + (i + 3)
        + " ferries would resume service after the storm, and officials expect the port to reopen"
        + " fully by the weekend.";
  }

  private static String article(String title, int i) {
    return title + "\n\n" + prose(i) + " " + prose(i + 1) + "\n\n" + prose(i + 2) + "\n";
  }

  private static String page(String title, int i) {
    return "<!doctype html><html><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>"
        + prose(i)
        + "</p><p>"
        + prose(i + 1)
        + "</p></article></body></html>";
  }

  private int n(long full, int min) {
    return (int) Math.max(min, Math.round(full * scale));
  }

  /** Writes the corpus under {@code dir}; returns every case. */
  static List<Case> write(Path dir, double scale) throws IOException {
    HostileCorpus c = new HostileCorpus(dir, scale);
    c.good();
    c.text();
    c.html();
    c.warc();
    c.jsonLines();
    c.feeds();
    c.gzip();
    return c.cases;
  }

  /**
   * The analysis limits a run over a corpus of this scale uses, as command-line options of the
   * commands that analyse ({@code figures}, {@code quotes}, {@code analyze}, {@code ingest}).
   */
  static List<String> analysisLimitOptions(double scale) {
    return List.of(
        "--max-sentence-tokens",
        "400",
        "--max-sentences",
        Long.toString(Math.max(200, Math.round(5_000 * Math.min(1, scale * 4)))));
  }

  /** The limits a run over a corpus of this scale uses, as command-line options. */
  static List<String> limitOptions(double scale) {
    return List.of(
        "--max-document-bytes",
        Long.toString(Math.max(256 * 1024, Math.round(16L * 1024 * 1024 * Math.min(1, scale * 4)))),
        "--max-elements-per-page",
        Long.toString(Math.max(2_000, Math.round(100_000 * Math.min(1, scale * 4)))),
        "--max-feed-items",
        Long.toString(Math.max(500, Math.round(10_000 * Math.min(1, scale * 4)))),
        "--max-json-line-bytes",
        Long.toString(
            Math.max(512 * 1024, Math.round(32L * 1024 * 1024 * Math.min(1, scale * 4)))));
  }

  private void add(String file, String attack, boolean named, String... good) {
    cases.add(new Case(file, attack, named, List.of(good)));
  }

  private Path file(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return p;
  }

  private void put(String name, byte[] bytes) throws IOException {
    Files.write(file(name), bytes);
  }

  private void put(String name, String text) throws IOException {
    put(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code count} copies of {@code unit} between a head and a tail, streamed. */
  private void repeat(String name, String head, String unit, long count, String tail)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file(name))) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] u = unit.getBytes(StandardCharsets.UTF_8);
      byte[] block =
          unit.repeat(Math.max(1, (int) Math.min(count, 65536 / Math.max(1, u.length))))
              .getBytes(StandardCharsets.UTF_8);
      long perBlock = block.length / u.length;
      long left = count;
      while (left >= perBlock) {
        out.write(block);
        left -= perBlock;
      }
      for (long i = 0; i < left; i++) {
        out.write(u);
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
  }

  private byte[] junk(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private void good() throws IOException {
    put("good/a.txt", article("Ferries resume after storm", 1));
    add("good/a.txt", "control: plain text", false, "good/a.txt");
    put("good/b.html", page("Port reopens to traffic", 2));
    add("good/b.html", "control: web page", false, "good/b.html");
    put(
        "good/c.jsonl",
        "{\"id\":\"good-1\",\"text\":\""
            + prose(3)
            + "\"}\n{\"id\":\"good-2\",\"html\":\"<p>"
            + prose(4)
            + "</p>\"}\n");
    add("good/c.jsonl", "control: JSON lines", false, "good-1", "good-2");
    put("good/d.warc", warc(List.of(page("Harbour", 5), page("Quay", 6)), List.of()));
    add("good/d.warc", "control: WARC", false, "good/d.warc#2", "good/d.warc#3");
    put("good/e.rss", rss(2, ""));
    add("good/e.rss", "control: RSS", false, "good/e.rss#1", "good/e.rss#2");
    put("good/f.atom", atom(""));
    add("good/f.atom", "control: Atom", false, "good/f.atom#1");
    put("good/g.txt.gz", gzip(article("Zipped report", 7).getBytes(StandardCharsets.UTF_8)));
    add("good/g.txt.gz", "control: gzip text", false, "good/g.txt.gz");
  }

  private void text() throws IOException {
    put("text/nul-bytes.txt", "Title\n\nText\u0000with\u0000NUL bytes.\n");
    add("text/nul-bytes.txt", "NUL bytes", true);
    byte[] utf8 = article("Lying byte-order mark", 8).getBytes(StandardCharsets.UTF_8);
    put("text/lying-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8));
    add(
        "text/lying-bom.txt",
        "UTF-16 byte-order mark before UTF-8 bytes",
        false,
        "text/lying-bom.txt");
    put(
        "text/windows-1252.txt",
        article("Caf\u00e9 owners count the cost", 9).getBytes(Charset.forName("windows-1252")));
    add("text/windows-1252.txt", "not UTF-8", true, "text/windows-1252.txt");
    String rtl = "text/rtl-\u202Eevil.txt";
    put(rtl, "Override \u202Egnirts\u202C in text\n\n" + prose(10) + " \u2066isolate\u2069\n");
    add(rtl, "right-to-left overrides in name and text", false, rtl);
    repeat(
        "text/emoji.txt",
        "Emoji flood\n\n",
        "\uD83D\uDE00\uD83C\uDF89\uD83D\uDC4D\uD83C\uDFFD",
        n(80_000, 2_000),
        "\n");
    add("text/emoji.txt", "emoji-only run", false, "text/emoji.txt");
    repeat(
        "text/unbalanced-quotes.txt",
        "Quotes\n\n",
        "He said \"this and that ",
        n(60_000, 2_000),
        "\n");
    add(
        "text/unbalanced-quotes.txt",
        "unbalanced quote marks",
        false,
        "text/unbalanced-quotes.txt");
    repeat("text/long-line.txt", "Long line\n\n", "a", n(5_000_000, 50_000), "\n");
    add("text/long-line.txt", "one 5-million-character line", false, "text/long-line.txt");
    put("text/binary-junk.txt", junk(n(1_000_000, 20_000)));
    add("text/binary-junk.txt", "binary junk", true);
    String nl = "text/new\nline\u001b[31m.txt";
    put(nl, "");
    add(nl, "newline and escape sequence in the file name (empty file)", true);
    StringBuilder big = new StringBuilder("One long article\n\n");
    for (int i = 0; big.length() < n(1_000_000, 20_000); i++) {
      big.append(prose(i)).append(i % 5 == 4 ? "\n\n" : " ");
    }
    put("text/big-article.txt", big.toString());
    add("text/big-article.txt", "one 1 MB article", false, "text/big-article.txt");
    int tokens = n(20_000, 1_000);
    repeat(
        "text/endless-sentence.txt",
        "Endless sentence\n\n",
        "the harbour authority said ferries would resume 12 services ",
        tokens / 9,
        "\n");
    cases.add(
        new Case(
            "text/endless-sentence.txt",
            "a sentence of " + tokens + " tokens without punctuation (--max-sentence-tokens)",
            true,
            List.of("text/endless-sentence.txt"),
            true));
    int sentences = n(50_000, 1_000);
    repeat("text/many-sentences.txt", "Many sentences\n\n", "Ships sail. ", sentences, "\n");
    cases.add(
        new Case(
            "text/many-sentences.txt",
            "an article of " + sentences + " sentences (--max-sentences)",
            true,
            List.of("text/many-sentences.txt"),
            true));
  }

  private void html() throws IOException {
    int deep = n(100_000, 5_000);
    put(
        "html/deep-nesting.html",
        "<html><body><p>"
            + prose(11)
            + "</p>"
            + "<div>".repeat(deep)
            + "deep"
            + "</div>".repeat(deep)
            + "</body></html>");
    add("html/deep-nesting.html", deep + " nested elements", true, "html/deep-nesting.html");
    repeat(
        "html/million-paragraphs.html",
        "<html><body><article>",
        "<p>Paragraph of text.</p>",
        n(1_000_000, 20_000),
        "</article></body></html>");
    add("html/million-paragraphs.html", "a million paragraphs", true);
    repeat(
        "html/big-text-node.html",
        "<html><body><p>",
        "word ",
        n(10_000_000, 300_000),
        "</p></body></html>");
    add("html/big-text-node.html", "a 50 MB text node", true);
    put(
        "html/lying-charset.html",
        ("<html><head><meta charset=\"shift_jis\"><title>Caf\u00e9</title></head><body><p>"
                + prose(12)
                + " Caf\u00e9 cr\u00e8me.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    add("html/lying-charset.html", "meta charset lies", false, "html/lying-charset.html");
    put(
        "html/unknown-charset.html",
        "<html><head><meta charset=\"x-no-such\"></head><body><p>"
            + prose(13)
            + "</p></body></html>");
    add("html/unknown-charset.html", "unknown charset name", false, "html/unknown-charset.html");
    put(
        "html/surrogate-entity.html",
        "<html><body><p>" + prose(14) + " &#xD800; &#55296; &#x110000;</p></body></html>");
    add(
        "html/surrogate-entity.html",
        "surrogate and out-of-range entities",
        false,
        "html/surrogate-entity.html");
    put("html/nul.html", "<html><body><p>" + prose(15) + "\u0000\u0000</p></body></html>");
    add("html/nul.html", "NUL bytes in markup", false, "html/nul.html");
    put("html/binary.html", junk(n(500_000, 10_000)));
    add("html/binary.html", "binary junk", true);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] record(
      String type, String uri, String contentType, byte[] block, long length) {
    String h =
        "WARC/1.1\r\nWARC-Type: "
            + type
            + "\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(block)
            + ">\r\nWARC-Date: 2026-01-01T00:00:00Z\r\n"
            + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
            + "Content-Type: "
            + contentType
            + "\r\nContent-Length: "
            + length
            + "\r\n\r\n";
    return concat(
        h.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A WARC of a warcinfo record and one response per page; {@code lies} gives, per page, how much
   * its Content-Length differs from the truth (missing entries are honest).
   */
  private static byte[] warc(List<String> pages, List<Long> lies) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] info = "software: hostile-corpus\r\n".getBytes(StandardCharsets.UTF_8);
    out.writeBytes(record("warcinfo", null, "application/warc-fields", info, info.length));
    for (int i = 0; i < pages.size(); i++) {
      byte[] html = pages.get(i).getBytes(StandardCharsets.UTF_8);
      byte[] http =
          concat(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                      + html.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8),
              html);
      long lie = i < lies.size() ? lies.get(i) : 0;
      out.writeBytes(
          record(
              "response",
              "https://example.test/" + i,
              "application/http; msgtype=response",
              http,
              http.length + lie));
    }
    return out.toByteArray();
  }

  private void warc() throws IOException {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pages.add(page("Record " + i, 20 + i));
    }
    put("warc/lying-lengths.warc", warc(pages, List.of(0L, -50L, 0L, 70L, 0L, 99_999_999_999L)));
    add(
        "warc/lying-lengths.warc",
        "Content-Length too short, too long and absurd",
        true,
        "warc/lying-lengths.warc#2",
        "warc/lying-lengths.warc#4",
        "warc/lying-lengths.warc#6");
    byte[] whole = warc(pages.subList(0, 3), List.of());
    put("warc/truncated.warc", java.util.Arrays.copyOf(whole, whole.length - 100));
    add(
        "warc/truncated.warc",
        "last record cut short",
        true,
        "warc/truncated.warc#2",
        "warc/truncated.warc#3");
    put("warc/junk.warc", junk(n(200_000, 10_000)));
    add("warc/junk.warc", "binary junk", true);
    put("warc/junk-between.warc", concat(junk(300), whole));
    add("warc/junk-between.warc", "junk before the first record", true, "warc/junk-between.warc#2");
    put("warc/gzip-junk.warc.gz", gzip(junk(50_000)));
    add("warc/gzip-junk.warc.gz", "gzip of binary junk", true);
  }

  private void jsonLines() throws IOException {
    put(
        "jsonl/cr-bom.jsonl",
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            ("{\"id\":\"cr-1\",\"text\":\""
                    + prose(30)
                    + "\"}\r{\"id\":\"cr-2\",\"text\":\""
                    + prose(31)
                    + "\"}\r")
                .getBytes(StandardCharsets.UTF_8)));
    add("jsonl/cr-bom.jsonl", "byte-order mark and CR-only line ends", false, "cr-1", "cr-2");
    int deep = n(100_000, 5_000);
    put(
        "jsonl/deep.jsonl",
        "{\"id\":\"deep-1\",\"text\":\""
            + prose(32)
            + "\"}\n"
            + "[".repeat(deep)
            + "]".repeat(deep)
            + "\n{\"id\":\"deep-3\",\"text\":\""
            + prose(33)
            + "\",\"x\":"
            + "{\"a\":".repeat(deep)
            + "1"
            + "}".repeat(deep)
            + "}\n{\"id\":\"deep-4\",\"text\":\""
            + prose(34)
            + "\"}\n");
    add("jsonl/deep.jsonl", deep + " nested arrays and objects", true, "deep-1", "deep-4");
    repeat(
        "jsonl/long-line.jsonl",
        "{\"id\":\"long-1\",\"text\":\"" + prose(35) + "\"}\n{\"id\":\"long-2\",\"text\":\"",
        "filler ",
        n(30_000_000, 200_000),
        "\"}\n{\"id\":\"long-3\",\"text\":\"" + prose(36) + "\"}\n");
    add("jsonl/long-line.jsonl", "a 200 MB line", true, "long-1", "long-3");
    put(
        "jsonl/control-ids.jsonl",
        "{\"id\":\"ok\\nforged: line\\u001b[2J\",\"text\":\""
            + prose(37)
            + "\"}\n"
            + "{\"id\":\"bad\\ncorroborate: all good\",\"text\":\"\"}\n"
            + "{\"id\":\"sur\\ud800\",\"text\":\"Lone \\udc00 surrogate. "
            + prose(38)
            + "\"}\n");
    add(
        "jsonl/control-ids.jsonl",
        "control characters and surrogates in ids",
        true,
        "ok\nforged: line\u001b[2J",
        "sur\uFFFD");
    put(
        "jsonl/not-objects.jsonl",
        "[1,2]\n\"x\"\n{}\nnull\n{\"text\":"
            + "1".repeat(5000)
            + "}\n{broken\n{\"id\":\"obj\",\"text\":\""
            + prose(39)
            + "\"}\n");
    add("jsonl/not-objects.jsonl", "arrays, strings, empty objects, huge numbers", true, "obj");
    put(
        "jsonl/invalid-utf8.jsonl",
        concat(
            "{\"id\":\"u1\",\"text\":\"Bad byte \u0000".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28},
            (" " + prose(40) + "\"}\n").getBytes(StandardCharsets.UTF_8)));
    add("jsonl/invalid-utf8.jsonl", "invalid UTF-8 and a raw NUL in a string", true);
  }

  private static String rss(int items, String doctype) {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .append(doctype)
            .append("<rss version=\"2.0\"><channel><title>Harbour News</title>");
    for (int i = 1; i <= items; i++) {
      sb.append("<item><title>Item ")
          .append(i)
          .append("</title><link>https://example.test/item/")
          .append(i)
          .append("</link><description>&lt;p&gt;")
          .append(prose(i))
          .append("&lt;/p&gt;</description></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static String atom(String doctype) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + doctype
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quay Wire</title>"
        + "<id>urn:x:feed</id><updated>2026-01-01T00:00:00Z</updated>"
        + "<entry><title>Entry</title><id>urn:x:1</id><updated>2026-01-01T00:00:00Z</updated>"
        + "<content type=\"html\">&lt;p&gt;"
        + prose(50)
        + "&lt;/p&gt;</content></entry></feed>";
  }

  private void feeds() throws IOException {
    String laughs =
        "<!DOCTYPE rss [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
    put("feeds/billion-laughs.rss", rss(1, laughs).replace("Item 1", "&lol9;"));
    add("feeds/billion-laughs.rss", "billion laughs", true);
    String xxe = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    put("feeds/xxe.rss", rss(1, xxe).replace("Item 1", "&xxe;"));
    add("feeds/xxe.rss", "external entity naming /etc/passwd", true);
    String xxeAtom = "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    put("feeds/xxe.atom", atom(xxeAtom).replace("<title>Entry</title>", "<title>&xxe;</title>"));
    add("feeds/xxe.atom", "external entity in Atom", true);
    String param = "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>";
    put("feeds/parameter-entity.xml", rss(1, param));
    add("feeds/parameter-entity.xml", "external parameter entity", true);
    put("feeds/external-dtd.rss", rss(1, "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/x.dtd\">"));
    add("feeds/external-dtd.rss", "external DTD on a closed port", true);
    int deep = n(100_000, 5_000);
    put(
        "feeds/deep.rss",
        rss(1, "")
            .replace(
                "</description>", "</description>" + "<x>".repeat(deep) + "</x>".repeat(deep)));
    add("feeds/deep.rss", deep + " nested elements in an item", true);
    put(
        "feeds/deep-description.atom",
        atom("")
            .replace(
                "</content>",
                "</content><summary type=\"xhtml\">"
                    + "<div xmlns=\"http://www.w3.org/1999/xhtml\">".repeat(1)
                    + "<b>".repeat(deep)
                    + "</b>".repeat(deep)
                    + "</div></summary>"));
    add("feeds/deep-description.atom", deep + " nested elements in Atom", true);
    int items = n(100_000, 2_000);
    put("feeds/many-items.rss", rss(items, ""));
    add(
        "feeds/many-items.rss",
        items + " items",
        true,
        "feeds/many-items.rss#1",
        "feeds/many-items.rss#100");
    put("feeds/not-xml.rss", junk(5_000));
    add("feeds/not-xml.rss", "binary junk", true);
    put("feeds/truncated.rss", rss(3, "").substring(0, 600));
    add("feeds/truncated.rss", "cut mid-document", true);
  }

  private void gzip() throws IOException {
    byte[] z = gzip(article("Zipped", 60).getBytes(StandardCharsets.UTF_8));
    put("gzip/truncated.txt.gz", java.util.Arrays.copyOf(z, z.length / 2));
    add("gzip/truncated.txt.gz", "truncated gzip", true);
    long bomb = Math.max(8L << 20, Math.round((1L << 30) * scale));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(file("gzip/bomb.html.gz")), 65536)) {
      byte[] zeros = new byte[1 << 20];
      for (long done = 0; done < bomb; done += zeros.length) {
        out.write(zeros);
      }
    }
    add("gzip/bomb.html.gz", (bomb >> 20) + " MiB of zeros in a gzip bomb", true);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(file("gzip/bomb.jsonl.gz")), 65536)) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      out.write("{\"id\":\"b1\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
      for (long done = 0; done < bomb; done += spaces.length) {
        out.write(spaces);
      }
      out.write(
          ("\"}\n{\"id\":\"bomb-2\",\"text\":\"" + prose(61) + "\"}\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    add("gzip/bomb.jsonl.gz", "gzip bomb in one JSON line", true, "bomb-2");
    put("gzip/junk.txt.gz", gzip(junk(n(1_000_000, 50_000))));
    add("gzip/junk.txt.gz", "gzip of binary junk", true);
    put("gzip/not-gzip.jsonl.gz", "{\"id\":\"plain\",\"text\":\"not compressed\"}\n");
    add("gzip/not-gzip.jsonl.gz", "not gzip data", true);
    put("gzip/feed.rss.gz", gzip(rss(2, "").getBytes(StandardCharsets.UTF_8)));
    add(
        "gzip/feed.rss.gz",
        "control: gzip feed",
        false,
        "gzip/feed.rss.gz#1",
        "gzip/feed.rss.gz#2");
  }

  /** Writes a corpus: {@code HostileCorpus DIR [SCALE]}, scale 1.0 by default; prints the cases. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HostileCorpus DIR [SCALE]");
      System.exit(2);
    }
    double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    for (Case c : write(Path.of(args[0]), scale)) {
      System.out.println(
          (c.named() ? "named\t" : "quiet\t")
              + c.file().replace("\n", "\\n").replace("\u001b", "\\e")
              + "\t"
              + c.attack());
    }
    System.out.println("limits\t" + String.join(" ", limitOptions(scale)));
    System.out.println("analysis-limits\t" + String.join(" ", analysisLimitOptions(scale)));
  }
}
