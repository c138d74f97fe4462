package io.corroborate.app;

import io.corroborate.store.Store;
import io.corroborate.store.Stores;

/**
 * A second process for the one-writer test: opens a store for writing and holds it until killed.
 */
public final class LockHolder {

  private LockHolder() {}

  /** Opens the store named by the first argument for writing, says "locked", then waits. */
  public static void main(String[] args) throws InterruptedException {
    Store store = Stores.open(args[0], Stores.Mode.WRITE);
    System.out.println("locked " + store.name());
    System.out.flush();
    Thread.sleep(600_000);
    store.close();
  }
}
