package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The store contract on SQLite, and what is SQLite's own: the schema file, WAL, FTS5 queries. */
class SqliteStoreTest extends StoreContractTest {

  @TempDir Path dir;

  @Override
  String location() {
    return dir.resolve("store").toString();
  }

  @Override
  DataSource dataSource() throws Exception {
    Files.createDirectories(dir.resolve("store"));
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + dir.resolve("store").resolve(SqliteStore.FILE));
    return ds;
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
  void theJournalIsWriteAhead() throws Exception {
    try (Store s = openWrite()) {
      s.write(b -> b.addRevision(rev("a", 1, "alpha")));
    }
    assertThat(queryOne("PRAGMA journal_mode")).isEqualToIgnoringCase("wal");
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
}
