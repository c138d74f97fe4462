package io.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/** Reads streams into memory without ever holding more than a limit. */
final class BoundedBytes {

  private BoundedBytes() {}

  /**
   * All bytes of a stream.
   *
   * @throws InputFormatException when there are more than {@code max} bytes, or the gzip stream is
   *     broken
   */
  static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[65536];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > max) {
          throw new InputFormatException(tooLarge(max));
        }
        out.write(buf, 0, n);
      }
    } catch (EOFException e) {
      throw new InputFormatException("truncated gzip stream (" + e.getMessage() + ")", e);
    } catch (ZipException e) {
      throw new InputFormatException("not valid gzip data (" + e.getMessage() + ")", e);
    }
    return out.toByteArray();
  }

  static String tooLarge(long max) {
    return "larger than the limit of " + human(max) + " for one document";
  }

  static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
    if (bytes >= 1 << 10) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
