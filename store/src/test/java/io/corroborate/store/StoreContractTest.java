package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * The contract every store keeps, whatever its database: revisions and their order, one transaction
 * per batch, stories kept by fingerprint, aliases, full-text search, one writer at a time, and
 * stores that must not be used refused untouched. Each implementation's test extends this with a
 * fresh, empty location for every test.
 */
abstract class StoreContractTest {

  /** A fresh location (directory or address) for this test, where no store is yet. */
  abstract String location();

  /** The location's database, reached directly, behind the store's back. */
  abstract DataSource dataSource() throws Exception;

  /** Runs one SQL statement on the location's database directly. */
  void execute(String sql) throws Exception {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }

  /** The first column of the first row of a query run directly on the location's database. */
  String queryOne(String sql) throws Exception {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  Store openWrite() {
    return Stores.open(location(), Stores.Mode.WRITE);
  }

  Store openRead() {
    return Stores.open(location(), Stores.Mode.READ);
  }

  static NewRevision rev(String id, int revision, String text) {
    return rev(id, revision, "Title of " + id, text, "2026-01-0" + Math.min(9, revision));
  }

  static NewRevision rev(String id, int revision, String title, String text, String published) {
    return new NewRevision(
        id,
        revision,
        "src-" + id,
        "https://news.example/" + id,
        title,
        "Example News",
        published,
        "en",
        "hash-" + text.hashCode(),
        text.getBytes(StandardCharsets.UTF_8),
        text,
        1,
        "{\"analysis\":\"" + text + "\"}");
  }

  static StoredStory story(String id, int position, String fingerprint) {
    return story(id, position, fingerprint, "2026-01-02");
  }

  static StoredStory story(String id, int position, String fingerprint, String lastDate) {
    return new StoredStory(
        new StoryRow(id, "Story " + id, "2026-01-01", lastDate, 1, 1, 1, 0, List.of()),
        position,
        fingerprint,
        "{\"id\":\"" + id + "\",\"fp\":\"" + fingerprint + "\"}");
  }

  @Test
  void aFirstIngestKilledBeforeItsFirstMigrationCommittedLeavesANewStore() throws Exception {
    // a first migration that fails half-way ends as one killed before its commit: the database
    // rolls it back, and only Flyway's history table, made before it, remains
    DataSource ds = dataSource();
    assertThatThrownBy(
            () ->
                Flyway.configure(getClass().getClassLoader())
                    .dataSource(ds)
                    .locations("classpath:db/interrupted")
                    .load()
                    .migrate())
        .isInstanceOf(FlywayException.class);
    try (Connection c = ds.getConnection()) {
      assertThat(JdbcStore.appliedSchema(c)).isZero();
    }
    assertThatThrownBy(() -> queryOne("SELECT COUNT(*) FROM articles"))
        .isInstanceOf(java.sql.SQLException.class);
    try (Store s = openWrite()) {
      s.write(b -> b.addRevision(rev("a", 1, "after the interrupted start")));
      assertThat(s.current("a")).isPresent();
    }
  }

  @Test
  void aReaderSeesTheChangeStampMoveOnlyWhenAWriterCommits() {
    try (Store w = openWrite()) {
      w.write(b -> b.addRevision(rev("a", 1, "alpha river flood")));
      try (Store r = openRead()) {
        long before = r.changeStamp();
        assertThat(r.changeStamp()).isEqualTo(before);
        w.write(b -> b.addRevision(rev("b", 1, "bravo tram council")));
        long after = r.changeStamp();
        assertThat(after).isNotEqualTo(before);
        assertThatThrownBy(
                () ->
                    w.write(
                        b -> {
                          b.addRevision(rev("c", 1, "charlie"));
                          throw new IllegalStateException("abandoned");
                        }))
            .hasMessage("abandoned");
        assertThat(r.changeStamp()).isEqualTo(after);
        w.write(b -> b.putState("k", "v"));
        assertThat(r.changeStamp()).isNotEqualTo(after);
      }
    }
  }

  @Test
  void revisionsAreKeptAndTheNewestIsCurrentInFirstIngestionOrder() {
    try (Store s = openWrite()) {
      s.write(
          b -> {
            b.addRevision(rev("a", 1, "alpha river flood"));
            b.addRevision(rev("b", 1, "bravo tram council"));
          });
      s.write(b -> b.addRevision(rev("a", 2, "alpha river flood rising")));
      assertThat(s.current("a").orElseThrow().revision()).isEqualTo(2);
      assertThat(s.current("z")).isEmpty();
      assertThat(s.analysis("a", 1).orElseThrow()).contains("alpha river flood\"");
      assertThat(s.analysis("a", 2).orElseThrow()).contains("rising");
      assertThat(s.analysis("a", 3)).isEmpty();
      List<String> order = new ArrayList<>();
      s.forEachCurrent(a -> order.add(a.articleId() + "@" + a.revision()));
      assertThat(order).containsExactly("a@2", "b@1");
      List<StoredAnalysis> keys = new ArrayList<>();
      s.forEachCurrentKey(keys::add);
      assertThat(keys)
          .extracting(a -> a.articleId() + "@" + a.revision() + ":" + a.analysisJson())
          .as("the same revisions, without reading their analyses")
          .containsExactly("a@2:null", "b@1:null");
      assertThat(keys.get(0).contentHash()).isEqualTo(s.current("a").orElseThrow().contentHash());
      assertThat(s.articleCount()).isEqualTo(2);
      assertThat(s.lastSequence()).isEqualTo(3);
      assertThatThrownBy(() -> s.write(b -> b.addRevision(rev("a", 2, "again"))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot add revision 2");
      // the old revision's words are not found any more, the new one's are
      assertThat(s.search("rising", 10)).extracting(SearchHit::articleId).containsExactly("a");
      assertThat(s.search("bravo", 10)).extracting(SearchHit::articleId).containsExactly("b");
    }
    // everything is still there for the next process, readers included
    try (Store s = openRead()) {
      assertThat(s.lastSequence()).isEqualTo(3);
      assertThat(s.current("a").orElseThrow().revision()).isEqualTo(2);
      assertThat(s.currentOlderThan(2)).extracting(StoredAnalysis::articleId).contains("a", "b");
      assertThat(s.currentOlderThan(1)).isEmpty();
    }
  }

  @Test
  void aFailedBatchLeavesNothing() {
    try (Store s = openWrite()) {
      s.write(b -> b.addRevision(rev("a", 1, "kept")));
      assertThatThrownBy(
              () ->
                  s.write(
                      b -> {
                        b.addRevision(rev("b", 1, "lost"));
                        b.putState("x", "y");
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
      assertThat(s.current("b")).isEmpty();
      assertThat(s.state("x")).isEmpty();
      assertThat(s.search("lost", 5)).isEmpty();
      assertThat(s.lastSequence()).isEqualTo(1);
      s.write(b -> b.addRevision(rev("b", 1, "now kept")));
      assertThat(s.lastSequence()).isEqualTo(2);
      s.write(b -> b.putState("x", "one"));
      s.write(b -> b.putState("x", "two"));
      assertThat(s.state("x")).contains("two");
    }
  }

  @Test
  void linkingRecordsAreKeptByPositionReplacedDroppedAndRolledBackWithTheirBatch() {
    try (Store s = openWrite()) {
      s.write(
          b -> {
            b.putRecords("k", Map.of(2, new byte[] {2}, 0, new byte[] {0}, 1, new byte[] {1}));
            b.putRecords("other", Map.of(0, new byte[] {9}));
          });
      s.write(b -> b.putRecords("k", Map.of(1, new byte[] {1, 1}, 3, new byte[0])));
      assertThat(records(s, "k")).containsExactly("0:[0]", "1:[1, 1]", "2:[2]", "3:[]");
      assertThatThrownBy(
              () ->
                  s.write(
                      b -> {
                        b.dropRecords("k");
                        b.putRecords("k", Map.of(0, new byte[] {7}));
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
      assertThat(records(s, "k")).containsExactly("0:[0]", "1:[1, 1]", "2:[2]", "3:[]");
      s.write(b -> b.dropRecords("k"));
      assertThat(records(s, "k")).isEmpty();
      assertThat(records(s, "other")).containsExactly("0:[9]");
    }
  }

  private static List<String> records(Store s, String kind) {
    List<String> out = new java.util.ArrayList<>();
    s.forEachRecord(kind, (r, position) -> out.add(position + ":" + java.util.Arrays.toString(r)));
    return out;
  }

  @Test
  void storiesWithAnUnchangedFingerprintKeepTheirStoredJson() {
    try (Store s = openWrite()) {
      s.write(b -> b.addRevision(rev("a", 1, "one")));
      s.write(
          b -> {
            b.replaceStories(
                List.of(story("s1", 0, "f1"), story("s2", 1, "f2")), Map.of("a", "s1"));
            b.replaceAliases(Map.of("s3", "s1", "s10", "s1", "s4", "s2"));
          });
      s.write(b -> b.addRevision(rev("b", 1, "two")));
      assertThat(s.storyFingerprints())
          .containsExactlyInAnyOrderEntriesOf(Map.of("s1", "f1", "s2", "f2"));
      StoredStory changedJson =
          new StoredStory(story("s1", 1, "f1").row(), 1, "f1", "{\"id\":\"s1\",\"new\":1}");
      s.write(
          b ->
              b.replaceStories(
                  List.of(story("s2", 0, "f2b"), changedJson), Map.of("a", "s1", "b", "s2")));
      List<StoredStory> all = s.stories();
      assertThat(all).extracting(x -> x.row().id()).containsExactly("s2", "s1");
      assertThat(all.get(1).storyJson()).as("same fingerprint: stored JSON kept").contains("f1");
      assertThat(all.get(0).storyJson()).contains("f2b");
      assertThat(s.listStories(null, null, 0)).extracting(StoryRow::id).containsExactly("s2", "s1");
      assertThat(s.resolve("s3")).contains("s1");
      assertThat(s.resolve("s1")).contains("s1");
      assertThat(s.resolve("s9")).isEmpty();
      assertThat(s.story("s1").orElseThrow().row().aliases()).containsExactly("s3", "s10");
      assertThat(s.storyAliases()).containsOnlyKeys("s1", "s2");
      assertThat(s.storyAliases().get("s1")).containsExactly("s3", "s10");
      assertThat(s.storyFingerprints().keySet()).as("in dossier order").containsExactly("s2", "s1");
      assertThat(s.story("s7")).isEmpty();
      assertThat(s.search("two", 5)).extracting(SearchHit::storyId).containsExactly("s2");
      StoredStory keptByIdOnly =
          new StoredStory(
              new StoryRow("s1", null, null, null, 0, 0, 0, 0, List.of()), 0, "f1", null);
      s.write(
          b ->
              b.replaceStories(
                  List.of(keptByIdOnly, story("s2", 1, "f2b")), Map.of("a", "s1", "b", "s2")));
      assertThat(s.stories().get(0).storyJson())
          .as("a kept story given by its id alone keeps its row and JSON")
          .contains("f1");
      assertThat(s.listStories(null, null, 0).get(1).title()).isEqualTo(all.get(1).row().title());
      s.write(b -> b.replaceStories(List.of(story("s2", 0, "f2b")), Map.of("b", "s2")));
      assertThat(s.stories()).extracting(x -> x.row().id()).containsExactly("s2");
      assertThat(s.search("one", 5)).extracting(SearchHit::storyId).containsOnlyNulls();
      s.write(b -> b.replaceStories(List.of(story("s2", 0, "f2c")), Map.of("a", "s2", "b", "s2")));
      assertThat(s.search("one", 5)).extracting(SearchHit::storyId).containsExactly("s2");
      s.write(b -> b.replaceStories(List.of(story("s1", 0, "f1d")), Map.of("a", "s1", "b", "s1")));
      assertThat(s.search("one", 5)).extracting(SearchHit::storyId).containsExactly("s1");
      assertThat(s.search("two", 5)).extracting(SearchHit::storyId).containsExactly("s1");
    }
  }

  @Test
  void storiesFilterByDateAndWordsNewestUpdateFirst() {
    try (Store s = openWrite()) {
      s.write(
          b -> {
            b.addRevision(
                rev("a", 1, "Harbour ferry", "the harbour ferry strike ends", "2026-01-01"));
            b.addRevision(rev("b", 1, "Tram vote", "council votes on the tram line", "2026-02-01"));
            b.addRevision(rev("c", 1, "Ferry fares", "ferry fares rise again", "2026-03-01"));
            b.replaceStories(
                List.of(
                    story("s1", 0, "f1", "2026-01-01"),
                    story("s2", 1, "f2", "2026-02-01"),
                    story("s3", 2, "f3", "2026-03-01")),
                Map.of("a", "s1", "b", "s2", "c", "s3"));
          });
      assertThat(s.listStories(null, "ferry", 0))
          .extracting(StoryRow::id)
          .containsExactly("s3", "s1");
      assertThat(s.listStories("2026-02-01", null, 0))
          .extracting(StoryRow::id)
          .containsExactly("s3", "s2");
      assertThat(s.listStories(null, null, 1)).extracting(StoryRow::id).containsExactly("s3");
      assertThat(s.listStories(null, "ferry strike", 0))
          .extracting(StoryRow::id)
          .containsExactly("s1");
      assertThat(s.listStories(null, "  --  ", 0)).isEmpty();
    }
  }

  @Test
  void searchWantsEveryWordIgnoringCaseAndDiacriticsAndNeverObeysTheQuery() throws Exception {
    try (Store s = openWrite()) {
      s.write(
          b -> {
            b.addRevision(
                rev(
                    "a",
                    1,
                    "Zürich council",
                    "The Zürich council votes on the TRAM extension; the café owners object.",
                    "2026-01-01"));
            b.addRevision(rev("b", 1, "Bus lanes", "bus lanes open in Basel", "2026-01-02"));
          });
      assertThat(s.search("zurich tram", 10)).extracting(SearchHit::articleId).containsExactly("a");
      assertThat(s.search("Tram EXTENSION", 10))
          .extracting(SearchHit::articleId)
          .containsExactly("a");
      assertThat(s.search("cafe", 10)).extracting(SearchHit::articleId).containsExactly("a");
      assertThat(s.search("tram bus", 10)).isEmpty();
      assertThat(s.search("tra", 10)).as("whole words, no prefixes").isEmpty();
      SearchHit hit = s.search("extension", 10).get(0);
      assertThat(hit.snippet()).contains("[extension]");
      assertThat(hit.title()).isEqualTo("Zürich council");
      assertThat(hit.outlet()).isEqualTo("Example News");
      assertThat(hit.published()).isEqualTo("2026-01-01");
      for (String hostile :
          List.of(
              "'; DROP TABLE articles; --",
              "tram OR bus",
              "NEAR(tram bus)",
              "tram* | bus & !x",
              "title:bus",
              "\"unbalanced",
              "<-> :* ()")) {
        assertThat(s.search(hostile, 10)).as(hostile).isEmpty();
        assertThat(s.listStories(null, hostile, 0)).as(hostile).isEmpty();
      }
      assertThat(s.search("   ", 10)).isEmpty();
      assertThat(s.articleCount()).isEqualTo(2);
    }
    assertThat(queryOne("SELECT COUNT(*) FROM articles")).isEqualTo("2");
  }

  @Test
  void oneWriterAtATimeWhileReadersRead() {
    try (Store first = openWrite()) {
      first.write(b -> b.addRevision(rev("a", 1, "first writer")));
      assertThatThrownBy(this::openWrite)
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("being written by another process")
          .hasMessageContaining("one writer at a time");
      try (Store reader = openRead()) {
        assertThat(reader.current("a")).isPresent();
        assertThatThrownBy(() -> reader.write(b -> b.putState("x", "y")))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("reading only");
      }
    }
    try (Store second = openWrite()) {
      second.write(b -> b.addRevision(rev("b", 1, "second writer")));
      assertThat(second.lastSequence()).isEqualTo(2);
    }
  }

  @Test
  void aReaderNeedsAStore() {
    assertThatThrownBy(this::openRead)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at");
  }

  @Test
  void aStoreOfANewerSchemaIsRefusedUntouched() throws Exception {
    try (Store s = openWrite()) {
      s.write(b -> b.addRevision(rev("a", 1, "kept as it is")));
    }
    execute("UPDATE flyway_schema_history SET version = '99' WHERE version = '1'");
    for (Stores.Mode mode : Stores.Mode.values()) {
      assertThatThrownBy(() -> Stores.open(location(), mode).close())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("newer version of Corroborate")
          .hasMessageContaining("left untouched");
    }
    assertThat(queryOne("SELECT MAX(version) FROM flyway_schema_history")).isEqualTo("99");
    assertThat(queryOne("SELECT COUNT(*) FROM articles")).isEqualTo("1");
  }

  @Test
  void aStoreOfSchemaOneIsMigratedByAWriterWithoutTheCopyIndexItSavedWhole() throws Exception {
    try (Store s = openWrite()) {
      s.write(
          b -> {
            b.addRevision(rev("a", 1, "kept through the migration"));
            b.putState("story-ids", "{}");
          });
    }
    // back to schema 1: no linking records, the copy index saved whole as state
    execute("DROP TABLE linking_records");
    execute("DELETE FROM flyway_schema_history WHERE version = '2'");
    execute(
        "INSERT INTO state (name, value) VALUES ('copy-index', 'whole'), ('copy-index-of', 'x')");
    assertThatThrownBy(() -> openRead().close()).hasMessageContaining("older schema (1)");
    try (Store s = openWrite()) {
      assertThat(s.state("copy-index")).isEmpty();
      assertThat(s.state("copy-index-of")).isEmpty();
      assertThat(s.state("story-ids")).contains("{}");
      assertThat(s.current("a")).isPresent();
      s.write(b -> b.putRecords("copy-index", Map.of(0, new byte[] {1})));
    }
    assertThat(queryOne("SELECT MAX(version) FROM flyway_schema_history"))
        .isEqualTo(Integer.toString(SqliteStore.SCHEMA_VERSION));
  }

  @Test
  void aDatabaseHoldingOtherTablesIsNoStoreAndIsLeftUntouched() throws Exception {
    execute("CREATE TABLE notes (body TEXT)");
    execute("INSERT INTO notes (body) VALUES ('mine')");
    assertThatThrownBy(this::openWrite)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Corroborate store")
        .hasMessageContaining("left untouched");
    assertThat(queryOne("SELECT body FROM notes")).isEqualTo("mine");
    assertThat(queryOne("SELECT COUNT(*) FROM notes")).isEqualTo("1");
  }
}
