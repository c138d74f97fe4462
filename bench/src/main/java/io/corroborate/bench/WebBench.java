package io.corroborate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.analysis.AnalysisJson;
import io.corroborate.analysis.StoryJson;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleIds;
import io.corroborate.model.Dossier;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.Story;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.AnalysisStream;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.NewRevision;
import io.corroborate.store.Store;
import io.corroborate.store.StoredStory;
import io.corroborate.store.Stores;
import io.corroborate.store.StoryRow;
import io.corroborate.web.StoreDossierSource;
import io.corroborate.web.StoreWriter;
import io.corroborate.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code web}: the web server over a store of many stories, on loopback only. The store is made
 * from the example corpus analysed once for real: its largest story is cloned (every article, copy
 * link, figure and quote mention under fresh ids, several clones per story) into {@code --stories}
 * stories of about {@code --per-story} articles, written straight into a SQLite store in a temp
 * directory. Then the server reads it, and a client sends story pages and {@code GET
 * /api/stories/{id}} at a fixed rate (open loop: latency counts from when a request was due), then
 * as fast as {@code --clients} closed-loop clients can for the saturation rate. Each phase is
 * bounded by {@code --seconds}.
 */
@Command(
    name = "web",
    mixinStandardHelpOptions = true,
    description = "Web UI and API latency and throughput over a large store (loopback only).")
final class WebBench implements Callable<Integer> {

  @Option(names = "--stories", description = "Stories stored (default: 1000).")
  int stories = 1000;

  @Option(names = "--per-story", description = "Articles per story, about (default: 50).")
  int perStory = 50;

  @Option(names = "--rate", description = "Requests per second of the fixed-rate phase (200).")
  int rate = 200;

  @Option(names = "--seconds", description = "Length of each load phase, at most 60 (20).")
  int seconds = 20;

  @Option(names = "--clients", description = "Closed-loop clients at saturation (16).")
  int clients = 16;

  @Option(
      names = "--cold",
      description = "Measure without first sending every story once (first renders included).")
  boolean cold;

  @Option(
      names = "--gzip",
      description = "Ask for gzip (Accept-Encoding), as browsers do; bodies are not inflated.")
  boolean gzip;

  @Option(names = "--corpus", description = "Corpus the template story comes from.")
  Path corpus = Path.of("examples", "calder-dam");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    seconds = Math.max(1, Math.min(60, seconds));
    Path dir = Files.createTempDirectory("corroborate-web-bench");
    ExecutorService pool = Workers.pool(2, "bench-analysis");
    try {
      Pipeline pipeline = new Pipeline();
      long t0 = System.nanoTime();
      int articles = build(dir, pipeline, pool);
      System.out.printf(
          Locale.ROOT,
          "store: %d stories, %d articles written in %.1f s (%,d MB on disk)%n",
          stories,
          articles,
          (System.nanoTime() - t0) / 1e9,
          Files.size(dir.resolve("corroborate.db")) / (1024 * 1024));
      t0 = System.nanoTime();
      StoreWriter writer =
          new StoreWriter(
              m -> Stores.open(dir.toString(), m), pipeline, pool, ProblemListener.ignoring());
      try (StoreDossierSource source =
              new StoreDossierSource(m -> Stores.open(dir.toString(), m), writer, pipeline);
          WebServer server = new WebServer(source, WebServer.Options.loopback(0)).start()) {
        System.out.printf(
            Locale.ROOT,
            "server: stored dossier read in %.1f s, heap after GC %s MB%n",
            (System.nanoTime() - t0) / 1e9,
            usedAfterGcMb());
        // another writer commits (a state value: no article or story changes), and the server
        // makes its index again, reading from the store only what changed
        try (Store other = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
          other.write(b -> b.putState("bench-touch", Long.toString(System.nanoTime())));
        }
        long t1 = System.nanoTime();
        source.refresh();
        System.out.printf(
            Locale.ROOT,
            "server: index made again after another writer's commit in %.2f s%n",
            (System.nanoTime() - t1) / 1e9);
        String base = "http://127.0.0.1:" + server.port();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= stories; i++) {
          ids.add("s" + i);
        }
        HttpClient http =
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        warm(http, base, ids);
        for (String kind : List.of("page", "api")) {
          fixedRate(http, base, ids, kind);
        }
        for (String kind : List.of("page", "api")) {
          saturation(http, base, ids, kind);
        }
      }
    } finally {
      pool.shutdownNow();
      deleteTree(dir);
    }
    return 0;
  }

  private HttpRequest.Builder request(String uri) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri));
    return gzip ? b.header("Accept-Encoding", "gzip") : b;
  }

  private static String path(String kind, String id) {
    return kind.equals("page") ? "/stories/" + id : "/api/stories/" + id;
  }

  /**
   * Before the fixed-rate phases: every story page and story JSON once, by {@code clients} clients
   * (the steady state of a server that has run a while), unless {@code --cold}.
   */
  private void warm(HttpClient http, String base, List<String> ids) throws Exception {
    long t0 = System.nanoTime();
    int n = cold ? 100 : ids.size();
    AtomicInteger next = new AtomicInteger();
    AtomicLong pageBytes = new AtomicLong();
    AtomicLong apiBytes = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  for (String kind : List.of("page", "api")) {
                    try {
                      int size =
                          http.send(
                                  request(base + path(kind, ids.get(i))).build(),
                                  HttpResponse.BodyHandlers.ofByteArray())
                              .body()
                              .length;
                      (kind.equals("page") ? pageBytes : apiBytes).addAndGet(size);
                    } catch (Exception e) {
                      // counted in the measured phases, not here
                    }
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up: %d story pages and %d story JSON answers in %.1f s (%.1f ms each on average;"
            + " %.0f KB a page, %.0f KB a JSON answer, as sent)%n",
        n,
        n,
        (System.nanoTime() - t0) / 1e9,
        (System.nanoTime() - t0) / 1e6 / (2.0 * n) * clients,
        pageBytes.get() / 1024.0 / n,
        apiBytes.get() / 1024.0 / n);
  }

  /** Open loop: a request every 1/rate s; latency from when it was due to its last byte. */
  private void fixedRate(HttpClient http, String base, List<String> ids, String kind)
      throws Exception {
    Random random = new Random(20250114);
    int n = rate * seconds;
    long interval = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> all = new ArrayList<>(n);
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < n; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      String id = ids.get(random.nextInt(ids.size()));
      all.add(
          http.sendAsync(
                  request(base + path(kind, id)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (r, e) -> {
                    latencies.add(System.nanoTime() - due);
                    if (e != null || r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    double took = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf(
        Locale.ROOT,
        "%s at %d req/s for %d s: %d requests, %d errors, achieved %.0f req/s, latency p50 %.1f"
            + " ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        kind.equals("page") ? "story page" : "GET /api/stories/{id}",
        rate,
        seconds,
        n,
        errors.get(),
        n / took,
        pct(sorted, 0.50),
        pct(sorted, 0.90),
        pct(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  /** Closed loop: {@code clients} clients, each sending its next request when one is answered. */
  private void saturation(HttpClient http, String base, List<String> ids, String kind)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    AtomicInteger errors = new AtomicInteger();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(c);
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  String id = ids.get(random.nextInt(ids.size()));
                  long s = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(
                            request(base + path(kind, id)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  latencies.add(System.nanoTime() - s);
                  done.incrementAndGet();
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double took = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf(
        Locale.ROOT,
        "%s at saturation (%d clients, %d s): %.0f req/s, %d errors, latency p50 %.1f ms, p99"
            + " %.1f ms%n",
        kind.equals("page") ? "story page" : "GET /api/stories/{id}",
        clients,
        seconds,
        done.get() / took,
        errors.get(),
        pct(sorted, 0.50),
        pct(sorted, 0.99));
  }

  private static long usedAfterGcMb() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
  }

  private static double pct(List<Long> sorted, double p) {
    int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  /** Writes the store; answers the number of articles. */
  private int build(Path dir, Pipeline pipeline, ExecutorService pool) throws Exception {
    List<Article> read = new ArrayList<>();
    new CorpusCleaner(new CorpusReader(), new ArticleCleaner(), 2)
        .run(List.of(corpus), read::add, ProblemListener.ignoring(), Progress.NONE);
    List<ArticleAnalysis> analyses = new ArrayList<>();
    AnalysisStream stream =
        pipeline.analysisStream(pool, analyses::add, ProblemListener.ignoring());
    read.forEach(stream::accept);
    stream.finish();
    Dossier d = pipeline.link(analyses, new StoryIds(), Progress.NONE);
    Story template =
        d.stories().stream().max(Comparator.comparingInt(s -> s.articleIds().size())).orElseThrow();
    Map<String, ArticleAnalysis> byId = new LinkedHashMap<>();
    for (ArticleAnalysis a : analyses) {
      byId.put(a.id(), a);
    }
    List<String> templateIds = template.articleIds();
    int clones = Math.max(1, (int) Math.ceil(perStory / (double) templateIds.size()));
    String storyJson = StoryJson.write(template);
    Map<String, String> analysisJson = new LinkedHashMap<>();
    for (String id : templateIds) {
      analysisJson.put(id, AnalysisJson.write(byId.get(id)));
    }
    int count = 0;
    // the schema comes from the store itself; the articles are then inserted directly, because
    // the store's addRevision first deletes the article's search row by an unindexed FTS5 column
    // (a scan of the whole search table per article): writing 50,000 articles is quadratic
    Stores.open(dir.toString(), Stores.Mode.WRITE).close();
    List<StoredStory> rows = new ArrayList<>();
    Map<String, String> membership = new LinkedHashMap<>();
    try (Connection db =
        DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("corroborate.db"))) {
      db.setAutoCommit(false);
      List<NewRevision> pending = new ArrayList<>();
      for (int s = 1; s <= stories; s++) {
        String sid = "s" + s;
        ObjectNode merged = null;
        List<String> storyArticles = new ArrayList<>();
        for (int c = 0; c < clones; c++) {
          Map<String, String> rename = new LinkedHashMap<>();
          for (String id : templateIds) {
            rename.put(id, ArticleIds.of(null, "bench-" + s + "-" + c + "-" + id, ""));
          }
          for (String id : templateIds) {
            String nid = rename.get(id);
            storyArticles.add(nid);
            membership.put(nid, sid);
            Article a = byId.get(id).article();
            byte[] raw = a.text().getBytes(StandardCharsets.UTF_8);
            pending.add(
                new NewRevision(
                    nid,
                    1,
                    a.source() + "#" + s + "-" + c,
                    a.url() == null ? null : a.url() + "?bench=" + s + "-" + c,
                    a.title(),
                    a.outlet(),
                    a.published() == null ? null : a.published().toString(),
                    a.language(),
                    sha(a.text() + nid),
                    raw,
                    a.body(),
                    byId.get(id).version(),
                    renamed(analysisJson.get(id), rename)));
            count++;
          }
          ObjectNode clone = (ObjectNode) JSON.readTree(renamed(storyJson, rename));
          merged = merged == null ? clone : merge(merged, clone);
          if (pending.size() >= 1000) {
            insert(db, pending);
          }
        }
        merged.put("id", sid);
        merged.put("independentSources", template.independentSources() * clones);
        Story story = StoryJson.readStory(JSON.writeValueAsString(merged));
        int conflicts = 0;
        for (FigureGroup g : story.figures()) {
          conflicts += g.conflicting() ? 1 : 0;
        }
        Set<String> outlets = new HashSet<>();
        for (String id : templateIds) {
          outlets.add(String.valueOf(byId.get(id).article().outlet()));
        }
        StoryRow row =
            new StoryRow(
                sid,
                story.title(),
                "2026-03-0" + (1 + s % 9),
                "2026-03-0" + (1 + s % 9),
                storyArticles.size(),
                outlets.size(),
                story.independentSources(),
                conflicts,
                List.of());
        rows.add(new StoredStory(row, s - 1, "bench-" + s, StoryJson.write(story)));
      }
      insert(db, pending);
    }
    try (Store store = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      long through = store.lastSequence();
      store.write(
          b -> {
            b.replaceStories(rows, membership);
            // the stories are up to date with every stored article (LivingDossier's state name)
            b.putState("linked-through", Long.toString(through));
          });
    }
    return count;
  }

  /** Appends the clone's articles, copy links, events' articles and mentions to the story. */
  private static ObjectNode merge(ObjectNode into, ObjectNode clone) {
    ((ArrayNode) into.get("articleIds")).addAll((ArrayNode) clone.get("articleIds"));
    ((ArrayNode) into.get("provenance")).addAll((ArrayNode) clone.get("provenance"));
    for (String list : List.of("events", "figures", "quotes")) {
      JsonNode a = into.get(list);
      JsonNode b = clone.get(list);
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        for (String field : List.of("articleIds", "mentions")) {
          if (a.get(i).has(field) && a.get(i).get(field).isArray()) {
            ((ArrayNode) a.get(i).get(field)).addAll((ArrayNode) b.get(i).get(field));
          }
        }
      }
    }
    return into;
  }

  private static String renamed(String json, Map<String, String> rename) {
    String out = json;
    for (Map.Entry<String, String> e : rename.entrySet()) {
      out = out.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
    }
    return out;
  }

  private long seq;

  /** Inserts the revisions as the store's first revisions, with their search rows; commits. */
  private void insert(Connection db, List<NewRevision> pending) throws Exception {
    try (PreparedStatement a =
            db.prepareStatement(
                "INSERT INTO articles (id, revision, source, url, title, outlet, published,"
                    + " language, content_hash, raw, analysis_json, analysis_version, seq,"
                    + " first_seq, is_current, ingested_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
        PreparedStatement t =
            db.prepareStatement(
                "INSERT INTO article_text (article_id, title, body) VALUES (?, ?, ?)")) {
      for (NewRevision r : pending) {
        seq++;
        a.setString(1, r.articleId());
        a.setInt(2, r.revision());
        a.setString(3, r.source());
        a.setString(4, r.url());
        a.setString(5, r.title());
        a.setString(6, r.outlet());
        a.setString(7, r.published());
        a.setString(8, r.language());
        a.setString(9, r.contentHash());
        a.setBytes(10, r.raw());
        a.setString(11, r.analysisJson());
        a.setInt(12, r.analysisVersion());
        a.setLong(13, seq);
        a.setLong(14, seq);
        a.setString(15, "2026-03-09T00:00:00Z");
        a.executeUpdate();
        t.setString(1, r.articleId());
        t.setString(2, r.title() == null ? "" : r.title());
        t.setString(3, r.body() == null ? "" : r.body());
        t.executeUpdate();
      }
    }
    db.commit();
    pending.clear();
  }

  private static String sha(String text) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    return java.util.HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (Exception e) {
      System.err.println("corroborate-bench: could not delete " + dir + ": " + e);
    }
  }
}
