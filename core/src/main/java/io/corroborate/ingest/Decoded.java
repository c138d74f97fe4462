package io.corroborate.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Bytes decoded to text, with the encoding used and a warning when the decoding was not clean.
 *
 * @param text the decoded text
 * @param charset the encoding used
 * @param warning what was not clean (an encoding guessed, bytes replaced), or null
 */
public record Decoded(String text, Charset charset, String warning) {

  /** Validates the fields. */
  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
