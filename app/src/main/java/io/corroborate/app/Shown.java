package io.corroborate.app;

/** Article text shown on a terminal: control characters out, length bounded. */
final class Shown {

  private Shown() {}

  /** The text on one line without control characters, at most {@code max} characters. */
  static String plain(String text, int max) {
    if (text == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT
                  || Character.getType(c) == Character.LINE_SEPARATOR
                  || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                b.append(' ');
              } else {
                b.appendCodePoint(c);
              }
            });
    String s = b.toString().strip().replaceAll(" {2,}", " ");
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
