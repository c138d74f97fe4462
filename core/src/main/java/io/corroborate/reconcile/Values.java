package io.corroborate.reconcile;

import io.corroborate.model.Qualifier;

/**
 * Arithmetic on stated figures: the central value a mention stands for, the precision its wording
 * implies (8,000 is stated to the thousand, 4,500 to the hundred), whether two values differ beyond
 * rounding, and the interval a qualifier allows. Stateless.
 */
final class Values {

  /** Relative slack around an "about" figure. */
  static final double ABOUT_SLACK = 0.1;

  private Values() {}

  /** The value a mention stands for: its value, else the middle of its bounds, else a bound. */
  static Double central(Double value, Double low, Double high) {
    if (value != null) {
      return value;
    }
    if (low != null && high != null) {
      return (low + high) / 2;
    }
    return low != null ? low : high;
  }

  /**
   * The place value a number is stated to: 8,000 to 1,000; 4,500 to 100; 12 to 1; 1.5 to 0.1.
   * Numbers under 100 count exactly.
   */
  static double precision(double v) {
    double a = Math.abs(v);
    if (a == 0 || Double.isNaN(a) || Double.isInfinite(a)) {
      return 1;
    }
    if (a != Math.rint(a)) {
      double p = 1;
      for (int i = 0; i < 6 && Math.abs(a / p - Math.rint(a / p)) > 1e-9; i++) {
        p /= 10;
      }
      return p;
    }
    if (a < 100) {
      return 1;
    }
    double p = 1;
    while (p < a && Math.abs(a / (p * 10) - Math.rint(a / (p * 10))) < 1e-9) {
      p *= 10;
    }
    return p;
  }

  /** Whether two stated values differ by more than rounding either to the other's precision. */
  static boolean beyondRounding(double a, double b) {
    if (a == b) {
      return false;
    }
    return roundTo(a, precision(b)) != b && roundTo(b, precision(a)) != a;
  }

  /**
   * Whether two stated values differ by more than rounding, trusting a round number's precision
   * only to a tenth of its size: "100" may stand for 96, not for 55.
   */
  static boolean beyondCloseRounding(double a, double b) {
    if (a == b) {
      return false;
    }
    return roundTo(a, closePrecision(b)) != b && roundTo(b, closePrecision(a)) != a;
  }

  private static double closePrecision(double v) {
    double p = precision(v);
    double tenth = Math.abs(v) / 10;
    return p <= tenth || p <= 1 ? p : Math.max(1, Math.pow(10, Math.floor(Math.log10(tenth))));
  }

  private static double roundTo(double v, double p) {
    return Math.round(v / p) * p;
  }

  /** The interval of truths a mention's wording allows, as {low, high}. */
  static double[] allowed(Double value, Double low, Double high, Qualifier q) {
    return allowed(value, low, high, q, ABOUT_SLACK, false);
  }

  /**
   * The interval a qualifier allows, with the given relative slack around an "about" figure; with
   * {@code close}, a round number's precision is trusted only to a tenth of its size.
   */
  static double[] allowed(
      Double value, Double low, Double high, Qualifier q, double slack, boolean close) {
    double inf = Double.POSITIVE_INFINITY;
    if (value == null) {
      return new double[] {low == null ? -inf : low, high == null ? inf : high};
    }
    double v = value;
    double half = (close ? closePrecision(v) : precision(v)) / 2;
    return switch (q) {
      case EXACT -> new double[] {v - half, v + half};
      case ABOUT ->
          new double[] {
            v - Math.max(half, Math.abs(v) * slack), v + Math.max(half, Math.abs(v) * slack)
          };
      case MORE_THAN -> new double[] {Math.nextUp(v), inf};
      case AT_LEAST -> new double[] {v, inf};
      case LESS_THAN -> new double[] {-inf, Math.nextDown(v)};
      case AT_MOST, UP_TO -> new double[] {-inf, v};
      case RANGE -> new double[] {low == null ? v : low, high == null ? v : high};
    };
  }
}
