package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.stories.DatePolicy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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
 * Faults beyond a crash (issue 12 "Bad input and faults", issue 19 item 5): the disk filling up and
 * the store turning read-only while an ingest commits. Both are SQLite's own code paths, reached
 * without root and without a small file system: a full disk is SQLite's page cap ({@code PRAGMA
 * max_page_count}, through {@link SqliteStore#MAX_PAGES}), which fails a write with {@code
 * SQLITE_FULL} exactly as a full disk does; a store turned read-only is {@code PRAGMA query_only}
 * set on the writer's open connection, which fails the next write with {@code SQLITE_READONLY} as a
 * file system remounted read-only does (file modes do not bind root, and an open file keeps its
 * write access when its mode changes). Each time: one error naming the store and the fault, the
 * failed transaction rolled back, the articles committed before all there and none twice, the file
 * sound ({@code PRAGMA integrity_check}), and a rerun of the same ingest once the fault is gone
 * ending with the stories of an uninterrupted run.
 */
class StoreFaultsTest {

  /** Six invented local stories, one article a day each for this many days. */
  private static final int DAYS = 30;

  private static final String[][] STORIES = {
    {"Pellow", "ferry strike"},
    {"Ashby", "library fire"},
    {"Corran", "bridge closure"},
    {"Dunmere", "water main burst"},
    {"Elsworth", "school roof collapse"},
    {"Fairhold", "market flood"},
  };

  static ExecutorService pool;
  private static List<Article> first;
  private static List<Article> second;
  private static List<StoredStory> uninterrupted;

  @TempDir Path tmp;

  @TempDir static Path shared;

  @BeforeAll
  static void articlesAndAnUninterruptedRun() throws Exception {
    pool = Workers.pool(2, "fault-test");
    List<Article> all = articles();
    first = all.subList(0, all.size() / 3);
    second = all.subList(all.size() / 3, all.size());
    Path dir = shared.resolve("reference");
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      ingest(s, first);
      ingest(s, second);
      uninterrupted = s.stories();
    }
    assertThat(uninterrupted).isNotEmpty();
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void aDiskFullingUpMidIngestRollsBackTheBatchAndARerunCompletes() throws Exception {
    Path dir = tmp.resolve("store");
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      ingest(s, first);
    }
    long pages = pragma(dir, "page_count");
    // room for about one batch of the second part, not for all of it
    System.setProperty(SqliteStore.MAX_PAGES, Long.toString(pages + 40));
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      assertThatThrownBy(() -> ingest(s, second))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("store " + dir + ": the disk is full while ")
          .hasMessageEndingWith("; nothing of this batch was kept")
          .satisfies(e -> assertThat(e.getMessage()).containsOnlyOnce("nothing of this batch"));
      // the failed transaction left nothing open: the same connection still reads
      assertThat(s.articleCount()).isGreaterThanOrEqualTo(first.size());
    } finally {
      System.clearProperty(SqliteStore.MAX_PAGES);
    }
    long stored = assertSound(dir);
    assertThat(stored).as("the part before the fault is kept").isGreaterThanOrEqualTo(first.size());
    assertThat(stored)
        .as("the disk filled up before the end")
        .isLessThan(first.size() + second.size());
    System.err.println(
        "disk full after " + (stored - first.size()) + " of " + second.size() + " articles");

    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      ingest(s, second);
      assertThat(s.stories()).isEqualTo(uninterrupted);
    }
    assertThat(assertSound(dir)).isEqualTo(first.size() + second.size());
  }

  @Test
  void aStoreTurnedReadOnlyMidIngestRollsBackTheBatchAndARerunCompletes() throws Exception {
    Path dir = tmp.resolve("store");
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      ingest(s, first);
      // the writer's own connection turns read-only after its first batches, as a remount would
      try (Statement st = ((JdbcStore) s).db.createStatement()) {
        st.execute("PRAGMA query_only = 1");
      }
      assertThatThrownBy(() -> ingest(s, second))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("store " + dir + " is read-only: ")
          .hasMessageEndingWith(" failed; nothing of this batch was kept")
          .satisfies(e -> assertThat(e.getMessage()).containsOnlyOnce("nothing of this batch"));
      assertThat(s.articleCount()).isEqualTo(first.size());
    }
    assertThat(assertSound(dir)).isEqualTo(first.size());

    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      ingest(s, second);
      assertThat(s.stories()).isEqualTo(uninterrupted);
    }
    assertThat(assertSound(dir)).isEqualTo(first.size() + second.size());
  }

  @Test
  void aFaultBetweenTheArticlesAndTheStoriesSaysTheArticlesAreKeptAndTheNextIngestLinksThem()
      throws Exception {
    Path dir = tmp.resolve("store");
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      ingest(s, first);
      Connection db = ((JdbcStore) s).db;
      // the articles are committed; the store turns read-only as the stories are worked out
      Progress turnReadOnly =
          new Progress() {
            @Override
            public void start(String phase, long total) {
              if (phase.equals("finding copies")) {
                try (Statement st = db.createStatement()) {
                  st.execute("PRAGMA query_only = 1");
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              }
            }
          };
      assertThatThrownBy(
              () ->
                  new LivingDossier(s, pipeline())
                      .ingest(second, pool, turnReadOnly, ProblemListener.ignoring()))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("store " + dir + " is read-only: ")
          .hasMessageEndingWith(
              " failed; the stories were not brought up to date, but the "
                  + second.size()
                  + " new articles are stored: the next ingest links them");
      try (Statement st = db.createStatement()) {
        st.execute("PRAGMA query_only = 0");
      }
    }
    assertThat(assertSound(dir)).isEqualTo(first.size() + second.size());

    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      LivingDossier.IngestReport r =
          new LivingDossier(s, pipeline())
              .ingest(second, pool, Progress.NONE, ProblemListener.ignoring());
      assertThat(r.unchanged()).isEqualTo(second.size());
      assertThat(r.linked()).isTrue();
      assertThat(s.stories()).isEqualTo(uninterrupted);
    }
    assertThat(assertSound(dir)).isEqualTo(first.size() + second.size());
  }

  /**
   * The file is sound and holds the first N articles of the input in order, each once ({@link
   * #assertStoredInOrder}); answers N.
   */
  private static long assertSound(Path dir) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE));
        Statement st = c.createStatement()) {
      assertThat(one(st, "PRAGMA integrity_check")).isEqualTo("ok");
      return assertStoredInOrder(st, first, second);
    }
  }

  /**
   * Every stored article is there once with sequence numbers 1..N and its text, and the stored
   * articles are the first N of the input order; answers N.
   */
  static long assertStoredInOrder(Statement st, List<Article> first, List<Article> second)
      throws SQLException {
    long n = Long.parseLong(one(st, "SELECT COUNT(*) FROM articles"));
    assertThat(one(st, "SELECT COUNT(DISTINCT id) FROM articles")).isEqualTo(Long.toString(n));
    assertThat(one(st, "SELECT COALESCE(MAX(seq), 0) FROM articles"))
        .as("no gap, no duplicate")
        .isEqualTo(Long.toString(n));
    assertThat(one(st, "SELECT COUNT(*) FROM article_text")).isEqualTo(Long.toString(n));
    List<String> ids = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY seq")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    List<String> expected = new ArrayList<>();
    first.forEach(a -> expected.add(a.id()));
    second.forEach(a -> expected.add(a.id()));
    assertThat(ids).isEqualTo(expected.subList(0, (int) n));
    return n;
  }

  private static long pragma(Path dir, String name) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE));
        Statement st = c.createStatement()) {
      return Long.parseLong(one(st, "PRAGMA " + name));
    }
  }

  static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  static void ingest(Store s, List<Article> articles) {
    new LivingDossier(s, pipeline())
        .ingest(articles, pool, Progress.NONE, ProblemListener.ignoring());
  }

  /** The product's phases 2 and 3 over headline-only analyses (fast), on a fixed clock. */
  static Pipeline pipeline() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    DatePolicy dates = DatePolicy.of(clock);
    return new Pipeline(
        Stages.defaults(clock).withAnalyzer(a -> NewsArticleAnalyzer.fallback(a, dates)), clock);
  }

  static List<Article> articles() {
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (int day = 1; day <= DAYS; day++) {
      for (int t = 0; t < STORIES.length; t++) {
        String place = STORIES[t][0];
        String what = STORIES[t][1];
        n++;
        String title = place + " " + what + ": day " + day;
        String text =
            String.format(
                Locale.ROOT,
                "The %s %s continued on day %d. Officials in %s said %d people were affected by"
                    + " the %s. A further statement is expected tomorrow.",
                place,
                what,
                day,
                place,
                100 + day * 7 + t,
                what);
        String id = "fault-" + n;
        out.add(
            cleaner.clean(
                new RawDocument(
                    id,
                    InputKind.JSON_TEXT,
                    title + "\n\n" + text,
                    "https://news" + t + ".example/" + place.toLowerCase(Locale.ROOT) + "/" + day,
                    id,
                    title,
                    LocalDate.of(2026, 3, 1).plusDays(day - 1).toString(),
                    "Outlet " + t,
                    null,
                    null)));
      }
    }
    return out;
  }
}
