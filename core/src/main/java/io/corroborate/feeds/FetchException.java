package io.corroborate.feeds;

import java.io.IOException;

/**
 * A fetch that failed, with a message fit for one line naming the problem. Transient failures
 * (time-outs, resets, 5xx) are tried again on a later poll; permanent ones (refused addresses, 404,
 * not HTML, too large) are not.
 */
public class FetchException extends IOException {

  private static final long serialVersionUID = 1L;

  private final boolean transientFailure;

  /**
   * @param message what went wrong
   * @param transientFailure whether trying again later may succeed
   */
  public FetchException(String message, boolean transientFailure) {
    super(message);
    this.transientFailure = transientFailure;
  }

  /** Whether trying again later may succeed. */
  public boolean isTransient() {
    return transientFailure;
  }
}
