package io.corroborate.clean;

import java.util.Locale;

/** Cheap surface features of a block's text, computed once per block. */
final class BlockFeatures {

  final String text;
  final String lower;

  /** The text without leading bullets and separators and trailing colons or arrows. */
  final String core;

  final int words;
  final int letters;
  final int upperLetters;
  final boolean endsTerminal;
  final boolean endsEllipsis;
  final boolean hasQuoteMark;

  BlockFeatures(String text) {
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
    this.core = stripDecoration(lower);
    int w = 0;
    boolean inWord = false;
    int l = 0;
    int u = 0;
    boolean quote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        w++;
      }
      if (Character.isLetter(c)) {
        l++;
        if (Character.isUpperCase(c)) {
          u++;
        }
      }
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb') {
        quote = true;
      }
    }
    this.words = w;
    this.letters = l;
    this.upperLetters = u;
    this.hasQuoteMark = quote;
    String t = text.stripTrailing();
    this.endsEllipsis = t.endsWith("...") || t.endsWith("\u2026");
    this.endsTerminal = endsTerminal(t);
  }

  /** All letters upper case, with enough letters to tell. */
  boolean isAllCaps() {
    return letters >= 8 && upperLetters * 10 >= letters * 9;
  }

  /** Short enough to be a label rather than prose. */
  boolean isShort() {
    return words <= 6 && !endsTerminal;
  }

  /** Long, punctuated prose: the shape of reporting. */
  boolean isProse() {
    return (words >= 12 && endsTerminal) || words >= 30;
  }

  private static boolean endsTerminal(String t) {
    int i = t.length() - 1;
    while (i >= 0 && isClosing(t.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = t.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f';
  }

  private static boolean isClosing(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201d'
        || c == '\u2019'
        || c == ')'
        || c == '\u00bb'
        || c == ']';
  }

  static String stripDecoration(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isDecoration(s.charAt(start))) {
      start++;
    }
    while (end > start && (isDecoration(s.charAt(end - 1)) || s.charAt(end - 1) == ':')) {
      end--;
    }
    return s.substring(start, end).trim();
  }

  private static boolean isDecoration(char c) {
    return Character.isWhitespace(c)
        || c == '\u00b7'
        || c == '\u2022'
        || c == '|'
        || c == '-'
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u00bb'
        || c == '\u203a'
        || c == '>'
        || c == '*'
        || c == '#'
        || c == '\u25ba'
        || c == '\u25b6';
  }
}
