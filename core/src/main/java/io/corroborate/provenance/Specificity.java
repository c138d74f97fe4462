package io.corroborate.provenance;

/**
 * How dense a text is in specifics: the share of its words that hold a digit or are capitalised
 * inside a sentence (names, places, organisations, figures). An original report is dense in them; a
 * retelling generalises ("the lineman", "the record") and pads with framing, so it is sparser.
 * Stateless.
 */
final class Specificity {

  private Specificity() {}

  /** The share of specific words, 0 for a text without words. */
  static double of(String text) {
    int words = 0;
    int specific = 0;
    boolean sentenceStart = true;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        boolean digit = false;
        while (i < n
            && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '\''
                || text.charAt(i) == '\u2019'
                || text.charAt(i) == '-')) {
          digit |= Character.isDigit(text.charAt(i));
          i++;
        }
        words++;
        if (digit || !sentenceStart && Character.isUpperCase(text.charAt(start))) {
          specific++;
        }
        sentenceStart = false;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        sentenceStart = true;
      }
      i++;
    }
    return words == 0 ? 0 : specific / (double) words;
  }
}
