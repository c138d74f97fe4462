package io.corroborate.claims.quotes;

/**
 * One token of an article's body: its word, part of speech (null where the sentence was not
 * tagged), body offsets, sentence and paragraph, and whether it lies inside a quote.
 */
final class Tok {
  final int index;
  final String word;
  final String lower;
  String tag;
  final int start;
  final int end;
  final int sentence;
  final int paragraph;

  /** The index of the quote whose content holds this token, or -1. */
  int quote = -1;

  /** Whether this token is a quote mark that opens or closes a quote. */
  boolean mark;

  Tok(int index, String word, String tag, int start, int end, int sentence, int paragraph) {
    this.index = index;
    this.word = word;
    this.lower = Lexicon.lower(word);
    this.tag = tag;
    this.start = start;
    this.end = end;
    this.sentence = sentence;
    this.paragraph = paragraph;
  }

  boolean tagged() {
    return tag != null;
  }

  boolean inQuote() {
    return quote >= 0 || mark;
  }

  boolean isVerb() {
    return tag != null && tag.startsWith("VB");
  }

  /** A finite verb or modal: the mark of a clause. */
  boolean isFiniteVerb() {
    return tag != null
        && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"));
  }

  boolean isNoun() {
    return tag != null && tag.startsWith("NN");
  }

  boolean isProperTag() {
    return tag != null && tag.startsWith("NNP");
  }

  boolean isCapitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  boolean is(String lowerWord) {
    return lower.equals(lowerWord);
  }

  boolean isPunct() {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A full stop, question or exclamation mark that ends a sentence. */
  boolean isSentenceEnd() {
    return word.equals(".")
        || word.equals("!")
        || word.equals("?")
        || word.equals("...")
        || word.equals("\u2026");
  }

  @Override
  public String toString() {
    return word + (tag == null ? "" : "/" + tag);
  }
}
