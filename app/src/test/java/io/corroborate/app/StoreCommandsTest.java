package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands over the example corpus, ingested once and copied for each test that changes
 * it: ingest equals analyze, re-ingest is a no-op, a changed text is a new revision and only its
 * story is synthesised again, aliases answer, hostile search text is harmless, and stores that must
 * not be used (newer, not SQLite, read-only, locked) are refused untouched.
 */
class StoreCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path shared;
  private static Cli firstIngest;

  @TempDir Path tmp;

  @BeforeAll
  static void ingestTheExampleCorpusOnce() throws IOException {
    shared = Files.createTempDirectory("corroborate-store-test");
    firstIngest =
        Cli.run(
            "ingest",
            "--store",
            shared.resolve("store").toString(),
            "--threads",
            "2",
            ExampleCorpusGoldenTest.CORPUS);
  }

  @AfterAll
  static void removeTheSharedStore() throws IOException {
    deleteTree(shared);
  }

  /** A copy of the ingested store that a test may change. */
  private Path copyOfStore() throws IOException {
    assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
    Path from = shared.resolve("store");
    Path to = tmp.resolve("store");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  @Test
  void ingestThenDossierAllEqualsAnalyze() throws IOException {
    assertThat(firstIngest.exitCode()).as(firstIngest.err()).isZero();
    assertThat(firstIngest.err()).contains("13 new").contains("2 stories (2 synthesised");
    Cli all =
        Cli.run(
            "dossier", "--store", shared.resolve("store").toString(), "--all", "--format", "json");
    assertThat(all.exitCode()).as(all.err()).isZero();
    // the golden file is analyze's output (ExampleCorpusGoldenTest holds analyze to it)
    GoldenFiles.assertMatches(
        "calder-dam.dossier.json",
        GoldenFiles.keyedBySource(all.out(), ExampleCorpusGoldenTest.CORPUS));
    Cli md = Cli.run("dossier", "--store", shared.resolve("store").toString(), "--all");
    GoldenFiles.assertMatches(
        "calder-dam.dossier.md",
        GoldenFiles.keyedBySource(md.out(), ExampleCorpusGoldenTest.CORPUS));
  }

  @Test
  void ingestInThreeBatchesThenDossierAllEqualsAnalyze() throws IOException {
    Path store = tmp.resolve("batches");
    Path corpus = Path.of(ExampleCorpusGoldenTest.CORPUS);
    // in the order analyze walks the corpus: crawl, feeds, then web and wire
    List<List<String>> batches =
        List.of(
            List.of(corpus.resolve("crawl").toString()),
            List.of(corpus.resolve("feeds").toString()),
            List.of(corpus.resolve("web").toString(), corpus.resolve("wire").toString()));
    for (List<String> batch : batches) {
      List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
      args.addAll(batch);
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.exitCode()).as(r.err()).isZero();
      // each batch saves the copy index (a header and a record per article) and the story
      // clusterer the next one goes on from
      assertThat(
              digestOfTable(
                  store,
                  "SELECT count(*) FROM state WHERE name IN ('copy-index-header', 'story-clusterer')"
                      + " UNION ALL SELECT count(*) = (SELECT count(*) FROM articles WHERE"
                      + " is_current = 1) FROM linking_records WHERE kind = 'copy-index'"))
          .isEqualTo(digestOfTable(store, "SELECT 2 UNION ALL SELECT 1"));
    }
    Cli all = Cli.run("dossier", "--store", store.toString(), "--all", "--format", "json");
    assertThat(all.exitCode()).as(all.err()).isZero();
    GoldenFiles.assertMatches(
        "calder-dam.dossier.json",
        GoldenFiles.keyedBySource(all.out(), ExampleCorpusGoldenTest.CORPUS));
  }

  @Test
  void reingestingStoredArticlesDoesNothing() throws IOException {
    Path store = copyOfStore();
    String before = Cli.run("stories", "--store", store.toString(), "--format", "jsonl").out();
    String dbBefore = digestOfTable(store, "SELECT id, revision, seq FROM articles ORDER BY seq");
    Cli again =
        Cli.run(
            "ingest",
            "--store",
            store.toString(),
            "--threads",
            "2",
            ExampleCorpusGoldenTest.CORPUS);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err())
        .contains("0 new, 0 new revisions, 13 already stored (nothing to do)")
        .contains("stories unchanged");
    assertThat(Cli.run("stories", "--store", store.toString(), "--format", "jsonl").out())
        .isEqualTo(before);
    assertThat(digestOfTable(store, "SELECT id, revision, seq FROM articles ORDER BY seq"))
        .isEqualTo(dbBefore);
  }

  @Test
  void aChangedTextIsANewRevisionAndOnlyItsStoryIsSynthesisedAgain() throws IOException {
    Path store = copyOfStore();
    Path feed = tmp.resolve("update.jsonl");
    Map<String, Object> line =
        Map.of(
            "id", "meridian-radio-0304-tram",
            "url", "https://meridian-radio.example/brief/riverside-tram",
            "title", "Riverside tram line gets the green light",
            "outlet", "Meridian Radio",
            "published", "2026-03-04",
            "text",
                "Estermont city council voted 31 to 12 on Wednesday to extend the tram network to"
                    + " the Riverside district, after six years of argument over the route.\n\n"
                    + "The extension, now put at 5.1 kilometres, will add five stops between"
                    + " Central Station and the Riverside hospital and is expected to cost 236"
                    + " million crowns, according to revised council papers.");
    Files.writeString(feed, JSON.writeValueAsString(line) + "\n");
    Cli r = Cli.run("ingest", "--store", store.toString(), "--threads", "2", feed.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("0 new, 1 new revision, 0 already stored");
    assertThat(r.err()).contains("2 stories (1 synthesised, 1 unchanged)");

    JsonNode tram =
        JSON.readTree(
            Cli.run("dossier", "--store", store.toString(), "s2", "--format", "json").out());
    String text = null;
    for (JsonNode a : tram.get("articles")) {
      if ("meridian-radio-0304-tram".equals(a.get("source").asText())) {
        text = a.get("text").asText();
      }
    }
    assertThat(text).as("the newest revision is the one shown").contains("236 million");
    try (Store s = Stores.open(store.toString(), Stores.Mode.READ)) {
      String id = tram.get("articles").get(0).get("id").asText();
      for (JsonNode a : tram.get("articles")) {
        if ("meridian-radio-0304-tram".equals(a.get("source").asText())) {
          id = a.get("id").asText();
        }
      }
      assertThat(s.current(id).orElseThrow().revision()).isEqualTo(2);
      assertThat(s.analysis(id, 1).orElseThrow())
          .as("the old revision stays")
          .contains("212 million");
      assertThat(s.articleCount()).isEqualTo(13);
    }
    Cli again = Cli.run("ingest", "--store", store.toString(), "--threads", "2", feed.toString());
    assertThat(again.err()).contains("1 already stored").contains("stories unchanged");
  }

  @Test
  void reanalyzeRedoesOnlyOlderAnalysesAndKeepsIds() throws Exception {
    Path store = copyOfStore();
    String before =
        Cli.run("dossier", "--store", store.toString(), "--all", "--format", "json").out();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + store.resolve("corroborate.db"));
        Statement st = c.createStatement()) {
      // as if an older version had analysed the first article
      st.executeUpdate("UPDATE articles SET analysis_version = 0 WHERE seq = 1");
    }
    Cli r = Cli.run("reanalyze", "--store", store.toString(), "--threads", "2");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("1 article analysed again");
    assertThat(digestOfTable(store, "SELECT MIN(analysis_version) FROM articles"))
        .isEqualTo(digestOfTable(store, "SELECT MAX(analysis_version) FROM articles"));
    assertThat(Cli.run("dossier", "--store", store.toString(), "--all", "--format", "json").out())
        .as("the same analysis again: the same stories and ids")
        .isEqualTo(before);
    Cli again = Cli.run("reanalyze", "--store", store.toString());
    assertThat(again.err()).contains("0 articles analysed again");
  }

  @Test
  void anOldIdAnswersWithTheStorysCurrentId() throws IOException {
    Path store = copyOfStore();
    try (Store s = Stores.open(store.toString(), Stores.Mode.WRITE)) {
      // as StoryIds leaves it after s7 merged into s1 (StoryIdsTest proves the merge itself)
      s.write(b -> b.replaceAliases(Map.of("s7", "s1")));
    }
    Cli r = Cli.run("dossier", "--store", store.toString(), "s7", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.get("requestedId").asText()).isEqualTo("s7");
    assertThat(d.get("stories")).hasSize(1);
    assertThat(d.get("stories").get(0).get("id").asText()).isEqualTo("s1");
    assertThat(d.get("articles")).hasSize(d.get("stories").get(0).get("articleIds").size());
    JsonNode first =
        JSON.readTree(
            Cli.run("stories", "--store", store.toString(), "--format", "jsonl", "--limit", "5")
                .out()
                .lines()
                .filter(l -> l.contains("\"id\":\"s1\""))
                .findFirst()
                .orElseThrow());
    assertThat(first.get("aliases").toString()).isEqualTo("[\"s7\"]");
    Cli csv =
        Cli.run(
            "dossier", "--store", store.toString(), "s7", "--format", "csv", "--table", "articles");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out().lines().count())
        .as("a header and one row per article of s1")
        .isEqualTo(1 + d.get("articles").size());
    Cli missing = Cli.run("dossier", "--store", store.toString(), "s99");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(missing.err()).contains("no story has the id s99");
  }

  @Test
  void storiesFilterByDateAndWords() throws IOException {
    String store = shared.resolve("store").toString();
    assertThat(firstIngest.exitCode()).isZero();
    List<String> all =
        Cli.run("stories", "--store", store, "--format", "jsonl").out().lines().toList();
    assertThat(all).hasSize(2);
    for (String l : all) {
      JsonNode n = JSON.readTree(l);
      assertThat(n.fieldNames())
          .toIterable()
          .containsExactly(
              "id",
              "title",
              "firstDate",
              "lastDate",
              "articles",
              "outlets",
              "independentSources",
              "openConflicts",
              "aliases");
    }
    assertThat(Cli.run("stories", "--store", store, "--format", "jsonl", "--query", "tram").out())
        .contains("Riverside tram")
        .doesNotContain("Dam breach");
    assertThat(
            Cli.run("stories", "--store", store, "--format", "jsonl", "--since", "2026-03-06")
                .out()
                .lines())
        .hasSize(1);
    assertThat(Cli.run("stories", "--store", store, "--limit", "1").out().lines())
        .hasSize(2); // header + 1
  }

  @Test
  void hostileSearchTextIsSearchedForNeverObeyed() throws IOException {
    String store = shared.resolve("store").toString();
    assertThat(firstIngest.exitCode()).isZero();
    Cli plain = Cli.run("search", "--store", store, "tram", "extension");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    List<String> hits = plain.out().lines().toList();
    assertThat(hits).isNotEmpty();
    for (String h : hits) {
      JsonNode n = JSON.readTree(h);
      assertThat(n.fieldNames())
          .toIterable()
          .containsExactly("articleId", "storyId", "title", "outlet", "published", "snippet");
      assertThat(n.get("storyId").asText()).isEqualTo("s2");
    }
    for (String hostile :
        List.of(
            "\"",
            "tram\" OR \"dam",
            "NEAR(tram dam, 2)",
            "title:tram",
            "tram*",
            "- ^ * ( ) { } : +",
            "'; DROP TABLE articles; --",
            "\" ) OR 1=1 --",
            "tram AND NOT dam",
            "\u0000 tram",
            "x".repeat(5000))) {
      // '--' ends the options, so text that starts with '-' is text (picocli's rule)
      Cli r = Cli.run("search", "--store", store, "--", hostile);
      assertThat(r.exitCode()).as("%s: %s", hostile, r.err()).isZero();
      assertThat(r.err()).as(hostile).isEmpty();
      for (String l : r.out().lines().toList()) {
        JSON.readTree(l);
      }
    }
    // 'tram OR dam' would match both stories if OR were obeyed; as words, 'or' must be in it too
    assertThat(Cli.run("search", "--store", store, "tram\" OR \"dam").out())
        .doesNotContain("\"s1\"");
    assertThat(Cli.run("stories", "--store", store, "--format", "jsonl").out().lines()).hasSize(2);
    assertThat(Cli.run("search", "--store", store, "tram").out().lines())
        .hasSameSizeAs(Cli.run("search", "--store", store, "TRAM").out().lines().toList());
  }

  @Test
  void aStoreOfANewerSchemaIsRefusedUntouched() throws Exception {
    Path store = copyOfStore();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + store.resolve("corroborate.db"));
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'future',"
              + " 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
    }
    String before = digestOfFile(store.resolve("corroborate.db"));
    for (String[] args :
        List.of(
            new String[] {"ingest", "--store", store.toString(), ExampleCorpusGoldenTest.CORPUS},
            new String[] {"stories", "--store", store.toString()})) {
      Cli r = Cli.run(args);
      assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.STORE);
      assertThat(r.err())
          .contains("written by a newer version of Corroborate (schema 99")
          .contains("left untouched");
      assertThat(r.out()).isEmpty();
    }
    assertThat(digestOfFile(store.resolve("corroborate.db"))).isEqualTo(before);
  }

  @Test
  void aFileThatIsNoSqliteDatabaseIsRefusedUntouched() throws IOException {
    Path dir = tmp.resolve("notes");
    Files.createDirectories(dir);
    Path db = dir.resolve("corroborate.db");
    Files.writeString(db, "These are my notes, not a database.\n".repeat(200));
    String before = digestOfFile(db);
    Cli r = Cli.run("ingest", "--store", dir.toString(), ExampleCorpusGoldenTest.CORPUS);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.STORE);
    assertThat(r.err()).contains("is not a SQLite database").contains("left untouched");
    assertThat(digestOfFile(db)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("corroborate.db");
    }

    Path plainFile = tmp.resolve("a-file");
    Files.writeString(plainFile, "not a directory");
    Cli f = Cli.run("ingest", "--store", plainFile.toString(), ExampleCorpusGoldenTest.CORPUS);
    assertThat(f.exitCode()).isEqualTo(ExitCodes.STORE);
    assertThat(f.err()).contains("is a file, not a store");
    assertThat(Files.readString(plainFile)).isEqualTo("not a directory");

    Cli none = Cli.run("stories", "--store", tmp.resolve("nothing-here").toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.STORE);
    assertThat(none.err()).contains("no store at");
    assertThat(tmp.resolve("nothing-here")).doesNotExist();
  }

  @Test
  void aReadOnlyStoreIsRefusedBeforeAnyWork() throws IOException {
    Path store = copyOfStore();
    Path db = store.resolve("corroborate.db");
    String before = digestOfFile(db);
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // an input that does not exist: had any work begun, the answer would be 'no input'
      Cli r =
          Cli.run("ingest", "--store", store.toString(), tmp.resolve("no-such-input").toString());
      assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.STORE);
      assertThat(r.err()).contains("is read-only").contains("nothing was done");
      assertThat(r.err()).doesNotContain("no-such-input");
      Cli reads = Cli.run("stories", "--store", store.toString(), "--format", "jsonl");
      assertThat(reads.exitCode()).as(reads.err()).isZero();
      assertThat(reads.out().lines()).hasSize(2);
    } finally {
      Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    }
    assertThat(digestOfFile(db)).isEqualTo(before);
  }

  @Test
  void oneWriterAtATimeAndTheLockDiesWithItsProcess() throws Exception {
    Path store = copyOfStore();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                store.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String said = out.readLine();
      assertThat(said).startsWith("locked");
      Cli second = Cli.run("ingest", "--store", store.toString(), ExampleCorpusGoldenTest.CORPUS);
      assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.STORE);
      assertThat(second.err())
          .contains("is being written by another process (pid " + holder.pid() + ")")
          .contains("one writer at a time");
      Cli reader = Cli.run("stories", "--store", store.toString(), "--format", "jsonl");
      assertThat(reader.exitCode()).as("readers do not wait for the writer").isZero();
      assertThat(reader.out().lines()).hasSize(2);
    } finally {
      holder.destroyForcibly(); // SIGKILL: the holder gets no chance to let go
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    Cli after = Cli.run("ingest", "--store", store.toString(), ExampleCorpusGoldenTest.CORPUS);
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.err()).contains("13 already stored");
  }

  private static String digestOfFile(Path p) throws IOException {
    return sha256(Files.readAllBytes(p));
  }

  private static String digestOfTable(Path store, String sql) {
    List<String> rows = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + store.resolve("corroborate.db"));
        Statement st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(rs.getString(i)).append('|');
        }
        rows.add(b.toString());
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return sha256(String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
