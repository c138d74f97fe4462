package io.corroborate.eval;

/** Weighted logistic regression by full-batch gradient descent with an L2 penalty. */
final class Logistic {

  private Logistic() {}

  /**
   * Weights per feature, then the intercept.
   *
   * @param x rows of features
   * @param y labels, 0 or 1
   * @param w row weights
   */
  static double[] fit(float[][] x, double[] y, double[] w, double l2, int iterations, double rate) {
    int d = x.length == 0 ? 0 : x[0].length;
    double[] beta = new double[d + 1];
    double total = 0;
    for (double v : w) {
      total += v;
    }
    double[] grad = new double[d + 1];
    for (int it = 0; it < iterations; it++) {
      java.util.Arrays.fill(grad, 0);
      for (int i = 0; i < x.length; i++) {
        double z = beta[d];
        for (int k = 0; k < d; k++) {
          z += beta[k] * x[i][k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double g = (p - y[i]) * w[i];
        for (int k = 0; k < d; k++) {
          grad[k] += g * x[i][k];
        }
        grad[d] += g;
      }
      for (int k = 0; k <= d; k++) {
        beta[k] -= rate * (grad[k] / total + l2 * beta[k]);
      }
    }
    return beta;
  }
}
