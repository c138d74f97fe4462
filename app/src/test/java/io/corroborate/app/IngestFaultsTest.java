package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corroborate ingest} when the disk fills up (issue 12, "Bad input and faults"): SQLite's
 * page cap ({@code -Dcorroborate.store.sqlite.maxPages}, {@code PRAGMA max_page_count}) makes the
 * writes fail with {@code SQLITE_FULL}, the answer of a full disk, so the test needs no small file
 * system and no root. The command answers one line naming the store and the full disk, no stack
 * trace, the store exit code; the store keeps what was committed before and is sound; once there is
 * room, the same ingest again ends with the dossier of an uninterrupted run.
 */
class IngestFaultsTest {

  private static final String MAX_PAGES = "corroborate.store.sqlite.maxPages";

  private static final String[][] STORIES = {
    {"Pellow", "ferry strike"},
    {"Ashby", "library fire"},
    {"Corran", "bridge closure"},
  };

  @TempDir Path tmp;

  @Test
  void aFullDiskFailsTheIngestWithOneClearLineAndTheSameIngestLaterCompletes() throws Exception {
    Path first = articles(tmp.resolve("first.jsonl"), 1, 1);
    Path second = articles(tmp.resolve("second.jsonl"), 2, 4);
    Path store = tmp.resolve("store");
    Path db = store.resolve("corroborate.db");
    assertThat(ingest(store, first).exitCode()).isZero();
    long pages = one(db, "PRAGMA page_count");

    Cli full;
    System.setProperty(MAX_PAGES, Long.toString(pages + 1));
    try {
      full = ingest(store, second);
    } finally {
      System.clearProperty(MAX_PAGES);
    }
    assertThat(full.exitCode()).as(full.err()).isEqualTo(ExitCodes.STORE);
    assertThat(full.err().lines())
        .as(full.err())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("corroborate: store " + store + ": the disk is full while ")
                    .endsWith("; nothing of this batch was kept"));
    assertThat(one(db, "SELECT COUNT(*) FROM articles")).isEqualTo(STORIES.length);
    assertThat(one(db, "SELECT COUNT(DISTINCT id) FROM articles")).isEqualTo(STORIES.length);
    assertThat(text(db, "PRAGMA integrity_check")).isEqualTo("ok");

    Cli again = ingest(store, second);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(one(db, "SELECT COUNT(*) FROM articles")).isEqualTo(4L * STORIES.length);
    assertThat(one(db, "SELECT MAX(seq) FROM articles")).isEqualTo(4L * STORIES.length);

    Path reference = tmp.resolve("reference");
    assertThat(ingest(reference, first).exitCode()).isZero();
    assertThat(ingest(reference, second).exitCode()).isZero();
    assertThat(dossier(store)).isEqualTo(dossier(reference));
  }

  private static Cli ingest(Path store, Path input) {
    return Cli.run(
        "ingest", "--quiet", "--threads", "2", "--store", store.toString(), input.toString());
  }

  private static String dossier(Path store) {
    Cli all = Cli.run("dossier", "--store", store.toString(), "--all", "--format", "json");
    assertThat(all.exitCode()).as(all.err()).isZero();
    return all.out();
  }

  private static long one(Path db, String sql) throws SQLException {
    return Long.parseLong(text(db, sql));
  }

  private static String text(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  /** Invented local news, one article a day for each story, days {@code from} to {@code to}. */
  private static Path articles(Path file, int from, int to) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int day = from; day <= to; day++) {
      for (int t = 0; t < STORIES.length; t++) {
        String place = STORIES[t][0];
        String what = STORIES[t][1];
        b.append(
            String.format(
                Locale.ROOT,
                "{\"id\":\"full-%d-%d\",\"url\":\"https://news%d.example/%s/%d\",\"title\":\"%s"
                    + " %s: day %d\",\"text\":\"The %s %s continued on day %d. Officials in %s"
                    + " said %d people were affected by the %s. A further statement is expected"
                    + " tomorrow.\",\"published\":\"%s\",\"outlet\":\"Outlet %d\"}%n",
                day,
                t,
                t,
                place.toLowerCase(Locale.ROOT),
                day,
                place,
                what,
                day,
                place,
                what,
                day,
                place,
                100 + day * 7 + t,
                what,
                LocalDate.of(2026, 3, 1).plusDays(day - 1),
                t));
      }
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    return file;
  }
}
