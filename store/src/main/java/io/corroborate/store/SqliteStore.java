package io.corroborate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store in one SQLite file ({@code corroborate.db}) inside a directory: WAL journal, each batch
 * one transaction, schema made and migrated by Flyway's versioned migrations, FTS5 for search.
 * Before anything is written the file is inspected read-only: a file that is no SQLite database, a
 * database that is no Corroborate store, or a store of a newer schema is refused untouched. Writers
 * hold {@link WriterLock}. Not thread-safe: one thread uses an instance.
 */
final class SqliteStore extends JdbcStore {

  /** The file inside the store directory. */
  static final String FILE = "corroborate.db";

  /** The highest schema version this program knows (the last migration's V number). */
  static final int SCHEMA_VERSION = 2;

  /**
   * The system property that caps the database file at this many pages ({@code PRAGMA
   * max_page_count}, in pages of the file, 4 KiB by default) on every connection opened after it is
   * set: past it, SQLite answers as a full disk does ({@code SQLITE_FULL}). Unset by default; the
   * fault tests set it to make a disk fill up part-way through an ingest, and an operator may set
   * it to bound the store.
   */
  static final String MAX_PAGES = "corroborate.store.sqlite.maxPages";

  private static final String MIGRATIONS = "classpath:db/store/sqlite";

  private final WriterLock lock;

  private SqliteStore(String name, Connection db, WriterLock lock) throws SQLException {
    super(name, db, lock != null);
    this.lock = lock;
  }

  static Store open(Path dir, Stores.Mode mode) {
    String name = dir.toString();
    Path file = dir.resolve(FILE);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(
          "store "
              + name
              + ": is a file, not a store (a store is a directory holding "
              + FILE
              + "); left untouched");
    }
    boolean exists = Files.exists(file);
    if (mode == Stores.Mode.READ && !exists) {
      throw new StoreException(
          "no store at " + name + ": run 'corroborate ingest' first, or name one with --store");
    }
    if (exists && !Files.isRegularFile(file)) {
      throw new StoreException("store " + name + ": " + file + " is not a file; left untouched");
    }
    if (mode == Stores.Mode.WRITE) {
      if (Files.exists(dir)) {
        refuseReadOnly(name, dir);
        if (exists) {
          refuseReadOnly(name, file);
        }
      } else {
        try {
          Files.createDirectories(dir);
        } catch (IOException e) {
          throw new StoreException(
              "store " + name + ": cannot create the directory: " + e.getMessage(), e);
        }
      }
    }
    if (exists) {
      inspect(name, file, mode);
    }
    WriterLock lock = mode == Stores.Mode.WRITE ? WriterLock.take(dir, name) : null;
    try {
      if (mode == Stores.Mode.WRITE) {
        migrate(name, file);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setBusyTimeout(30_000);
      if (mode == Stores.Mode.READ) {
        config.setReadOnly(true);
      } else {
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      }
      Integer maxPages = Integer.getInteger(MAX_PAGES);
      if (maxPages != null) {
        config.setMaxPageCount(maxPages);
      }
      Connection c = DriverManager.getConnection(url(file), config.toProperties());
      return new SqliteStore(name, c, lock);
    } catch (SQLException | RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("store " + name + ": cannot open it: " + e.getMessage(), e);
    }
  }

  private static String url(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /** Refuses a path nobody may write, before any work (as root, the mode bits still count). */
  private static void refuseReadOnly(String name, Path p) {
    boolean writable = Files.isWritable(p);
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
      writable &=
          perms.contains(PosixFilePermission.OWNER_WRITE)
              || perms.contains(PosixFilePermission.GROUP_WRITE)
              || perms.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: what the OS says is all we know
    }
    if (!writable) {
      throw StoreException.readOnly(name, p + " cannot be written");
    }
  }

  /**
   * Looks at an existing file without changing it: it must be a SQLite database holding a
   * Corroborate store whose schema this program knows.
   */
  private static void inspect(String name, Path file, Stores.Mode mode) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Properties props = config.toProperties();
    try (Connection c = DriverManager.getConnection(url(file), props);
        Statement st = c.createStatement()) {
      Set<String> tables = new HashSet<>();
      try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      tables.removeIf(t -> t.startsWith("sqlite_"));
      if (tables.equals(Set.of("flyway_schema_history")) && appliedSchema(c) == 0) {
        // a first ingest killed between Flyway's making its history table and the first
        // migration's commit: the migration was rolled back, and the store is a new one
        return;
      }
      if (tables.isEmpty()) {
        return; // an empty database: the migrations make the store
      }
      if (!tables.contains("flyway_schema_history") || !tables.contains("articles")) {
        throw new StoreException(
            "store "
                + name
                + ": "
                + file
                + " is a SQLite database but not a Corroborate store; left untouched");
      }
      checkSchema(name, appliedSchema(c), SCHEMA_VERSION, mode);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("NOTADB") || m.contains("not a database") || m.contains("CORRUPT")) {
        throw new StoreException(
            "store "
                + name
                + ": "
                + file
                + " is not a SQLite database (or is corrupt); left"
                + " untouched",
            e);
      }
      throw new StoreException("store " + name + ": cannot read " + file + ": " + m, e);
    }
  }

  private static void migrate(String name, Path file) {
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl(url(file));
    ds.setJournalMode("WAL");
    try {
      Flyway.configure(SqliteStore.class.getClassLoader())
          .dataSource(ds)
          .locations(MIGRATIONS)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "store " + name + ": could not create or migrate its schema: " + e.getMessage(), e);
    }
  }

  @Override
  TextFilter matching(String text) {
    String match = FullText.match(text);
    return match == null
        ? null
        : new TextFilter(
            "SELECT article_id FROM article_text WHERE article_text MATCH ?", List.of(match));
  }

  @Override
  List<SearchHit> searchHits(String text, int limit) throws SQLException {
    String match = FullText.match(text);
    if (match == null) {
      return List.of();
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT t.article_id, sa.story_id, a.title, a.outlet, a.published,"
                + " snippet(article_text, -1, '[', ']', '...', 16)"
                + " FROM article_text t"
                + " JOIN articles a ON a.id = t.article_id AND a.is_current = 1"
                + " LEFT JOIN story_articles sa ON sa.article_id = t.article_id"
                + " WHERE article_text MATCH ? ORDER BY rank, a.first_seq LIMIT ?")) {
      ps.setString(1, match);
      ps.setInt(2, limit > 0 ? limit : Integer.MAX_VALUE);
      return readHits(ps);
    }
  }

  @Override
  void indexText(String articleId, String title, String body, boolean replacing)
      throws SQLException {
    // article_id is an unindexed FTS5 column: deleting by it reads the whole table, so it is done
    // only for a new revision of a stored article, never for a new article (which made ingest
    // quadratic in the store's size)
    if (replacing) {
      try (PreparedStatement ps =
          db.prepareStatement("DELETE FROM article_text WHERE article_id = ?")) {
        ps.setString(1, articleId);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO article_text (article_id, title, body) VALUES (?, ?, ?)")) {
      ps.setString(1, articleId);
      ps.setString(2, title);
      ps.setString(3, body);
      ps.executeUpdate();
    }
  }

  @Override
  StoreException failed(String what, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("FULL")) {
      return StoreException.diskFull(name, "the disk", what, e);
    }
    if (m.contains("READONLY")) {
      return StoreException.readOnly(name, what, e);
    }
    return new StoreException("store " + name + ": " + what + " failed: " + m, e);
  }

  /** SQLite's {@code PRAGMA data_version}: it changes when another connection commits. */
  @Override
  public long changeStamp() {
    try {
      return queryLong("PRAGMA data_version");
    } catch (SQLException e) {
      throw failed("checking for changes", e);
    }
  }

  @Override
  void releaseLock() {
    if (lock != null) {
      lock.close();
    }
  }
}
