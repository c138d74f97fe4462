package io.corroborate.eval;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --half a|b|both} option of the extraction evaluations: a development set split in two
 * by site, so that a rule changed while looking at one half can be checked on pages of sites it
 * never saw. A page's half is fixed by a hash of its URL's host (lower case, without a leading
 * {@code www.}), so all pages of one site fall in the same half and the split never changes.
 */
final class SiteHalves {

  /** Which halves to report. */
  enum Half {
    A,
    B,
    BOTH
  }

  @Option(
      names = "--half",
      paramLabel = "a|b|both",
      description = "Score site half A, half B, or both halves and the whole set (default: both).",
      converter = HalfConverter.class)
  Half half = Half.BOTH;

  /** Whether the half {@code name} ("a" or "b") is to be reported. */
  boolean reports(String name) {
    return half == Half.BOTH || half.name().equalsIgnoreCase(name);
  }

  /** "a" or "b": the half of the site that served {@code url}, or of {@code key} without a URL. */
  static String of(String url) {
    return hashByte(host(url)) % 2 == 0 ? "a" : "b";
  }

  /** The site of a URL: its host, lower case, without "www."; the text itself when no host. */
  static String host(String url) {
    String h = null;
    try {
      h = URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      h = null;
    }
    if (h == null) {
      h = url.strip();
    }
    h = h.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static int hashByte(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return d[0] & 0xff;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads "a", "b" or "both" in any case. */
  static final class HalfConverter implements picocli.CommandLine.ITypeConverter<Half> {
    @Override
    public Half convert(String value) {
      return Half.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }
}
