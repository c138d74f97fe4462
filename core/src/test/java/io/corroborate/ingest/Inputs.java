package io.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Builds input files for tests. */
final class Inputs {

  private Inputs() {}

  static Path write(Path dir, String name, String content) throws IOException {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  /** A WARC file with a warcinfo record and one HTML response per page. */
  static byte[] warc(String... pagesAndUrls) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record(
        out,
        "warcinfo",
        null,
        "application/warc-fields",
        "software: test\r\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < pagesAndUrls.length; i += 2) {
      byte[] html = pagesAndUrls[i].getBytes(StandardCharsets.UTF_8);
      byte[] http =
          concat(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                      + html.length
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8),
              html);
      record(out, "response", pagesAndUrls[i + 1], "application/http; msgtype=response", http);
    }
    return out.toByteArray();
  }

  private static void record(
      ByteArrayOutputStream out, String type, String uri, String contentType, byte[] block) {
    StringBuilder h = new StringBuilder();
    h.append("WARC/1.1\r\nWARC-Type: ").append(type).append("\r\n");
    h.append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-")
        .append(String.format("%012d", out.size()))
        .append(">\r\n");
    h.append("WARC-Date: 2026-01-01T00:00:00Z\r\n");
    if (uri != null) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Reads paths and returns documents and problems. */
  static Result read(InputLimits limits, Path... paths) {
    Result r = new Result();
    new CorpusReader(limits).read(List.of(paths), r.docs::add, r.problems::add);
    return r;
  }

  static Result read(Path... paths) {
    return read(InputLimits.DEFAULTS, paths);
  }

  static final class Result {
    final List<RawDocument> docs = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
  }
}
