package io.corroborate.claims.figures;

/**
 * A number found in a sentence's tokens, before it is interpreted as a quantity.
 *
 * @param start first token
 * @param end token after the last
 * @param value the number, or null for a range or a vague amount
 * @param low lower bound, or null
 * @param high upper bound, or null
 * @param type what sort of number it is
 * @param glued a unit or magnitude written onto the digits ("g" in "45g"), lower case, or null
 * @param magnitude whether a magnitude word was applied ("million")
 * @param currency a currency written onto the digits ("USD" in "USD10m"), or null
 */
record NumberRun(
    int start,
    int end,
    Double value,
    Double low,
    Double high,
    Type type,
    String glued,
    boolean magnitude,
    String currency) {

  /** A run with no currency written onto it. */
  NumberRun(
      int start,
      int end,
      Double value,
      Double low,
      Double high,
      Type type,
      String glued,
      boolean magnitude) {
    this(start, end, value, low, high, type, glued, magnitude, null);
  }

  /** Sorts of numbers. */
  enum Type {
    /** A plain number. */
    NUMBER,
    /** An ordinal ("11th"). */
    ORDINAL,
    /** An order of magnitude or vague amount ("thousands", "several"). */
    VAGUE,
    /** A fraction ("a third", "two-thirds"). */
    FRACTION,
    /** A range written as one token ("10-12"). */
    RANGE
  }

  /** The same run with other token bounds. */
  NumberRun span(int s, int e) {
    return new NumberRun(s, e, value, low, high, type, glued, magnitude, currency);
  }

  /** The same run with a currency. */
  NumberRun withCurrency(String c) {
    return new NumberRun(start, end, value, low, high, type, glued, magnitude, c);
  }

  /** The same run, negated ("minus 5"). */
  NumberRun negated(int s) {
    return new NumberRun(
        s,
        end,
        value == null ? null : -value,
        high == null ? null : -high,
        low == null ? null : -low,
        type,
        glued,
        magnitude,
        currency);
  }
}
