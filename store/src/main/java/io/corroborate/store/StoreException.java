package io.corroborate.store;

/**
 * A store that cannot be used as asked: missing, locked by another writer, read-only, of a newer
 * version, not a store, or failing. The message names the store and the problem in words a user can
 * act on.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem with a message naming the store. */
  public StoreException(String message) {
    super(message);
  }

  /** A problem with a message naming the store, caused by {@code cause}. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
