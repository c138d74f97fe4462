package io.corroborate.clean;

/**
 * Tells program text that leaked into a page's prose (a {@code <script>} whose tag was broken, a
 * data blob printed as text) from writing: code is dense in braces, semicolons, brackets and
 * operators, which prose in any language uses rarely. Code that a page shows on purpose sits in
 * {@code <pre>} or {@code <code>} and is left to the reader. Stateless and thread-safe.
 */
final class ScriptText {

  /** Share of a block's visible characters that are code syntax above which it is code. */
  static final double MIN_SYNTAX_SHARE = 0.08;

  /** Braces and semicolons a block needs before it can be called code. */
  static final int MIN_STATEMENT_MARKS = 4;

  /** Blocks shorter than this are never judged: a label with a brace is not a program. */
  static final int MIN_CHARS = 40;

  private ScriptText() {}

  /** Counts of code syntax over a run of text, added to as text nodes are read. */
  static final class Tally {
    int visible;
    int syntax;
    int statements;

    /** Adds one text node's characters. */
    void add(CharSequence s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (TextBlocks.isSpace(c)) {
          continue;
        }
        visible++;
        switch (c) {
          case '{', '}', ';' -> {
            syntax++;
            statements++;
          }
          case '=', '(', ')', '[', ']', '<', '>', '|', '&', '$', '\\' -> syntax++;
          default -> {
            // a letter, digit or ordinary punctuation
          }
        }
      }
    }

    /** Whether the text read so far is program text. */
    boolean isCode() {
      return visible >= MIN_CHARS
          && statements >= MIN_STATEMENT_MARKS
          && syntax >= MIN_SYNTAX_SHARE * visible;
    }
  }

  /** Whether a string is program text. */
  static boolean isCode(CharSequence s) {
    Tally t = new Tally();
    t.add(s);
    return t.isCode();
  }
}
