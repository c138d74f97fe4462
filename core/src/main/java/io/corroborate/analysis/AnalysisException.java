package io.corroborate.analysis;

/** An article's analysis failed in one part; the message names the part and the cause. */
public final class AnalysisException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String part;

  /** A failure of {@code part} caused by {@code cause}. */
  public AnalysisException(String part, Throwable cause) {
    super(
        "analysis failed in "
            + part
            + ": "
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
    this.part = part;
  }

  /** The part of the analysis that failed ("figures", "quotes", ...). */
  public String part() {
    return part;
  }
}
