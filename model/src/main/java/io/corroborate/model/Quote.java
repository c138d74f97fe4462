package io.corroborate.model;

import java.util.Objects;

/**
 * A quote or reported statement in an article.
 *
 * @param text the quoted words, without quote marks for direct quotes
 * @param start start of {@code text} in the article's text as read
 * @param end end, exclusive
 * @param speaker the fullest name the article gives the speaker, or null
 * @param speakerStart start of the speaker mention the attribution uses, or null
 * @param speakerEnd its end, or null
 * @param role what the article says the speaker is, or null
 * @param verb the attribution verb, or null
 * @param direct false for reported speech
 * @param verbStart start of the attribution verb (the cue: "said", "according to"), or null
 * @param verbEnd its end, or null
 */
public record Quote(
    String text,
    int start,
    int end,
    String speaker,
    Integer speakerStart,
    Integer speakerEnd,
    String role,
    String verb,
    boolean direct,
    Integer verbStart,
    Integer verbEnd) {

  /** Validates the fields. */
  public Quote {
    Objects.requireNonNull(text, "text");
    new Span(start, end);
    if ((speakerStart == null) != (speakerEnd == null)) {
      throw new IllegalArgumentException(
          "speakerStart and speakerEnd go together: speakerStart="
              + speakerStart
              + ", speakerEnd="
              + speakerEnd);
    }
    if (speakerStart != null) {
      new Span(speakerStart, speakerEnd);
    }
    if ((verbStart == null) != (verbEnd == null)) {
      throw new IllegalArgumentException(
          "verbStart and verbEnd go together: verbStart=" + verbStart + ", verbEnd=" + verbEnd);
    }
    if (verbStart != null) {
      new Span(verbStart, verbEnd);
    }
  }
}
