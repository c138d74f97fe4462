package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.Workers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The faults of {@link StoreFaultsTest} on a real PostgreSQL server (issue 19 item 5), each test in
 * a database of its own: the server ends the writer's session part-way through an ingest (as a
 * restart, a crash of its backend or a cut network does: {@code pg_terminate_backend}); the
 * writer's session turns read-only mid-ingest ({@code SET SESSION CHARACTERISTICS AS TRANSACTION
 * READ ONLY}, the SQLSTATE 25006 a standby or a read-only default gives), and again between the
 * articles and the stories. Each time: one error naming the store and the fault, the failed
 * transaction rolled back by the server, the articles committed before all there and none twice,
 * and a rerun of the same ingest once the fault is gone ending with the stories of an uninterrupted
 * run. Under {@code CORROBORATE_CI=1} these tests must run; elsewhere they are skipped with a
 * message when no server is named.
 */
class PostgresStoreFaultsTest {

  private static String unavailable;
  private static List<Article> first;
  private static List<Article> second;
  private static List<StoredStory> uninterrupted;

  private String database;

  @BeforeAll
  static void findTheServerAndRunUninterrupted() throws SQLException {
    unavailable = PostgresStoreTest.checkServer();
    if (unavailable != null) {
      if ("1".equals(System.getenv("CORROBORATE_CI"))) {
        fail("CORROBORATE_CI=1 and the PostgreSQL fault tests cannot run: " + unavailable);
      }
      System.err.println("PostgreSQL fault tests SKIPPED: " + unavailable);
      return;
    }
    StoreFaultsTest.pool = Workers.pool(2, "pg-fault-test");
    List<Article> all = StoreFaultsTest.articles();
    first = all.subList(0, all.size() / 3);
    second = all.subList(all.size() / 3, all.size());
    String reference = PostgresStoreTest.freshDatabase("corroborate_fault_ref_");
    try (Store s = Stores.open(reference, Stores.Mode.WRITE)) {
      StoreFaultsTest.ingest(s, first);
      StoreFaultsTest.ingest(s, second);
      uninterrupted = s.stories();
    } finally {
      PostgresStoreTest.dropDatabase(reference);
    }
    assertThat(uninterrupted).isNotEmpty();
  }

  @AfterAll
  static void stopPool() {
    if (StoreFaultsTest.pool != null) {
      StoreFaultsTest.pool.shutdownNow();
    }
  }

  @BeforeEach
  void makeADatabase() throws SQLException {
    Assumptions.assumeTrue(unavailable == null, "PostgreSQL fault tests SKIPPED: " + unavailable);
    database = PostgresStoreTest.freshDatabase("corroborate_fault_");
  }

  @AfterEach
  void dropTheDatabase() throws SQLException {
    if (database != null) {
      PostgresStoreTest.dropDatabase(database);
    }
  }

  @Test
  void theServerEndingTheWritersSessionMidIngestLosesNothingCommittedAndARerunCompletes()
      throws Exception {
    String shown = PostgresAddress.describe(database);
    try (Store s = Stores.open(database, Stores.Mode.WRITE)) {
      StoreFaultsTest.ingest(s, first);
      int backend = backendOf(s);
      // part-way through the second part, once at least one of its batches may be committed
      AtomicInteger steps = new AtomicInteger();
      AtomicBoolean ended = new AtomicBoolean();
      Progress endSession =
          new Progress() {
            @Override
            public void step(long n) {
              if (steps.addAndGet((int) n) >= LivingDossier.BATCH + 8
                  && ended.compareAndSet(false, true)) {
                terminate(backend);
              }
            }
          };
      assertThatThrownBy(
              () ->
                  new LivingDossier(s, StoreFaultsTest.pipeline())
                      .ingest(second, StoreFaultsTest.pool, endSession, ProblemListener.ignoring()))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("store " + shown + ": the connection to the server was lost")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("password"));
      assertThat(ended).isTrue();
    }
    long stored = assertSound();
    assertThat(stored).as("the part before the fault is kept").isGreaterThanOrEqualTo(first.size());
    assertThat(stored).as("the session ended before the end").isLessThan(total());
    System.err.println(
        "session ended after " + (stored - first.size()) + " of " + second.size() + " articles");

    try (Store s = Stores.open(database, Stores.Mode.WRITE)) {
      StoreFaultsTest.ingest(s, second);
      assertThat(s.stories()).isEqualTo(uninterrupted);
    }
    assertThat(assertSound()).isEqualTo(total());
  }

  @Test
  void aSessionTurnedReadOnlyMidIngestRollsBackTheBatchAndARerunCompletes() throws Exception {
    String shown = PostgresAddress.describe(database);
    try (Store s = Stores.open(database, Stores.Mode.WRITE)) {
      StoreFaultsTest.ingest(s, first);
      readOnly(s);
      assertThatThrownBy(() -> StoreFaultsTest.ingest(s, second))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("store " + shown + " is read-only: ")
          .hasMessageEndingWith(" failed; nothing of this batch was kept")
          .satisfies(e -> assertThat(e.getMessage()).containsOnlyOnce("nothing of this batch"));
      // the failed transaction left nothing open: the same session still reads
      assertThat(s.articleCount()).isEqualTo(first.size());
    }
    assertThat(assertSound()).isEqualTo(first.size());

    try (Store s = Stores.open(database, Stores.Mode.WRITE)) {
      StoreFaultsTest.ingest(s, second);
      assertThat(s.stories()).isEqualTo(uninterrupted);
    }
    assertThat(assertSound()).isEqualTo(total());
  }

  @Test
  void aFaultBetweenTheArticlesAndTheStoriesSaysTheArticlesAreKeptAndTheNextIngestLinksThem()
      throws Exception {
    String shown = PostgresAddress.describe(database);
    try (Store s = Stores.open(database, Stores.Mode.WRITE)) {
      StoreFaultsTest.ingest(s, first);
      Progress turnReadOnly =
          new Progress() {
            @Override
            public void start(String phase, long total) {
              if (phase.equals("finding copies")) {
                readOnly(s);
              }
            }
          };
      assertThatThrownBy(
              () ->
                  new LivingDossier(s, StoreFaultsTest.pipeline())
                      .ingest(
                          second, StoreFaultsTest.pool, turnReadOnly, ProblemListener.ignoring()))
          .isInstanceOf(StoreException.class)
          .hasMessageStartingWith("store " + shown + " is read-only: ")
          .hasMessageEndingWith(
              " failed; the stories were not brought up to date, but the "
                  + second.size()
                  + " new articles are stored: the next ingest links them");
    }
    assertThat(assertSound()).isEqualTo(total());

    try (Store s = Stores.open(database, Stores.Mode.WRITE)) {
      LivingDossier.IngestReport r =
          new LivingDossier(s, StoreFaultsTest.pipeline())
              .ingest(second, StoreFaultsTest.pool, Progress.NONE, ProblemListener.ignoring());
      assertThat(r.unchanged()).isEqualTo(second.size());
      assertThat(r.linked()).isTrue();
      assertThat(s.stories()).isEqualTo(uninterrupted);
    }
    assertThat(assertSound()).isEqualTo(total());
  }

  private static int total() {
    return first.size() + second.size();
  }

  private static int backendOf(Store s) throws SQLException {
    try (Statement st = ((JdbcStore) s).db.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Ends a session from another one, as the server does when it restarts or its backend dies. */
  private void terminate(int backend) {
    try (Connection c = PostgresStoreTest.connect(database);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_terminate_backend(" + backend + ")")) {
      assertThat(rs.next() && rs.getBoolean(1)).as("the writer's session is ended").isTrue();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readOnly(Store s) {
    try (Statement st = ((JdbcStore) s).db.createStatement()) {
      st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first N articles of the input are stored in order, each once; answers N. */
  private long assertSound() throws SQLException {
    try (Connection c = PostgresStoreTest.connect(database);
        Statement st = c.createStatement()) {
      return StoreFaultsTest.assertStoredInOrder(st, first, second);
    }
  }
}
