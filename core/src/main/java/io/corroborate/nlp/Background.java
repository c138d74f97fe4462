package io.corroborate.nlp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Model loading off the caller's thread: daemon threads, and waiting for a load's result. */
public final class Background {

  private Background() {}

  /**
   * Runs a load on a new daemon thread named {@code corroborate-<name>}; the future completes when
   * it ends. Its failure is left to be raised where the loaded thing is used (loaders keep their
   * failure), so nothing is printed here.
   */
  public static CompletableFuture<Void> run(String name, Runnable load) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                load.run();
              } catch (RuntimeException | LinkageError e) {
                // raised again, with its cause, on first use
              } finally {
                done.complete(null);
              }
            },
            "corroborate-" + name);
    t.setDaemon(true);
    t.start();
    return done;
  }

  /** Waits until every load has ended, well or not (failures are raised where things are used). */
  public static void awaitAll(List<CompletableFuture<Void>> loads) {
    for (CompletableFuture<Void> f : loads) {
      await(f, "loading");
    }
  }

  /**
   * The result of a load, waiting for it if another thread is loading it; its failure rethrown
   * unchecked.
   *
   * @param what what was being loaded, for the message
   */
  public static <T> T await(Future<T> load, String what) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return load.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(what + " failed: " + cause, cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
