package io.corroborate.claims.figures;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/**
 * One token of a sentence as the extractor reads it: words, tags and body offsets copied out of a
 * CoreNLP label so that the shared analysis is never modified.
 *
 * @param word the word as written
 * @param lower the word in lower case
 * @param tag the part-of-speech tag, or "X" when unknown
 * @param lemma the lemma, or the lower-cased word
 * @param ner the numeric entity type from CoreNLP's number classifier, or "O"
 * @param begin start offset in the analysed body
 * @param end end offset in the analysed body
 * @param before the whitespace before the token
 */
record Tok(
    String word,
    String lower,
    String tag,
    String lemma,
    String ner,
    int begin,
    int end,
    String before) {

  /** Copies a CoreNLP token. */
  static Tok of(CoreLabel l) {
    String w = l.word() == null ? "" : l.word();
    String tag = l.tag() == null ? "X" : l.tag();
    String lemma =
        l.lemma() == null ? w.toLowerCase(Locale.ROOT) : l.lemma().toLowerCase(Locale.ROOT);
    String ner = l.ner() == null ? "O" : l.ner();
    String before = l.get(CoreAnnotations.BeforeAnnotation.class);
    return new Tok(
        w,
        w.toLowerCase(Locale.ROOT),
        tag,
        lemma,
        ner,
        l.beginPosition(),
        l.endPosition(),
        before == null ? " " : before);
  }

  /** Whether the tag says noun. */
  boolean isNoun() {
    return tag.startsWith("NN");
  }

  /** Whether the tag says proper noun. */
  boolean isProper() {
    return tag.equals("NNP") || tag.equals("NNPS");
  }

  /** Whether the tag says verb. */
  boolean isVerb() {
    return tag.startsWith("VB");
  }

  /** Whether the tag says adjective. */
  boolean isAdjective() {
    return tag.startsWith("JJ");
  }

  /** Whether the token is punctuation. */
  boolean isPunct() {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word starts with an upper-case letter. */
  boolean capitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
