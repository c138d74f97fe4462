package io.corroborate.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered answer kept to be sent many times: its UTF-8 bytes and their gzip form, each made
 * once. A story page is hundreds of kilobytes; encoding it on every request (and compressing it for
 * every browser) cost more than serving it, and the garbage paused the server.
 */
public final class Rendered {

  /** Shorter answers are sent as they are: gzip would save less than its header costs. */
  static final int MIN_GZIP_BYTES = 1024;

  private final String text;
  private final byte[] utf8;
  private final byte[] gzip;

  private Rendered(String text) {
    this.text = text;
    this.utf8 = text.getBytes(StandardCharsets.UTF_8);
    this.gzip = utf8.length < MIN_GZIP_BYTES ? null : gzip(utf8);
  }

  /** The text, encoded and compressed now. */
  public static Rendered of(String text) {
    return new Rendered(text);
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The text as UTF-8 (shared: not to be changed). */
  byte[] utf8() {
    return utf8;
  }

  /** The UTF-8 bytes gzipped (shared: not to be changed), or null when too short to be worth it. */
  byte[] gzip() {
    return gzip;
  }

  /** Bytes held: the text, its UTF-8 and its gzip form. */
  long weight() {
    return 2L * text.length() + utf8.length + (gzip == null ? 0 : gzip.length);
  }

  private static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 6 + 64);
    try (GZIPOutputStream z =
        new GZIPOutputStream(out, 8192) {
          {
            def.setLevel(Deflater.DEFAULT_COMPRESSION);
          }
        }) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
