package io.corroborate.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.report.Json;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.NewRevision;
import io.corroborate.store.Revision;
import io.corroborate.store.SearchHit;
import io.corroborate.store.Store;
import io.corroborate.store.StoredAnalysis;
import io.corroborate.store.StoredStory;
import io.corroborate.store.Stores;
import io.corroborate.store.StoryRow;
import io.corroborate.stories.DatePolicy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest}: what it costs to add articles to a store as the store grows. Articles are
 * generated from real text with planted copies ({@link CopyCorpus}), read as JSON lines by the
 * product's reader and cleaner, and ingested in batches into a fresh store. Phase 1 is the
 * headline-only analysis ({@link NewsArticleAnalyzer#fallback}): the language models would take
 * seconds per article and measure phase 1, not the store. Per batch it prints the time split into
 * committing the articles, reading stored analyses back (how many linking needed, and the time the
 * store took to answer), and linking with synthesis (phases 2 and 3, parsing the analyses read
 * included); then bytes on disk per article, peak heap, the heap the copy index and story clusterer
 * take when held in memory between ingests (as {@code serve} holds them; measured after the last
 * batch, live after full collections), re-ingest throughput, and the time of {@code stories} and of
 * the largest story's {@code dossier}.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Ingest cost per article as the store grows (phases 2 and 3 with the store).")
final class IngestBench implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "Shared data folder (default: ../shared/data).")
  Path data = Path.of("../shared/data");

  @Option(names = "--articles", description = "Articles to ingest (default: 2000).")
  int articles = 2_000;

  @Option(names = "--batch", description = "Articles per ingest call (default: 500).")
  int batch = 500;

  @Option(names = "--copy-share", description = "Share of planted copies (default: 0.2).")
  double copyShare = 0.2;

  @Option(names = "--seed", description = "Random seed (default: 7).")
  long seed = 7;

  @Option(
      names = "--store",
      description = "Store to fill (must not exist yet; default: a temporary directory, removed).")
  String store;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Heap.resetPeaks();
    List<String> real = RealText.load(data);
    if (real.isEmpty()) {
      spec.commandLine().getErr().println("no real text under " + data);
      return 3;
    }
    int[] lengths = real.stream().mapToInt(t -> t.strip().split("\\s+").length).toArray();
    CopyCorpus corpus =
        CopyCorpus.generate(new MarkovText(real), lengths, articles, copyShare, seed);
    real = null;
    Path tmp = Files.createTempDirectory("corroborate-bench-ingest");
    Path input = tmp.resolve("articles.jsonl");
    writeJsonLines(corpus.texts(), input);
    List<Article> all = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(InputLimits.DEFAULTS), 2)
        .run(List.of(input), all::add, ProblemListener.ignoring(), Progress.NONE);
    String location = store != null ? store : tmp.resolve("store").toString();
    // the peak heap is the store's and the phases': the text generator's memory is let go first
    System.gc();
    Heap.resetPeaks();
    out.printf(
        Locale.ROOT,
        "%,d articles (%,d planted copies) into %s, %,d per ingest; phase 1 headline-only%n",
        all.size(),
        corpus.planted().size(),
        location.startsWith("postgres") ? "a PostgreSQL store" : "a SQLite store",
        batch);
    out.println(
        "stored | batch s | art/s | ms/art | commit ms/art | analyses read | read-back s |"
            + " link+synth s");
    out.flush();
    ExecutorService pool = Workers.pool(2, "analysis");
    long heldBytes = -1;
    try (TimedStore s = new TimedStore(Stores.open(location, Stores.Mode.WRITE))) {
      LivingDossier dossier = new LivingDossier(s, pipeline());
      // the last batch keeps the linking state it wrote in memory, as a server does, so that the
      // heap it takes can be measured (it reads the saved state as the others do)
      LivingDossier.HeldLinking held = new LivingDossier.HeldLinking();
      for (int from = 0; from < all.size(); from += batch) {
        List<Article> part = all.subList(from, Math.min(all.size(), from + batch));
        s.reset();
        long t0 = System.nanoTime();
        (from + batch >= all.size() ? new LivingDossier(s, pipeline(), held) : dossier)
            .ingest(part, pool, Progress.NONE, ProblemListener.ignoring());
        double secs = (System.nanoTime() - t0) / 1e9;
        double commit = s.commitNanos / 1e9;
        double read = s.readNanos / 1e9;
        out.printf(
            Locale.ROOT,
            "%,6d | %7.2f | %5.0f | %6.2f | %13.2f | %,13d | %11.2f | %12.2f%n",
            from + part.size(),
            secs,
            part.size() / secs,
            secs * 1000 / part.size(),
            commit * 1000 / part.size(),
            s.analysesRead,
            read,
            secs - commit - read - s.linkWriteNanos / 1e9);
        out.flush();
      }
      long withHeld = Heap.liveBytes();
      held = null;
      heldBytes = withHeld - Heap.liveBytes();
      long t0 = System.nanoTime();
      dossier.ingest(all, pool, Progress.NONE, ProblemListener.ignoring());
      double again = (System.nanoTime() - t0) / 1e9;
      out.printf(
          Locale.ROOT,
          "re-ingest of all %,d stored articles: %.2f s, %,.0f articles/s%n",
          all.size(),
          again,
          all.size() / again);
      t0 = System.nanoTime();
      List<StoryRow> rows = s.listStories(null, null, 10_000);
      double list = (System.nanoTime() - t0) / 1e6;
      StoryRow biggest =
          rows.stream().max(Comparator.comparingInt(StoryRow::articles)).orElseThrow();
      t0 = System.nanoTime();
      dossier.dossier(biggest.id()).orElseThrow();
      double one = (System.nanoTime() - t0) / 1e6;
      out.printf(
          Locale.ROOT,
          "stories (%,d newest): %.0f ms; dossier of the largest story (%,d articles): %.0f ms%n",
          rows.size(),
          list,
          biggest.articles(),
          one);
    } finally {
      pool.shutdownNow();
    }
    if (!location.startsWith("postgres")) {
      long bytes = size(Path.of(location));
      out.printf(
          Locale.ROOT,
          "on disk: %,d bytes, %,d bytes per article%n",
          bytes,
          bytes / Math.max(1, all.size()));
    }
    out.printf(
        Locale.ROOT,
        "linking state held in memory (copy index and story clusterer, live after full"
            + " collections): %,d MiB, %,d bytes per stored article%n",
        heldBytes / (1024 * 1024),
        heldBytes / Math.max(1, all.size()));
    out.printf(
        Locale.ROOT,
        "peak heap while ingesting: %,d MiB (%,d bytes per stored article, garbage included)%n",
        Heap.peakBytes() / (1024 * 1024),
        Heap.peakBytes() / Math.max(1, all.size()));
    out.flush();
    if (store == null) {
      deleteTree(tmp);
    }
    return 0;
  }

  /** The product's phases 2 and 3, with the headline-only analysis as phase 1. */
  private static Pipeline pipeline() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    DatePolicy dates = DatePolicy.of(clock);
    return new Pipeline(
        Stages.defaults(clock).withAnalyzer(a -> NewsArticleAnalyzer.fallback(a, dates)), clock);
  }

  /** JSON lines with a headline (the first words), a date and an outlet for each text. */
  private static void writeJsonLines(List<String> texts, Path file) throws IOException {
    LocalDate day = LocalDate.of(2026, 1, 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        String[] words = text.strip().split("\\s+", 12);
        String title = String.join(" ", List.of(words).subList(0, Math.min(10, words.length)));
        ObjectNode n = Json.compact().createObjectNode();
        n.put("id", "bench-" + i);
        n.put("url", "https://outlet" + (i % 40) + ".example/a/" + i);
        n.put("title", title);
        n.put("text", text);
        n.put("published", day.plusDays(i / 200).toString());
        n.put("outlet", "Outlet " + (i % 40));
        w.write(Json.compact().writeValueAsString(n));
        w.newLine();
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A store that times its writes and its read-back of analyses, and counts the analyses read. */
  private static final class TimedStore implements Store {
    private final Store s;
    long commitNanos;
    long linkWriteNanos;
    long readNanos;
    long analysesRead;

    TimedStore(Store s) {
      this.s = s;
    }

    void reset() {
      commitNanos = 0;
      linkWriteNanos = 0;
      readNanos = 0;
      analysesRead = 0;
    }

    /** Answers what {@code work} answers, its time added to {@link #readNanos}. */
    private <T> T timedRead(Supplier<T> work) {
      long t0 = System.nanoTime();
      T answer = work.get();
      readNanos += System.nanoTime() - t0;
      return answer;
    }

    /** Runs {@code work}, its time added to {@link #readNanos}. */
    private void timedRead(Runnable work) {
      timedRead(
          () -> {
            work.run();
            return null;
          });
    }

    @Override
    public String name() {
      return s.name();
    }

    @Override
    public Optional<Revision> current(String articleId) {
      return s.current(articleId);
    }

    @Override
    public void forEachCurrent(Consumer<StoredAnalysis> each) {
      timedRead(() -> s.forEachCurrent(each));
    }

    @Override
    public List<StoredAnalysis> currentOlderThan(int version) {
      return s.currentOlderThan(version);
    }

    @Override
    public void forEachCurrentKey(Consumer<StoredAnalysis> each) {
      timedRead(() -> s.forEachCurrentKey(each));
    }

    @Override
    public void forEachRecord(String kind, java.util.function.ObjIntConsumer<byte[]> each) {
      s.forEachRecord(kind, each);
    }

    @Override
    public Optional<String> analysis(String articleId, int revision) {
      Optional<String> json = timedRead(() -> s.analysis(articleId, revision));
      analysesRead++;
      return json;
    }

    @Override
    public Map<String, String> storyFingerprints() {
      return s.storyFingerprints();
    }

    @Override
    public Map<String, List<String>> storyAliases() {
      return s.storyAliases();
    }

    @Override
    public long articleCount() {
      return s.articleCount();
    }

    @Override
    public List<StoredStory> stories() {
      return s.stories();
    }

    @Override
    public Optional<StoredStory> story(String id) {
      return s.story(id);
    }

    @Override
    public List<StoryRow> listStories(String since, String query, int limit) {
      return s.listStories(since, query, limit);
    }

    @Override
    public Optional<String> resolve(String id) {
      return s.resolve(id);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
      return s.search(text, limit);
    }

    @Override
    public Optional<String> state(String name) {
      return s.state(name);
    }

    @Override
    public long lastSequence() {
      return s.lastSequence();
    }

    @Override
    public long changeStamp() {
      return s.changeStamp();
    }

    @Override
    public void write(Consumer<Batch> work) {
      boolean[] articles = {false};
      long t0 = System.nanoTime();
      s.write(
          b ->
              work.accept(
                  new Batch() {
                    @Override
                    public long addRevision(NewRevision revision) {
                      articles[0] = true;
                      return b.addRevision(revision);
                    }

                    @Override
                    public void replaceAnalysis(
                        String articleId, int revision, int version, String json) {
                      b.replaceAnalysis(articleId, revision, version, json);
                    }

                    @Override
                    public void replaceStories(
                        List<StoredStory> stories, Map<String, String> membership) {
                      b.replaceStories(stories, membership);
                    }

                    @Override
                    public void replaceAliases(Map<String, String> aliases) {
                      b.replaceAliases(aliases);
                    }

                    @Override
                    public void putState(String name, String value) {
                      b.putState(name, value);
                    }

                    @Override
                    public void putRecords(String kind, Map<Integer, byte[]> records) {
                      b.putRecords(kind, records);
                    }

                    @Override
                    public void dropRecords(String kind) {
                      b.dropRecords(kind);
                    }
                  }));
      long t = System.nanoTime() - t0;
      if (articles[0]) {
        commitNanos += t;
      } else {
        linkWriteNanos += t;
      }
    }

    @Override
    public void close() {
      s.close();
    }
  }
}
