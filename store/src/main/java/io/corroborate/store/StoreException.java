package io.corroborate.store;

/**
 * A store that cannot be used as asked: missing, locked by another writer, read-only, of a newer
 * version, not a store, or failing. The message names the store and the problem in words a user can
 * act on.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problem alone, without what it left undone. */
  private final String fault;

  /** A problem with a message naming the store. */
  public StoreException(String message) {
    this(message, null, null);
  }

  /** A problem with a message naming the store, caused by {@code cause}. */
  public StoreException(String message, Throwable cause) {
    this(message, null, cause);
  }

  private StoreException(String fault, String undone, Throwable cause) {
    super(undone == null ? fault : fault + "; " + undone, cause);
    this.fault = fault;
  }

  /**
   * The same problem told with what it left undone after it ("nothing of this batch was kept"), in
   * place of anything said so before: the store says it when it rolls a batch back, and a caller
   * that committed earlier batches may say more precisely what stands and what does not.
   */
  StoreException leaving(String undone) {
    StoreException e = new StoreException(fault, undone, getCause());
    e.setStackTrace(getStackTrace());
    for (Throwable s : getSuppressed()) {
      e.addSuppressed(s);
    }
    return e;
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
    return new StoreException("store " + name + " is read-only: " + what + " failed", cause);
  }

  /**
   * A statement that found {@code disk} ("the disk", "the server's disk") full while {@code what}.
   */
  static StoreException diskFull(String name, String disk, String what, Throwable cause) {
    return new StoreException("store " + name + ": " + disk + " is full while " + what, cause);
  }
}
