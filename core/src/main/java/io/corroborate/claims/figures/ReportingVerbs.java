package io.corroborate.claims.figures;

/**
 * The lemmas of verbs that attribute a statement to a source ("say", "report"), for other stages.
 */
public final class ReportingVerbs {

  private ReportingVerbs() {}

  /** Whether the lemma is a reporting verb: it says who claims a figure, not what happened. */
  public static boolean contains(String lemma) {
    return lemma != null && Lexicon.REPORTING_VERBS.contains(lemma);
  }
}
