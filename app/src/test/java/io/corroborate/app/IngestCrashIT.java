package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an ingest, run as its own process, killed with SIGKILL at {@code -Dcrash.kills=N}
 * random moments (default 20, seed {@code -Dcrash.seed}) while articles are being committed (one
 * per transaction), and resumed each time until a run finishes. No article may be lost or stored
 * twice (sequence numbers 1..N without a gap), the store must be sound (SQLite's integrity check),
 * and the final dossier must equal that of an uninterrupted run. The ingest is {@link LightIngest}:
 * the product's store, phase 2 and phase 3 over headline-only analyses of small invented articles,
 * so that twenty runs take a few minutes. Runs on SQLite, and on PostgreSQL when {@code
 * CORROBORATE_PG_URL} names a server (required under {@code CORROBORATE_CI=1}).
 */
class IngestCrashIT {

  @TempDir static Path shared;

  /** Six invented local stories, one article a day each for this many days. */
  private static final int DAYS = 60;

  private static final String[][] STORIES = {
    {"Pellow", "ferry strike"},
    {"Ashby", "library fire"},
    {"Corran", "bridge closure"},
    {"Dunmere", "water main burst"},
    {"Elsworth", "school roof collapse"},
    {"Fairhold", "market flood"},
  };

  private static String reference;

  @TempDir Path tmp;

  @Test
  void killedSqliteIngestsResumeWithoutLossOrDuplicates() throws Exception {
    Path store = tmp.resolve("store");
    Path db = store.resolve("corroborate.db");
    Path input = corpus(tmp);
    List<String> log =
        killAndResume(
            store.toString(),
            input,
            () -> Files.exists(db) ? DriverManager.getConnection("jdbc:sqlite:" + db) : null,
            pid -> {});
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      assertThat(one(st, "PRAGMA integrity_check")).isEqualTo("ok");
      assertSound(st, log);
    }
    assertThat(dossier(store.toString())).as("%s", log).isEqualTo(reference(input));
  }

  @Test
  void killedPostgresqlIngestsResumeWithoutLossOrDuplicates() throws Exception {
    String server = System.getenv("CORROBORATE_PG_URL");
    String why = null;
    if (server == null || server.isBlank()) {
      why = "CORROBORATE_PG_URL is not set";
    } else {
      try (Connection c = connect(server)) {
        c.isValid(5);
      } catch (SQLException e) {
        why = "no PostgreSQL server answers: " + e.getMessage();
      }
    }
    if (why != null) {
      if ("1".equals(System.getenv("CORROBORATE_CI"))) {
        fail("CORROBORATE_CI=1 and the PostgreSQL crash test cannot run: " + why);
      }
      System.err.println("PostgreSQL crash test SKIPPED: " + why);
      Assumptions.abort("PostgreSQL crash test SKIPPED: " + why);
    }
    String name = ("corroborate_crash_" + ProcessHandle.current().pid()).toLowerCase(Locale.ROOT);
    try (Connection c = connect(server);
        Statement st = c.createStatement()) {
      st.executeUpdate("DROP DATABASE IF EXISTS " + name);
      st.executeUpdate("CREATE DATABASE " + name);
    }
    String store = withDatabase(server, name);
    try {
      Path input = corpus(tmp);
      List<String> log =
          killAndResume(
              store,
              input,
              () -> connect(store),
              pid -> {
                // the server ends a killed writer's session (and its lock) once it sees the
                // connection close; the next run starts when it has
                for (int i = 0; i < 500 && writerSessions(store, pid) > 0; i++) {
                  Thread.sleep(20);
                }
              });
      try (Connection c = connect(store);
          Statement st = c.createStatement()) {
        assertSound(st, log);
      }
      assertThat(dossier(store)).as("%s", log).isEqualTo(reference(input));
    } finally {
      try (Connection c = connect(server);
          Statement st = c.createStatement()) {
        st.executeUpdate("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  /** Opens a connection to the store's database for watching, or null when there is none yet. */
  @FunctionalInterface
  interface Watch {
    Connection open() throws SQLException;
  }

  /** Waits until a killed writer's process has let go of the store. */
  @FunctionalInterface
  interface AfterKill {
    void waitFor(long pid) throws Exception;
  }

  private static List<String> killAndResume(
      String store, Path input, Watch watch, AfterKill afterKill) throws Exception {
    int kills = Integer.getInteger("crash.kills", 20);
    Random random = new Random(Long.getLong("crash.seed", 20260107L));
    List<String> log = new ArrayList<>();
    int killed = 0;
    Connection watcher = null;
    try {
      for (int run = 0; run < kills + 20; run++) {
        Path err = input.resolveSibling("run-" + run + ".err");
        Process p = ingest(store, input, err);
        if (killed < kills) {
          if (watcher == null) {
            watcher = watch.open();
          }
          long seqBefore = Math.max(0, lastSeq(watcher));
          // a random moment: 1 to 3 more commits and then up to 3 ms more (inside the next
          // transaction), or now and then at a random time while the run starts up (at the
          // latest at its first commit), whatever the machine's speed
          long commits = 1 + random.nextInt(3);
          boolean early = random.nextInt(6) == 0;
          long deadline =
              System.nanoTime()
                  + (early
                      ? TimeUnit.MILLISECONDS.toNanos(200 + random.nextInt(3000))
                      : TimeUnit.SECONDS.toNanos(300));
          while (p.isAlive() && System.nanoTime() < deadline) {
            if (watcher == null) {
              watcher = watch.open();
            }
            long seq = lastSeq(watcher);
            if (seq < 0) {
              // the watching connection failed (a store being recovered): watch with a new one
              watcher.close();
              watcher = null;
              Thread.sleep(1);
              continue;
            }
            if (early ? seq > seqBefore : seq >= seqBefore + commits) {
              if (!early) {
                Thread.sleep(random.nextInt(4));
              }
              break;
            }
            Thread.sleep(1);
          }
          if (p.isAlive()) {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
            afterKill.waitFor(p.pid());
            killed++;
            log.add(
                "run "
                    + run
                    + ": killed"
                    + (early ? " early" : "")
                    + " at seq "
                    + (watcher == null ? 0 : Math.max(0, lastSeq(watcher))));
            continue;
          }
        }
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("run %d finishes", run).isTrue();
        String said = Files.readString(err);
        assertThat(p.exitValue()).as("run %d: %s", run, said).isZero();
        log.add("run " + run + ": finished: " + said.strip());
        break;
      }
    } finally {
      if (watcher != null) {
        watcher.close();
      }
    }
    System.out.println(String.join("\n", log));
    assertThat(killed).as("kills done: %s", log).isEqualTo(kills);
    return log;
  }

  /** Every article once, its sequence numbers without a gap, every table agreeing. */
  private static void assertSound(Statement st, List<String> log) throws SQLException {
    String n = Integer.toString(DAYS * STORIES.length);
    assertThat(one(st, "SELECT COUNT(*) FROM articles")).as("%s", log).isEqualTo(n);
    assertThat(one(st, "SELECT COUNT(DISTINCT id) FROM articles")).isEqualTo(n);
    assertThat(one(st, "SELECT MAX(seq) FROM articles")).as("no gap, no duplicate").isEqualTo(n);
    assertThat(one(st, "SELECT MAX(revision) FROM articles")).isEqualTo("1");
    assertThat(one(st, "SELECT COUNT(*) FROM articles WHERE is_current = 1")).isEqualTo(n);
    assertThat(one(st, "SELECT COUNT(*) FROM article_text")).isEqualTo(n);
    assertThat(one(st, "SELECT COUNT(*) FROM story_articles")).isEqualTo(n);
    assertThat(one(st, "SELECT value FROM state WHERE name = 'linked-through'")).isEqualTo(n);
  }

  /** The dossier of an uninterrupted run over the same input (made once). */
  private static synchronized String reference(Path input) throws Exception {
    if (reference == null) {
      Path store = shared.resolve("reference");
      Process p = ingest(store.toString(), input, shared.resolve("reference.err"));
      assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
      reference = dossier(store.toString());
    }
    return reference;
  }

  private static String dossier(String store) {
    Cli all = Cli.run("dossier", "--store", store, "--all", "--format", "json");
    assertThat(all.exitCode()).as(all.err()).isZero();
    return all.out();
  }

  /** Small invented articles: six local stories, one article a day each. */
  static Path corpus(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int day = 1; day <= DAYS; day++) {
      for (int t = 0; t < STORIES.length; t++) {
        String place = STORIES[t][0];
        String what = STORIES[t][1];
        n++;
        String text =
            "The "
                + place
                + " "
                + what
                + " continued on day "
                + day
                + ". Officials in "
                + place
                + " said "
                + (100 + day * 7 + t)
                + " people were affected by the "
                + what
                + ". A further statement is expected tomorrow.";
        b.append(
            String.format(
                Locale.ROOT,
                "{\"id\":\"crash-%d\",\"url\":\"https://news%d.example/%s/%d\",\"title\":\"%s %s:"
                    + " day %d\",\"text\":\"%s\",\"published\":\"2026-%s\",\"outlet\":\"Outlet"
                    + " %d\"}%n",
                n,
                t,
                place.toLowerCase(Locale.ROOT),
                day,
                place,
                what,
                day,
                text,
                java.time.LocalDate.of(2026, 3, 1).plusDays(day - 1).toString().substring(5),
                t));
      }
    }
    Path file = dir.resolve("crash-articles.jsonl");
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    return file;
  }

  private static Process ingest(String store, Path input, Path err) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        String.join(
            File.pathSeparator, "target/test-classes", "target/corroborate.jar", "target/lib/*");
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Dcorroborate.store.batch=1",
            "-cp",
            cp,
            LightIngest.class.getName(),
            store,
            input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
  }

  private static long lastSeq(Connection c) {
    if (c == null) {
      return 0;
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      // the schema is not made yet, or the connection cannot read the store now
      return String.valueOf(e.getMessage()).contains("no such table")
              || "42P01".equals(e.getSQLState())
          ? 0
          : -1;
    }
  }

  private static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  private static Connection connect(String address) throws SQLException {
    java.net.URI u = java.net.URI.create(address);
    Properties p = new Properties();
    String query = u.getRawQuery() == null ? "" : u.getRawQuery();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        p.setProperty(
            pair.substring(0, eq),
            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    if (u.getUserInfo() != null) {
      String[] info = u.getUserInfo().split(":", 2);
      p.setProperty("user", info[0]);
      if (info.length > 1) {
        p.setProperty("password", info[1]);
      }
    }
    if (!p.containsKey("password") && System.getenv("PGPASSWORD") != null) {
      p.setProperty("password", System.getenv("PGPASSWORD"));
    }
    int port = u.getPort() < 0 ? 5432 : u.getPort();
    return DriverManager.getConnection(
        "jdbc:postgresql://" + u.getHost() + ":" + port + u.getRawPath(), p);
  }

  private static String withDatabase(String url, String db) {
    int slash = url.indexOf('/', url.indexOf("://") + 3);
    int query = url.indexOf('?');
    return url.substring(0, slash) + "/" + db + (query >= 0 ? url.substring(query) : "");
  }

  /** Sessions the store's writer process {@code pid} still has on the server. */
  private static int writerSessions(String store, long pid) throws SQLException {
    try (Connection c = connect(store);
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
      ps.setString(1, "corroborate pid " + pid);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
