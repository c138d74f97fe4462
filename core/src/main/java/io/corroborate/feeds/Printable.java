package io.corroborate.feeds;

/**
 * Makes text from the network safe to show on one terminal line: control characters, line and
 * paragraph separators and bidirectional overrides become {@code \\uXXXX}, and long text is cut.
 */
public final class Printable {

  /** Longest text shown. */
  public static final int MAX_CHARS = 300;

  private Printable() {}

  /** The text escaped and cut to {@link #MAX_CHARS}; "null" for null. */
  public static String of(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_CHARS) + 16);
    for (int i = 0; i < s.length(); i++) {
      if (sb.length() >= MAX_CHARS) {
        sb.append("...");
        break;
      }
      char c = s.charAt(i);
      if (Character.isISOControl(c)
          || c == '\u2028'
          || c == '\u2029'
          || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069')
          || c == '\u200e'
          || c == '\u200f') {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
