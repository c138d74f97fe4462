package io.corroborate.app;

import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import picocli.CommandLine.Option;

/** The {@code --store} option of the store commands. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR|URL",
      description =
          "The store: a directory (default: ./"
              + Stores.DEFAULT_LOCATION
              + "), or postgresql://host/db.")
  String store = Stores.DEFAULT_LOCATION;

  Store open(Stores.Mode mode) {
    return Stores.open(store, mode);
  }
}
