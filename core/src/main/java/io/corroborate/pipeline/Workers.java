package io.corroborate.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools of daemon threads with names that say what they do. */
public final class Workers {

  private Workers() {}

  /**
   * A fixed pool of daemon threads named {@code corroborate-<name>-N}; the caller shuts it down.
   *
   * @param threads at least 1
   */
  public static ExecutorService pool(int threads, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "corroborate-" + name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
