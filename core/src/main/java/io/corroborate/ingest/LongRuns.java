package io.corroborate.ingest;

/**
 * Keeps text from making the tokenizer quadratic. CoreNLP's tokenizer (a JFlex longest-match lexer)
 * reads ahead to the end of an unbroken run of non-space characters for every token it takes from
 * the run, so a megabyte of emoji or punctuation without a space costs time in the square of the
 * run's length. Runs longer than {@link #MAX_RUN} characters get a space every {@code MAX_RUN}
 * characters in the copy handed to the tokenizer. The copy has the same length as the text, so
 * every offset the tokenizer reports still points into the text as read; real prose (words, long
 * URLs) never has such runs and is handed on unchanged. Stateless.
 */
public final class LongRuns {

  /** Longest run of non-space characters handed to the tokenizer whole. */
  public static final int MAX_RUN = 256;

  private LongRuns() {}

  /** The text with long non-space runs broken by spaces, same length; the text itself if none. */
  public static String forTokenizer(String text) {
    char[] chars = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        run = 0;
        continue;
      }
      run++;
      if (run <= MAX_RUN || Character.isLowSurrogate(c)) {
        continue;
      }
      if (chars == null) {
        chars = text.toCharArray();
      }
      chars[i] = ' ';
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        chars[++i] = ' '; // a whole pair, never half of one
      }
      run = 0;
    }
    return chars == null ? text : new String(chars);
  }
}
