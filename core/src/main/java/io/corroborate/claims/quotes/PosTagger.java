package io.corroborate.claims.quotes;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import io.corroborate.nlp.CoreNlp;
import java.util.List;

/**
 * CoreNLP's English part-of-speech tagger (the model the POS layer uses), applied to chosen
 * sentences only, so that an article pays for tagging just where quotes and attributions can be.
 * The model is the shared analysis' own ({@link CoreNlp#posTagger}), loaded once per JVM.
 * Thread-safe: the tagger's model is read-only.
 */
final class PosTagger {

  static final String MODEL = CoreNlp.POS_MODEL;

  private PosTagger() {}

  private static MaxentTagger tagger() {
    return CoreNlp.posTagger();
  }

  /** The tags of a sentence's tokens, in order; the tokens are not modified. */
  static String[] tags(List<CoreLabel> sentence) {
    List<TaggedWord> tagged = tagger().tagSentence(sentence);
    String[] out = new String[sentence.size()];
    for (int i = 0; i < out.length && i < tagged.size(); i++) {
      out[i] = tagged.get(i).tag();
    }
    return out;
  }

  /** Loads the model now. */
  static void preload() {
    tagger();
  }
}
