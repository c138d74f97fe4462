package io.corroborate.ingest;

import java.util.Objects;

/**
 * Something wrong with one input: where, what, and whether the input was skipped.
 *
 * @param where the path, with {@code :LINE} or {@code #RECORD} when it is inside a file
 * @param message what is wrong, specific enough to act on
 * @param skipped whether the input (or record, or line) was left out
 */
public record Problem(String where, String message, boolean skipped) {

  /** Validates the fields. */
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A document that is the same article (same address, given id or text) as an earlier one of the
   * same run, and what was done with it.
   *
   * @param source the later document
   * @param earlier the earlier document's source
   * @param outcome what was done, as the end of the message (": kept the first", ...)
   * @param skipped whether the later document was left out
   */
  public static Problem sameArticle(
      String source, String earlier, String outcome, boolean skipped) {
    return new Problem(
        source,
        "is the same article as " + earlier + " (same address, given id or text)" + outcome,
        skipped);
  }

  /** The problem as one line: {@code where: message}, with control characters escaped. */
  @Override
  public String toString() {
    return escape(where) + ": " + escape(message);
  }

  /**
   * Text safe to show on one terminal line: control characters (C0, DEL, C1), line and paragraph
   * separators, bidirectional overrides and unpaired surrogates become {@code \n}, {@code \t},
   * {@code \r} or {@code \}{@code uXXXX}, so a file name or a JSON id can neither start a forged
   * line nor send escape sequences or reorder what is shown.
   */
  public static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair || !unsafe(c)) {
        if (sb != null) {
          sb.append(c);
          if (pair) {
            sb.append(s.charAt(i + 1));
          }
        }
        if (pair) {
          i++;
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }
}
