package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store on its own: revisions, order, transactions, stories, search, schema. */
class SqliteStoreTest {

  @TempDir Path dir;

  private static NewRevision rev(String id, int revision, String text) {
    return new NewRevision(
        id,
        revision,
        "src-" + id,
        "https://news.example/" + id,
        "Title of " + id,
        "Example News",
        "2026-01-0" + Math.min(9, revision),
        "en",
        "hash-" + text.hashCode(),
        text.getBytes(StandardCharsets.UTF_8),
        text,
        1,
        "{\"analysis\":\"" + text + "\"}");
  }

  private static StoredStory story(String id, int position, String fingerprint) {
    return new StoredStory(
        new StoryRow(id, "Story " + id, "2026-01-01", "2026-01-02", 1, 1, 1, 0, List.of()),
        position,
        fingerprint,
        "{\"id\":\"" + id + "\",\"fp\":\"" + fingerprint + "\"}");
  }

  @Test
  void theSchemaVersionIsTheLastMigration() throws IOException {
    int highest = 0;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/store/sqlite"))) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        highest = Math.max(highest, Integer.parseInt(n.substring(1, n.indexOf("__"))));
      }
    }
    assertThat(SqliteStore.SCHEMA_VERSION).isEqualTo(highest);
  }

  @Test
  void revisionsAreKeptAndTheNewestIsCurrentInFirstIngestionOrder() throws Exception {
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      s.write(
          b -> {
            b.addRevision(rev("a", 1, "alpha river flood"));
            b.addRevision(rev("b", 1, "bravo tram council"));
          });
      s.write(b -> b.addRevision(rev("a", 2, "alpha river flood rising")));
      assertThat(s.current("a").orElseThrow().revision()).isEqualTo(2);
      assertThat(s.analysis("a", 1).orElseThrow()).contains("alpha river flood\"");
      assertThat(s.analysis("a", 2).orElseThrow()).contains("rising");
      List<String> order = new ArrayList<>();
      s.forEachCurrent(a -> order.add(a.articleId() + "@" + a.revision()));
      assertThat(order).containsExactly("a@2", "b@1");
      assertThat(s.articleCount()).isEqualTo(2);
      assertThat(s.lastSequence()).isEqualTo(3);
      assertThatThrownBy(() -> s.write(b -> b.addRevision(rev("a", 2, "again"))))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot add revision 2");
      // the old revision's words are not found any more, the new one's are
      assertThat(s.search("rising", 10)).extracting(SearchHit::articleId).containsExactly("a");
      assertThat(s.search("bravo", 10)).extracting(SearchHit::articleId).containsExactly("b");
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("corroborate.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void aFailedBatchLeavesNothing() {
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
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
      assertThat(s.lastSequence()).isEqualTo(1);
      s.write(b -> b.addRevision(rev("b", 1, "now kept")));
      assertThat(s.lastSequence()).isEqualTo(2);
    }
  }

  @Test
  void storiesWithAnUnchangedFingerprintKeepTheirStoredJson() {
    try (Store s = Stores.open(dir.toString(), Stores.Mode.WRITE)) {
      s.write(b -> b.addRevision(rev("a", 1, "one")));
      s.write(
          b -> {
            b.replaceStories(
                List.of(story("s1", 0, "f1"), story("s2", 1, "f2")), Map.of("a", "s1"));
            b.replaceAliases(Map.of("s3", "s1"));
          });
      s.write(b -> b.addRevision(rev("b", 1, "two")));
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
      assertThat(s.story("s1").orElseThrow().row().aliases()).containsExactly("s3");
      assertThat(s.search("two", 5)).extracting(SearchHit::storyId).containsExactly("s2");
    }
  }

  @Test
  void userTextBecomesQuotedWords() {
    assertThat(FullText.match("tram extension")).isEqualTo("\"tram\" \"extension\"");
    assertThat(FullText.match("say \"no\" OR NEAR(x)"))
        .isEqualTo("\"say\" \"\"\"no\"\"\" \"OR\" \"NEAR(x)\"");
    assertThat(FullText.match("  * - ^ ( )  ")).isNull();
    assertThat(FullText.match(null)).isNull();
    assertThat(FullText.match("w ".repeat(100)).split(" ")).hasSize(FullText.MAX_WORDS);
  }

  @Test
  void aReaderNeverCreatesAStore() {
    assertThatThrownBy(() -> Stores.open(dir.resolve("none").toString(), Stores.Mode.READ))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void aPostgresqlAddressIsNamedWithoutItsPassword() {
    assertThatThrownBy(
            () -> Stores.open("postgresql://ann:secret@db.example:5433/news", Stores.Mode.READ))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("postgresql://db.example:5433/news")
        .hasMessageNotContaining("secret");
  }
}
