package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.corroborate.ingest.ProblemListener;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.Stores;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} over a PostgreSQL store whose server ends every session of the store's database
 * while it runs (as a restart of the server, a crash of its backends or a cut network does): the
 * next search, the next check for other writers' changes and the next post open the store again and
 * answer, instead of failing on the dead connection until the server is restarted. Needs the test
 * server named by {@code CORROBORATE_PG_URL}; under {@code CORROBORATE_CI=1} it must run, elsewhere
 * it is skipped with a message.
 */
class ServePostgresFaultsTest {

  private static String server;
  private static String store;
  private static ExecutorService pool;
  private static StoreDossierSource source;
  private static WebServer web;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    server = System.getenv("CORROBORATE_PG_URL");
    if (server == null || server.isBlank()) {
      if ("1".equals(System.getenv("CORROBORATE_CI"))) {
        fail("CORROBORATE_CI=1 and CORROBORATE_PG_URL is not set");
      }
      System.err.println("serve on PostgreSQL fault test SKIPPED: CORROBORATE_PG_URL is not set");
      return;
    }
    String db =
        ("corroborate_serve_fault_"
                + ProcessHandle.current().pid()
                + "_"
                + System.nanoTime() % 1000)
            .toLowerCase(Locale.ROOT);
    sql(server, "CREATE DATABASE " + db);
    store = withDatabase(server, db);
    pool = Workers.pool(2, "serve-pg-faults");
    Pipeline pipeline = ServeFaultsTest.pipeline();
    StoreWriter writer =
        new StoreWriter(
            mode -> Stores.open(store, mode), pipeline, pool, ProblemListener.ignoring());
    source = new StoreDossierSource(mode -> Stores.open(store, mode), writer, pipeline);
    web = new WebServer(source, WebServer.Options.loopback(0)).start();
    base = "http://127.0.0.1:" + web.port();
    StringBuilder some = new StringBuilder("[");
    for (int i = 0; i < 20; i++) {
      some.append(i == 0 ? "" : ",").append(ServeFaultsTest.article("pg-" + i, 1 + i / 5));
    }
    HttpResponse<String> first = post(some.append(']').toString());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
  }

  @AfterAll
  static void stop() throws SQLException {
    if (web != null) {
      web.close();
      source.close();
      pool.shutdownNow();
      sql(server, "DROP DATABASE IF EXISTS " + databaseOf(store) + " WITH (FORCE)");
    }
  }

  @Test
  void sessionsEndedByTheServerAreOpenedAgainForSearchesChecksAndPosts() throws Exception {
    Assumptions.assumeTrue(web != null, "serve on PostgreSQL fault test SKIPPED");
    String stories = get("/api/stories").body();
    assertThat(get("/api/search?q=ferry").statusCode()).isEqualTo(200);

    assertThat(endSessions()).as("the server ended the reader's session").isPositive();

    // a search goes to the store: it answers from a session opened again
    HttpResponse<String> search = get("/api/search?q=ferry");
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(search.body()).contains("Pellow ferry strike");
    assertThat(get("/api/stories").body()).isEqualTo(stories);

    endSessions();
    // a post writes through a session of its own, then reads what it stored
    HttpResponse<String> posted = post(ServeFaultsTest.article("pg-after", 6));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    String id = OpenApi.MAPPER.readTree(posted.body()).get("articles").get(0).get("id").asText();
    HttpResponse<String> shown = get("/api/articles/" + id);
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    assertThat(OpenApi.MAPPER.readTree(shown.body()).get("storyId").isNull()).isFalse();

    // ended again right after a post: the checking thread's next look opens a session again too
    endSessions();
    Thread.sleep(3 * StoreDossierSource.CHECK_MILLIS);
    HttpResponse<String> other = post(ServeFaultsTest.article("pg-other", 7));
    assertThat(other.statusCode()).as(other.body()).isEqualTo(202);
    assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(22);
    assertThat(count("SELECT COUNT(DISTINCT id) FROM articles")).isEqualTo(22);
  }

  /** Ends every session of the store's database, as a restarting server does; answers how many. */
  private static int endSessions() throws SQLException {
    String db = databaseOf(store);
    try (Connection c = DriverManager.getConnection("jdbc:" + server);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                    + db
                    + "' AND pid <> pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static long count(String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:" + store);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void sql(String url, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:" + url);
        Statement st = c.createStatement()) {
      st.executeUpdate(statement);
    }
  }

  private static String databaseOf(String url) {
    int slash = url.indexOf('/', url.indexOf("://") + 3);
    int query = url.indexOf('?');
    return url.substring(slash + 1, query >= 0 ? query : url.length());
  }

  /** {@code url} with its database replaced by {@code db}. */
  private static String withDatabase(String url, String db) {
    int slash = url.indexOf('/', url.indexOf("://") + 3);
    int query = url.indexOf('?');
    return url.substring(0, slash) + "/" + db + (query >= 0 ? url.substring(query) : "");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return ServeFaultsTest.get(base, path);
  }

  private static HttpResponse<String> post(String json) throws Exception {
    return ServeFaultsTest.post(base, json);
  }
}
