package io.corroborate.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Article ids as INTERFACES.md (Identity) defines them: from the article's normalised URL, else the
 * identifier its input gave (a feed item's GUID, a JSON line's {@code id}), else its content. An id
 * is {@code a} and 20 base-32 digits of a SHA-256 digest (100 bits), so collisions are negligible
 * at 10^9 articles. Thread-safe.
 */
public final class ArticleIds {

  /** Bits of the digest an id keeps. */
  public static final int BITS = 100;

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final Set<String> TRACKING = new TreeSet<>();
  private static final List<String> TRACKING_PREFIXES = new ArrayList<>();

  static {
    try (InputStream in = ArticleIds.class.getResourceAsStream("tracking-parameters.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource tracking-parameters.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String name = line.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (name.endsWith("*")) {
          TRACKING_PREFIXES.add(name.substring(0, name.length() - 1));
        } else {
          TRACKING.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ArticleIds() {}

  /**
   * The id of an article.
   *
   * @param url its address, or null
   * @param givenId the identifier its input gave (feed GUID, JSON-line id), or null
   * @param content its text as read
   */
  public static String of(String url, String givenId, String content) {
    String normalized = url == null ? null : normalizeUrl(url);
    if (normalized != null) {
      return digest("url\u0000" + normalized);
    }
    if (givenId != null && !givenId.isBlank()) {
      return digest("id\u0000" + givenId.strip());
    }
    return digest("content\u0000" + content);
  }

  /**
   * The URL as an id sees it: scheme and host lower-cased, default port, fragment and tracking
   * parameters dropped, an empty path as {@code /}; null when it is not an absolute http(s) URL.
   */
  public static String normalizeUrl(String url) {
    URI u;
    try {
      u = new URI(url.strip());
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
    String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
    if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
      return null;
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    int port = u.getPort();
    boolean defaultPort =
        port < 0 || port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
    String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (!defaultPort) {
      sb.append(':').append(port);
    }
    sb.append(path);
    String query = u.getRawQuery();
    if (query != null) {
      StringBuilder kept = new StringBuilder();
      for (String part : query.split("&")) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        String name = (eq < 0 ? part : part.substring(0, eq)).toLowerCase(Locale.ROOT);
        if (tracking(name)) {
          continue;
        }
        kept.append(kept.length() == 0 ? "" : "&").append(part);
      }
      if (kept.length() > 0) {
        sb.append('?').append(kept);
      }
    }
    return sb.toString();
  }

  private static boolean tracking(String name) {
    if (TRACKING.contains(name)) {
      return true;
    }
    for (String p : TRACKING_PREFIXES) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static String digest(String key) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    updateUtf8(sha, key);
    byte[] h = sha.digest();
    StringBuilder sb = new StringBuilder("a");
    long buffer = 0;
    int bits = 0;
    int i = 0;
    while (sb.length() < 1 + BITS / 5) {
      if (bits < 5) {
        buffer = buffer << 8 | (h[i++] & 0xff);
        bits += 8;
      }
      sb.append(BASE32[(int) (buffer >>> (bits - 5)) & 31]);
      bits -= 5;
    }
    return sb.toString();
  }

  /**
   * Feeds a text's UTF-8 bytes to a digest through a small buffer: the same bytes as {@code
   * text.getBytes(UTF_8)} (a lone surrogate becomes '?'), without a copy of a whole page.
   */
  public static void updateUtf8(MessageDigest sha, String text) {
    int len = text.length();
    char[] chars = new char[4096];
    byte[] buf = new byte[chars.length * 3 + 4];
    for (int from = 0; from < len; ) {
      int to = Math.min(len, from + chars.length);
      if (to < len && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
      int count = to - from;
      text.getChars(from, to, chars, 0);
      int n = 0;
      for (int i = 0; i < count; i++) {
        char c = chars[i];
        if (c < 0x80) {
          buf[n++] = (byte) c;
        } else if (c < 0x800) {
          buf[n++] = (byte) (0xc0 | (c >> 6));
          buf[n++] = (byte) (0x80 | (c & 0x3f));
        } else if (!Character.isSurrogate(c)) {
          buf[n++] = (byte) (0xe0 | (c >> 12));
          buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
          buf[n++] = (byte) (0x80 | (c & 0x3f));
        } else if (Character.isHighSurrogate(c)
            && i + 1 < count
            && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          buf[n++] = (byte) (0xf0 | (cp >> 18));
          buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
          buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
          buf[n++] = (byte) (0x80 | (cp & 0x3f));
        } else {
          buf[n++] = (byte) '?';
        }
      }
      sha.update(buf, 0, n);
      from = to;
    }
  }
}
