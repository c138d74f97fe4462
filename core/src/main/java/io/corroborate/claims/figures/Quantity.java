package io.corroborate.claims.figures;

import io.corroborate.model.FigureKind;
import io.corroborate.model.Qualifier;

/**
 * A quantity found in one sentence, in token positions, as the scanner builds it and the later
 * steps (what it counts, who claims it, when) complete it. Not thread-safe; lives for one sentence.
 */
final class Quantity {

  /** First token of the words stating it (qualifier included). */
  int start;

  /** Token after the last word stating it. */
  int end;

  /** First token of the number itself. */
  int numStart;

  /** Token after the number (and its magnitude words). */
  int numEnd;

  Double value;
  Double low;
  Double high;
  Qualifier qualifier = Qualifier.EXACT;
  FigureKind kind = FigureKind.OTHER;
  String unit;

  /** The token of the counted noun or the unit, or -1: where the counts phrase is anchored. */
  int head = -1;

  /** The token whose place in the dependency graph stands for the quantity. */
  int anchor = -1;

  /** First token of the noun phrase whose head is {@link #head}, or -1. */
  int phraseStart = -1;

  /** Whether the head was found after "of" ("thousands of people", "4,000 of whom"). */
  boolean partitive;

  /** Whether a later look found it is no quantity after all ("a three-year contract"). */
  boolean drop;

  String counts;

  /** Lemma of the event verb or noun, or null. */
  String event;

  /** The counted or measured noun phrase alone ("Marrowick residents"), or null. */
  String what;

  /** The event as written ("killed or wounded"), or null. */
  String eventText;

  String claimant;
  String timeScope;
  boolean hedged;

  /** Whether the quantity has a value or bounds. */
  boolean hasNumber() {
    return value != null || low != null || high != null;
  }
}
