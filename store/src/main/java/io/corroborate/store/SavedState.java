package io.corroborate.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Linking state kept as named state values: the copy index and the story clusterer (deflated, in
 * Base64), each with the mark of what it covers: how many of the current articles, and a digest of
 * their ids, revisions and analyses (and copy-group keys).
 */
final class SavedState {

  private SavedState() {}

  /** Something that writes itself to a stream. */
  interface Saver {
    void save(java.io.OutputStream out) throws IOException;
  }

  /** Something read back from a stream. */
  interface Reader<T> {
    T read(java.io.InputStream in) throws IOException;
  }

  static String write(Saver saver) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
      saver.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  static <T> T read(String state, Reader<T> reader) throws IOException {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(state);
    } catch (IllegalArgumentException e) {
      throw new IOException("saved state is not Base64", e);
    }
    try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes))) {
      return reader.read(in);
    }
  }

  /** {@code "<count>:<digest>"} of the first {@code count} entries. */
  static String coverage(List<String> entries, int count) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < count; i++) {
        md.update(entries.get(i).getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return count + ":" + HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The count of a coverage mark, or -1 when it is not one. */
  static int count(String coverage) {
    int colon = coverage.indexOf(':');
    try {
      return colon < 0 ? -1 : Integer.parseInt(coverage.substring(0, colon));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
