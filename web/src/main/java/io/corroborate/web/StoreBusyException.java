package io.corroborate.web;

/**
 * Another process holds the store's writer role (an {@code ingest}, a {@code watch} or another
 * {@code serve} is writing): nothing was written, and the same write may be tried again shortly.
 */
public final class StoreBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The store's own message, which names it and the process holding it. */
  public StoreBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
