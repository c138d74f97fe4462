package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.Stores;
import io.corroborate.stories.DatePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults while {@code serve} runs (issue 19, item 5), against the real server on a loopback port
 * over a real store of its own: the disk filling up while a posted article is ingested, the store
 * turned read-only between two writes, browsers hanging up part-way through a page, and a client
 * that sends half a request and stalls. Each time the request that met the fault gets a clear
 * problem (or the connection ends), the server goes on answering reads, nothing stored is lost or
 * damaged, and the next write succeeds.
 *
 * <p>What is simulated: a full disk is SQLite's page cap ({@code
 * -Dcorroborate.store.sqlite.maxPages}, i.e. {@code PRAGMA max_page_count}), which fails writes
 * with {@code SQLITE_FULL} as a full disk does; a read-only store is the database file's mode set
 * to {@code r--r--r--}, which the writer checks each time it takes the writer role, so it binds as
 * root too. The store is written with headline-only analyses (phases 2 and 3 are the product's).
 */
class ServeFaultsTest {

  private static final String MAX_PAGES = "corroborate.store.sqlite.maxPages";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path dir;
  private static Path db;
  private static ExecutorService pool;
  private static StoreDossierSource source;
  private static WebServer server;
  private static String base;
  private static int articles;

  @TempDir static Path shared;

  @BeforeAll
  static void start() throws Exception {
    dir = shared.resolve("store");
    db = dir.resolve("corroborate.db");
    pool = Workers.pool(2, "serve-faults");
    Pipeline pipeline = pipeline();
    StoreWriter writer =
        new StoreWriter(
            mode -> Stores.open(dir.toString(), mode), pipeline, pool, ProblemListener.ignoring());
    source = new StoreDossierSource(mode -> Stores.open(dir.toString(), mode), writer, pipeline);
    server =
        new WebServer(source, WebServer.Options.loopback(0).withIdleTimeout(Duration.ofSeconds(1)))
            .start();
    base = "http://127.0.0.1:" + server.port();
    // a story of many articles (ten a day), so that its page outgrows the socket buffers
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 200; i++) {
      many.append(i == 0 ? "" : ",").append(article("base-" + i, 1 + i / 10));
    }
    HttpResponse<String> first = post(many.append(']').toString());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    articles = 200;
  }

  @AfterAll
  static void stop() {
    server.close();
    source.close();
    pool.shutdownNow();
  }

  @Test
  void aFullDiskDuringAPostIsAClearProblemAndTheNextPostIsStored() throws Exception {
    String before = get("/api/stories").body();
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 100; i++) {
      many.append(i == 0 ? "" : ",").append(article("full-" + i, 21 + i / 10));
    }
    String batch = many.append(']').toString();
    // no room beyond the file's pages: its free pages take a little, a batch of 100 does not fit
    System.setProperty(MAX_PAGES, one("PRAGMA page_count"));
    HttpResponse<String> full;
    try {
      full = post(batch);
    } finally {
      System.clearProperty(MAX_PAGES);
    }
    assertThat(full.statusCode()).as(full.body()).isEqualTo(503);
    assertThat(full.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    OpenApi.validate(
        "/api/articles",
        "POST",
        503,
        full.headers().firstValue("Content-Type").orElse(null),
        full.body());
    JsonNode problem = OpenApi.MAPPER.readTree(full.body());
    assertThat(problem.get("title").asText()).isEqualTo("Store unavailable");
    String detail = problem.get("detail").asText();
    assertThat(detail).startsWith("store " + dir + ": the disk is full while ");
    // the article's own transaction may have found room and the stories' not: then it says so
    boolean kept = Integer.parseInt(one("SELECT COUNT(*) FROM articles")) > articles;
    System.err.println("full disk, articles kept: " + kept + ": " + detail);
    if (kept) {
      assertThat(detail).endsWith("the 100 new articles are stored: the next ingest links them");
    } else {
      assertThat(detail).endsWith("; nothing of this batch was kept");
    }

    // reads go on, unchanged; the stories are as before
    assertThat(get("/api/stories").body()).isEqualTo(before);
    assertSound(kept ? articles + 100 : articles);

    // sent again once there is room: stored once, linked, shown
    HttpResponse<String> again = post(batch);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    articles += 100;
    assertShown(again);
    assertThat(get("/api/stories").body()).isNotEqualTo(before);
    assertSound(articles);
  }

  @Test
  void aStoreMadeReadOnlyBetweenPostsIsAClearProblemAndWritableAgainTakesTheNextPost()
      throws Exception {
    String before = get("/api/stories").body();
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    HttpResponse<String> refused;
    try {
      refused = post(article("ro-1", 22));
      // reads go on while the store is read-only
      assertThat(get("/api/stories").body()).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    }
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(OpenApi.MAPPER.readTree(refused.body()).get("detail").asText())
        .isEqualTo(
            "store " + dir + " is read-only (" + db + " cannot be written); nothing was done");
    assertSound(articles);

    HttpResponse<String> again = post(article("ro-1", 22));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    articles++;
    assertShown(again);
    assertSound(articles);
  }

  /** The article a post answered 202 for is served, in a story. */
  private static void assertShown(HttpResponse<String> accepted) throws Exception {
    String id = OpenApi.MAPPER.readTree(accepted.body()).get("articles").get(0).get("id").asText();
    HttpResponse<String> shown = get("/api/articles/" + id);
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    assertThat(OpenApi.MAPPER.readTree(shown.body()).get("storyId").isNull()).isFalse();
  }

  @Test
  void browsersHangingUpMidPageLeaveTheServerAnsweringAndTheLogQuiet() throws Exception {
    String storyId = largestStoryId();
    String page = "/stories/" + storyId;
    HttpResponse<String> whole = get(page);
    assertThat(whole.statusCode()).isEqualTo(200);
    // the connector made for the idle timeout keeps the server's HTTP settings and headers
    assertThat(whole.headers().firstValue("Server")).isEmpty();
    assertThat(whole.headers().firstValue("Content-Security-Policy")).hasValue(WebServer.CSP);
    String json = get("/api/stories/" + storyId).body();
    System.err.println(
        "story page " + whole.body().length() + " chars, its JSON " + json.length() + " chars");

    PrintStream err = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < 20; i++) {
        String path = i % 2 == 0 ? page : "/api/stories/" + storyId;
        // hangs up at once, before any of the answer is read
        try (Socket s = raw()) {
          send(s, path);
        }
        // reads a little of the page through a small window, then resets the connection
        try (Socket s = raw()) {
          send(s, path);
          s.getInputStream().readNBytes(200);
          s.setSoLinger(true, 0);
        }
      }
      for (int i = 0; i < 5; i++) {
        assertThat(get(page).body()).isEqualTo(whole.body());
        assertThat(get("/api/stories/" + storyId).body()).isEqualTo(json);
      }
    } finally {
      System.setErr(err);
    }
    String log = logged.toString(StandardCharsets.UTF_8);
    System.err.print(log);
    assertThat(log.lines().filter(l -> l.contains("WARN") || l.contains("ERROR")))
        .as("what the server logged:%n%s", log)
        .isEmpty();
  }

  @Test
  void aHalfSentRequestIsCutAtTheIdleTimeoutWhileOthersAreServed() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Socket s = raw();
        s.getOutputStream()
            .write("GET /api/stories HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      // the stalled connections hold no thread: others are answered at once
      long t0 = System.nanoTime();
      assertThat(get("/api/stories").statusCode()).isEqualTo(200);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
      for (Socket s : stalled) {
        s.setSoTimeout(10_000);
        long start = System.nanoTime();
        byte[] rest = drain(s.getInputStream());
        // the server closed it (after a 408, or without an answer): the read did not time out
        assertThat(new String(rest, StandardCharsets.US_ASCII)).doesNotContain("200 OK");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      }
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
    assertThat(get("/api/stories").statusCode()).isEqualTo(200);
  }

  private static byte[] drain(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
    } catch (SocketException reset) {
      // closed with a reset: ended all the same
    }
    return out.toByteArray();
  }

  /** A socket to the server with a small receive window, as a slow browser has. */
  private static Socket raw() throws IOException {
    Socket s = new Socket();
    s.setReceiveBufferSize(1024);
    s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
    return s;
  }

  private static void send(Socket s, String path) throws IOException {
    OutputStream o = s.getOutputStream();
    o.write(
        ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    o.flush();
  }

  /** The id of the story with the most articles (the largest page). */
  private static String largestStoryId() throws Exception {
    JsonNode largest = null;
    for (JsonNode s : OpenApi.MAPPER.readTree(get("/api/stories").body()).get("stories")) {
      if (largest == null || s.get("articles").asInt() > largest.get("articles").asInt()) {
        largest = s;
      }
    }
    assertThat(largest).isNotNull();
    return largest.get("id").asText();
  }

  /** The file is sound and holds every article once, sequence numbers 1..n. */
  private static void assertSound(int n) throws SQLException {
    assertThat(one("PRAGMA integrity_check")).isEqualTo("ok");
    assertThat(one("SELECT COUNT(*) FROM articles")).isEqualTo(Integer.toString(n));
    assertThat(one("SELECT COUNT(DISTINCT id) FROM articles")).isEqualTo(Integer.toString(n));
    assertThat(one("SELECT MAX(seq) FROM articles")).isEqualTo(Integer.toString(n));
  }

  private static String one(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return get(base, path);
  }

  private static HttpResponse<String> post(String json) throws Exception {
    return post(base, json);
  }

  /** A GET of {@code path} from the server at {@code server}. */
  static HttpResponse<String> get(String server, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A POST of articles, as JSON, to the server at {@code server}. */
  static HttpResponse<String> post(String server, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server + "/api/articles"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** One day's article of an invented local story. */
  static String article(String id, int day) {
    return String.format(
        Locale.ROOT,
        "{\"id\": \"%s\", \"url\": \"https://pellow-news.example/ferry/%s\", \"title\": \"Pellow"
            + " ferry strike: day %d\", \"outlet\": \"Pellow News\", \"published\": \"%s\","
            + " \"text\": \"Pellow ferry strike: day %d\\n\\nThe Pellow ferry strike continued on"
            + " day %d. Officials in Pellow said %d people were affected by the ferry strike. A"
            + " further statement is expected tomorrow.%s\"}",
        id,
        id,
        day,
        LocalDate.of(2026, 3, 1).plusDays(day - 1),
        day,
        day,
        100 + day * 7,
        " The harbour office said the timetable would be posted at the quay.".repeat(20));
  }

  /** The product's phases 2 and 3 over headline-only analyses (fast), on a fixed clock. */
  static Pipeline pipeline() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    DatePolicy dates = DatePolicy.of(clock);
    return new Pipeline(
        Stages.defaults(clock).withAnalyzer(a -> NewsArticleAnalyzer.fallback(a, dates)), clock);
  }
}
