package io.corroborate.web;

/**
 * An error answered as {@code application/problem+json} (RFC 9457).
 *
 * @param status the HTTP status
 * @param title a short summary of the kind of problem
 * @param detail what went wrong with this request, specific enough to act on
 */
public record ApiProblem(int status, String title, String detail) {

  /** An exception carrying a problem to the error handler. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ApiProblem problem;

    /** A failure answering {@code problem}. */
    public Failure(ApiProblem problem) {
      super(problem.detail(), null, false, false);
      this.problem = problem;
    }

    /** The problem to answer. */
    public ApiProblem problem() {
      return problem;
    }
  }

  /** A failure with this status, title and detail. */
  public static Failure fail(int status, String title, String detail) {
    return new Failure(new ApiProblem(status, title, detail));
  }
}
