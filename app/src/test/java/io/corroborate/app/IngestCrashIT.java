package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code ingest} of the example corpus, run as its own process from the packaged jar,
 * killed with SIGKILL at random moments while articles are being committed (one per transaction),
 * then resumed, until a run finishes. No article may be lost or stored twice, SQLite's integrity
 * check must pass, and the final dossier must equal an uninterrupted run's (analyze's golden
 * dossier). {@code -Dcrash.kills=N} sets how many kills (default 4, seed 20260107).
 */
class IngestCrashIT {

  @TempDir Path tmp;

  @Test
  void killedIngestsResumeWithoutLossOrDuplicates() throws Exception {
    Path store = tmp.resolve("store");
    Path db = store.resolve("corroborate.db");
    int kills = Integer.getInteger("crash.kills", 4);
    Random random = new Random(Long.getLong("crash.seed", 20260107L));
    List<String> log = new ArrayList<>();
    int killed = 0;
    for (int run = 0; run < kills + 20; run++) {
      Process p = ingest(store, tmp.resolve("run-" + run + ".err"));
      if (killed < kills) {
        long seqBefore = lastSeq(db);
        // a random moment: after 1 or 2 more commits, or at a random time while starting up
        long commits = 1 + random.nextInt(2);
        boolean early = random.nextInt(5) == 0;
        long deadline =
            System.nanoTime() + TimeUnit.SECONDS.toNanos(early ? 3 + random.nextInt(10) : 300);
        while (p.isAlive() && System.nanoTime() < deadline && lastSeq(db) < seqBefore + commits) {
          Thread.sleep(20);
        }
        if (p.isAlive()) {
          p.destroyForcibly();
          p.waitFor(60, TimeUnit.SECONDS);
          killed++;
          log.add("run " + run + ": killed at seq " + lastSeq(db));
          continue;
        }
      }
      assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("run %d finishes", run).isTrue();
      String err = Files.readString(tmp.resolve("run-" + run + ".err"));
      assertThat(p.exitValue()).as("run %d: %s", run, err).isZero();
      log.add("run " + run + ": finished: " + err.strip());
      break;
    }
    System.out.println(String.join("\n", log));
    assertThat(killed).as("kills done: %s", log).isEqualTo(kills);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      assertThat(one(st, "PRAGMA integrity_check")).isEqualTo("ok");
      assertThat(one(st, "SELECT COUNT(*) FROM articles")).as("%s", log).isEqualTo("13");
      assertThat(one(st, "SELECT COUNT(DISTINCT id) FROM articles")).isEqualTo("13");
      assertThat(one(st, "SELECT MAX(revision) FROM articles")).isEqualTo("1");
      assertThat(one(st, "SELECT COUNT(*) FROM article_text")).isEqualTo("13");
      assertThat(one(st, "SELECT COUNT(*) FROM story_articles")).isEqualTo("13");
    }
    Cli all = Cli.run("dossier", "--store", store.toString(), "--all", "--format", "json");
    assertThat(all.exitCode()).as(all.err()).isZero();
    GoldenFiles.assertMatches(
        "calder-dam.dossier.json",
        GoldenFiles.keyedBySource(all.out(), ExampleCorpusGoldenTest.CORPUS));
  }

  private static Process ingest(Path store, Path err) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = "target/corroborate.jar" + File.pathSeparator + "target/lib/*";
    return new ProcessBuilder(
            java,
            "-Xmx3g",
            "-XX:+UseParallelGC",
            "-Dcorroborate.store.batch=1",
            "-cp",
            cp,
            Main.class.getName(),
            "ingest",
            "-q",
            "--threads",
            "2",
            "--store",
            store.toString(),
            ExampleCorpusGoldenTest.CORPUS)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
  }

  private static long lastSeq(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // the schema is not made yet, or the file is being created
    }
  }

  private static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new String(rs.getString(1).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
  }
}
