package io.corroborate.web;

import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.Stores;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes to the store one batch at a time, taking the store's writer role for each batch and giving
 * it back afterwards, so that an {@code ingest} or a {@code watch} in another process can write
 * between two batches of a long-running server. When another process holds the role the batch is
 * refused at once with {@link StoreBusyException} and nothing is written. Thread-safe: this
 * process's batches run one after the other.
 */
public final class StoreWriter {

  private final Function<Stores.Mode, Store> open;
  private final Pipeline pipeline;
  private final ExecutorService pool;
  private final ProblemListener problems;

  /**
   * The linking state the last ingest wrote, kept for the next (see {@link
   * LivingDossier.HeldLinking}).
   */
  private final LivingDossier.HeldLinking held = new LivingDossier.HeldLinking();

  /**
   * @param open opens the store in the mode asked for (the writer role comes with {@link
   *     Stores.Mode#WRITE})
   * @param pipeline the phases ingest runs
   * @param pool runs phase 1
   * @param problems hears articles that could not be analysed
   */
  public StoreWriter(
      Function<Stores.Mode, Store> open,
      Pipeline pipeline,
      ExecutorService pool,
      ProblemListener problems) {
    this.open = Objects.requireNonNull(open, "open");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.pool = Objects.requireNonNull(pool, "pool");
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  /**
   * Runs {@code work} as the store's writer and answers what it answers.
   *
   * @throws StoreBusyException when another process is writing (nothing was done)
   * @throws StoreException when the store cannot be used
   */
  public synchronized <T> T write(Function<Store, T> work) {
    Store store;
    try {
      store = open.apply(Stores.Mode.WRITE);
    } catch (StoreException e) {
      if (isBusy(e)) {
        throw new StoreBusyException(e.getMessage(), e);
      }
      throw e;
    }
    try (store) {
      return work.apply(store);
    }
  }

  /**
   * Ingests articles as {@code corroborate ingest} does: new ones and changed texts through phase
   * 1, then the stories brought up to date.
   *
   * @throws StoreBusyException when another process is writing (nothing was done)
   */
  public LivingDossier.IngestReport ingest(List<Article> articles) {
    return ingest(articles, null);
  }

  /**
   * Ingests articles, then, holding the writer role still, writes {@code then} as one more
   * transaction (the feed watcher's state, saved only once its articles are stored).
   *
   * @param then more writes after the ingest, or null
   * @throws StoreBusyException when another process is writing (nothing was done)
   */
  public LivingDossier.IngestReport ingest(List<Article> articles, Consumer<Store.Batch> then) {
    return write(
        store -> {
          LivingDossier.IngestReport r =
              new LivingDossier(store, pipeline, held)
                  .ingest(articles, pool, Progress.NONE, problems);
          if (then != null) {
            store.write(then);
          }
          return r;
        });
  }

  /** The store answers a second writer with this message (see the store's writer lock). */
  static boolean isBusy(StoreException e) {
    String m = e.getMessage();
    return m != null && m.contains("is being written by another process");
  }
}
