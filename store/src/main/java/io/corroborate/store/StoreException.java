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

  /**
   * A store refused for writing before any work: {@code why} says what cannot be written (a file, a
   * server session).
   */
  static StoreException readOnly(String name, String why) {
    return new StoreException("store " + name + " is read-only (" + why + "); nothing was done");
  }

  /** A statement the store's database refused as read-only while doing {@code what}. */
  static StoreException readOnly(String name, String what, Throwable cause) {
    return new StoreException(
        "store " + name + " is read-only: " + what + " failed; nothing of this batch was kept",
        cause);
  }

  /**
   * A statement that found {@code disk} ("the disk", "the server's disk") full while {@code what}.
   */
  static StoreException diskFull(String name, String disk, String what, Throwable cause) {
    return new StoreException(
        "store "
            + name
            + ": "
            + disk
            + " is full while "
            + what
            + "; nothing of this batch was kept",
        cause);
  }
}
