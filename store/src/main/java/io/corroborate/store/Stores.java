package io.corroborate.store;

import java.nio.file.Path;

/** Opens a store from what {@code --store} says. */
public final class Stores {

  /** Where the store is when {@code --store} is not given. */
  public static final String DEFAULT_LOCATION = "corroborate-data";

  private Stores() {}

  /** How a store is opened. */
  public enum Mode {
    /** Reading only: the store must exist. */
    READ,
    /** Reading and writing, created when missing; takes the writer lock. */
    WRITE
  }

  /**
   * Opens the store at {@code location}: a directory holding the SQLite file (created for {@link
   * Mode#WRITE} when missing), or a {@code postgresql://host[:port]/database} address (the password
   * in the address or in {@code PGPASSWORD}; the database empty or a Corroborate store).
   *
   * @throws StoreException naming the store and the problem
   */
  public static Store open(String location, Mode mode) {
    String where = location == null || location.isBlank() ? DEFAULT_LOCATION : location;
    if (PostgresAddress.isAddress(where)) {
      return PostgresStore.open(where, mode, System.getenv());
    }
    return SqliteStore.open(Path.of(where), mode);
  }
}
