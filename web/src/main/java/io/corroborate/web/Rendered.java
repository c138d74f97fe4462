package io.corroborate.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered answer kept to be sent many times, held gzipped. A story's page is about a hundred
 * kilobytes and its JSON half a megabyte: kept as text, a few hundred stories filled the server's
 * memory, and encoding the text again for every request made more garbage than serving did. Held
 * gzipped, the answers of thousands of stories fit, a client that accepts gzip is sent the bytes as
 * they are, and any other is sent them inflated on the way out (no copy of the whole text made).
 */
public final class Rendered {

  private final byte[] gzip;
  private final int length;

  private Rendered(byte[] gzip, int length) {
    this.gzip = gzip;
    this.length = length;
  }

  /** The text, encoded as UTF-8 and gzipped now. */
  public static Rendered of(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 6 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out, 16384)) {
      z.write(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(out.toByteArray(), utf8.length);
  }

  /** The text (inflated again: for tests and rare callers). */
  public String text() {
    try (InputStream in = inflated()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The UTF-8 bytes gzipped (shared: not to be changed). */
  byte[] gzip() {
    return gzip;
  }

  /** The UTF-8 bytes, inflated as they are read. */
  InputStream inflated() {
    try {
      return new GZIPInputStream(new ByteArrayInputStream(gzip), 16384);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The length of the UTF-8 bytes. */
  int length() {
    return length;
  }

  /** Bytes held. */
  long weight() {
    return gzip.length + 64L;
  }
}
