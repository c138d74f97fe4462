package io.corroborate.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the sentences of a document that get the costly entity layer (the statistical entity
 * recogniser and SUTime): a stage that reads entities or dates only in some sentences says which,
 * and the others are not tagged. The sentences given have tokens, parts of speech and lemmas.
 * Implementations must be deterministic (the same sentences give the same choice) and thread-safe.
 */
@FunctionalInterface
public interface SentenceScope {

  /** Every sentence. */
  SentenceScope ALL =
      sentences -> {
        boolean[] all = new boolean[sentences.size()];
        Arrays.fill(all, true);
        return all;
      };

  /**
   * One flag per sentence, true for those to tag.
   *
   * @param sentences the document's sentences, in order
   */
  boolean[] choose(List<CoreMap> sentences);
}
