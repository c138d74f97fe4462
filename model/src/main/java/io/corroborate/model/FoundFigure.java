package io.corroborate.model;

import java.util.Objects;

/**
 * A figure with what reconciliation needs besides the contract's fields: where its sentence is and
 * the lemmas that say what it counts.
 *
 * @param figure the figure, offsets into the article's text as read
 * @param sentence the span of its sentence in the article's text as read
 * @param head lemma of the counted noun or unit ("resident", "%"), or null
 * @param event lemma of the verb or noun saying what happened to it ("evacuate", "kill"), or null
 * @param subset whether the text presents it as part of another count ("4,000 of whom")
 * @param what the counted or measured noun phrase alone ("Marrowick residents"), or null
 * @param eventText the event as written ("killed or wounded"), or null
 * @param sentenceText the sentence as the cleaned body gives it (no markup), whitespace collapsed
 */
public record FoundFigure(
    Figure figure,
    Span sentence,
    String head,
    String event,
    boolean subset,
    String what,
    String eventText,
    String sentenceText) {

  /** Validates the fields. */
  public FoundFigure {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(sentence, "sentence");
  }
}
