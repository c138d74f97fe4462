package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.StoreException;
import io.corroborate.store.Stores;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link DossierSource} over the store: what {@code stories}, {@code dossier} and {@code search}
 * read, served from an immutable {@link DossierIndex} of the stored dossier. The index is made
 * again when the store has changed, whoever changed it, reading from the store only the articles
 * and stories that changed: every {@link #CHECK_MILLIS} a thread of its own asks the store's cheap
 * {@link Store#changeStamp()} and makes the index again when it moved, so articles another process
 * ingests appear without a restart, and no request waits for a large store to be read. Search is
 * the store's full-text search. Accepted articles are ingested through a {@link StoreWriter}, which
 * holds the writer role only while it writes. Thread-safe.
 */
public final class StoreDossierSource implements DossierSource, AutoCloseable {

  /** Least time between two checks for changes made by other writers. */
  public static final long CHECK_MILLIS = 250;

  /** How many times a snapshot torn by a concurrent commit is read again. */
  private static final int READ_ATTEMPTS = 5;

  private final Function<Stores.Mode, Store> open;
  private final Pipeline pipeline;

  /** Guards {@link #reader} and {@link #readView}: one read of the store at a time. */
  private final Object readLock = new Object();

  /** The reading connection, opened again when it fails (a database server restarted). */
  private Store reader;

  private LivingDossier readView;
  private final StoreWriter writer;
  private volatile DossierIndex index;

  /** What the index was read from: the next reload reads only what changed since. */
  private LivingDossier.Read lastRead;

  private volatile long stamp;
  private volatile boolean closed;
  private final java.util.concurrent.ScheduledExecutorService checker =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "store-changes");
            t.setDaemon(true);
            return t;
          });
  private String lastProblem;

  /**
   * A source over the store {@code open} opens; a missing store is created first.
   *
   * @param open opens the store in a mode (reading here; writing through the writer)
   * @param writer writes accepted articles
   * @param pipeline the phases (the stored dossier is read with it)
   * @throws StoreException when the store cannot be used
   * @throws StoreBusyException when the store must be created or migrated while another process
   *     writes it
   */
  public StoreDossierSource(
      Function<Stores.Mode, Store> open, StoreWriter writer, Pipeline pipeline) {
    this.open = Objects.requireNonNull(open, "open");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.writer = Objects.requireNonNull(writer, "writer");
    Store r;
    try {
      r = open.apply(Stores.Mode.READ);
    } catch (StoreException missingOrOld) {
      // a store that does not exist yet, or of an older schema: the writer makes or migrates it
      writer.write(s -> null);
      r = open.apply(Stores.Mode.READ);
    }
    this.reader = r;
    this.readView = new LivingDossier(reader, pipeline);
    synchronized (readLock) {
      this.stamp = reader.changeStamp();
      this.index = load();
    }
    checker.scheduleWithFixedDelay(
        this::check, CHECK_MILLIS, CHECK_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  /** The writer that this source's {@link #accept} uses (feeds ingest through it too). */
  public StoreWriter writer() {
    return writer;
  }

  /** The dossier as last read from the store. */
  public Dossier dossier() {
    return current().dossier();
  }

  /** The index as last made (the checking thread makes it again when the store changes). */
  private DossierIndex current() {
    return index;
  }

  /**
   * One check for changes by other writers, on the checking thread: the store read again when it
   * moved. A store that cannot be read now is tried again at the next check (requests meanwhile get
   * the index they had); the problem is told once on standard error.
   */
  private void check() {
    if (closed) {
      return;
    }
    try {
      reload();
      lastProblem = null;
    } catch (RuntimeException e) {
      if (closed) {
        return;
      }
      String problem = String.valueOf(e.getMessage());
      if (!problem.equals(lastProblem)) {
        System.err.println("corroborate: reading the store's changes failed: " + problem);
      }
      lastProblem = problem;
    }
  }

  /** Reads the store again now if it changed (readers otherwise notice within a check). */
  public void refresh() {
    reload();
  }

  private DossierIndex reload() {
    return reading(
        () -> {
          long now = reader.changeStamp();
          if (now != stamp) {
            stamp = now;
            index = load();
          }
          return index;
        });
  }

  /**
   * Runs a read of the store; when it fails, opens the store again and tries once more, so that a
   * reading connection the database server ended (a restart, a crash of its backend, a cut network)
   * does not fail every later read. When the store cannot be opened either, the first failure is
   * thrown (the checking thread tries again at its next check).
   */
  private <T> T reading(java.util.function.Supplier<T> read) {
    synchronized (readLock) {
      try {
        return read.get();
      } catch (StoreException e) {
        if (closed || !reopen()) {
          throw e;
        }
        return read.get();
      }
    }
  }

  private boolean reopen() {
    Store fresh;
    try {
      fresh = open.apply(Stores.Mode.READ);
    } catch (RuntimeException e) {
      return false;
    }
    try {
      reader.close();
    } catch (RuntimeException e) {
      // the old connection is gone already
    }
    reader = fresh;
    readView = new LivingDossier(fresh, pipeline);
    return true;
  }

  /**
   * The stored dossier with its aliases, reading again only the articles and stories that changed
   * since the last read. Articles and stories are read by separate statements, so a writer
   * committing in between can tear the picture (a story naming an article not yet read, a story
   * gone): then it is read again.
   */
  private DossierIndex load() {
    StoreException last = null;
    for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
      LivingDossier.Read read;
      try {
        read = readView.dossierSince(lastRead);
      } catch (StoreException torn) {
        last = torn;
        stamp = reader.changeStamp();
        continue;
      }
      Dossier d = read.dossier();
      Set<String> held = new HashSet<>();
      for (Article a : d.articles()) {
        held.add(a.id());
      }
      boolean whole = true;
      for (Story s : d.stories()) {
        whole &= held.containsAll(s.articleIds());
      }
      if (whole) {
        Map<String, List<String>> aliases = new HashMap<>(reader.storyAliases());
        Map<String, String> resolved = new HashMap<>();
        for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
          for (String alias : e.getValue()) {
            resolved.put(alias, e.getKey());
          }
        }
        DossierIndex made = new DossierIndex(d, aliases, resolved);
        if (lastRead != null && index != null) {
          // renders of the stories whose inputs did not change stay valid
          Set<String> unchanged = new HashSet<>();
          for (Map.Entry<String, String> p : read.storyPrints().entrySet()) {
            if (p.getValue().equals(lastRead.storyPrints().get(p.getKey()))) {
              unchanged.add(p.getKey());
            }
          }
          made.keepFrom(index, unchanged);
        }
        lastRead = read;
        return made;
      }
      last = new StoreException("store " + reader.name() + " changed while it was read");
      stamp = reader.changeStamp();
    }
    throw last;
  }

  @Override
  public StoryPage stories(StoryQuery query) {
    return current().stories(query);
  }

  @Override
  public Optional<StoryDossier> story(String id) {
    return current().story(id);
  }

  @Override
  public Optional<Article> article(String id) {
    return Optional.ofNullable(current().article(id));
  }

  @Override
  public Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(current().storyOf(articleId));
  }

  /** The store's full-text search; outlets named as the pages name them. */
  @Override
  public List<SearchHit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit < 1) {
      return List.of();
    }
    DossierIndex now = current();
    List<io.corroborate.store.SearchHit> found;
    found = reading(() -> reader.search(text, limit));
    List<SearchHit> out = new ArrayList<>(found.size());
    for (io.corroborate.store.SearchHit h : found) {
      Article a = now.article(h.articleId());
      if (a == null) {
        continue; // stored after the index was read: it shows once the index catches up
      }
      out.add(
          new SearchHit(
              h.articleId(),
              h.storyId() != null ? h.storyId() : now.storyOf(h.articleId()),
              h.title(),
              Outlets.name(a),
              h.published(),
              h.snippet()));
    }
    return out;
  }

  /**
   * Kept with the index read from the store; when the store changes, the texts of the stories whose
   * inputs did not change are kept ({@link DossierIndex#keepFrom}), the others made again.
   */
  @Override
  public Rendered memo(String key, java.util.function.Supplier<String> make) {
    return current().memo(key, make);
  }

  /** Whether an answer is kept under {@code key} now. */
  boolean kept(String key) {
    return current().kept(key);
  }

  /** The index the kept answers belong to. */
  @Override
  public Object memoState() {
    return current();
  }

  @Override
  public boolean memoHasRoom() {
    return current().memoHasRoom();
  }

  @Override
  public boolean acceptsArticles() {
    return true;
  }

  /**
   * Ingests the articles into the store and answers once readers see them.
   *
   * @throws StoreBusyException when another process is writing the store (nothing was stored)
   */
  @Override
  public List<AcceptedArticle> accept(List<Article> articles) {
    Map<String, Article> unique = new LinkedHashMap<>();
    for (Article a : articles) {
      unique.putIfAbsent(a.id(), a);
    }
    writer.ingest(new ArrayList<>(unique.values()));
    DossierIndex now = reload();
    List<AcceptedArticle> out = new ArrayList<>(unique.size());
    for (Article a : unique.values()) {
      Article held = now.article(a.id());
      out.add(
          new AcceptedArticle(
              a.id(), held == null ? a.source() : held.source(), now.storyOf(a.id())));
    }
    return out;
  }

  @Override
  public void close() {
    closed = true;
    checker.shutdownNow();
    synchronized (readLock) {
      reader.close();
    }
  }
}
