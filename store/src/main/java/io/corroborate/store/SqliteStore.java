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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
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
final class SqliteStore implements Store {

  /** The file inside the store directory. */
  static final String FILE = "corroborate.db";

  /** The highest schema version this program knows (the last migration's V number). */
  static final int SCHEMA_VERSION = 1;

  private static final String MIGRATIONS = "classpath:db/store/sqlite";

  private final String name;
  private final Connection db;
  private final WriterLock lock;
  private long lastSeq;

  private SqliteStore(String name, Connection db, WriterLock lock) throws SQLException {
    this.name = name;
    this.db = db;
    this.lock = lock;
    this.lastSeq = queryLong("SELECT COALESCE(MAX(seq), 0) FROM articles");
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
      throw new StoreException(
          "store " + name + " is read-only (" + p + " cannot be written); nothing was done");
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
      int version = 0;
      try (ResultSet rs =
          st.executeQuery(
              "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT"
                  + " NULL")) {
        while (rs.next()) {
          version = Math.max(version, schemaNumber(rs.getString(1)));
        }
      }
      if (version > SCHEMA_VERSION) {
        throw new StoreException(
            "store "
                + name
                + " was written by a newer version of Corroborate (schema "
                + version
                + "; this program knows up to "
                + SCHEMA_VERSION
                + "): upgrade Corroborate to use it; left untouched");
      }
      if (version < SCHEMA_VERSION && mode == Stores.Mode.READ) {
        throw new StoreException(
            "store "
                + name
                + " has an older schema ("
                + version
                + "); run 'corroborate ingest' or 'reanalyze' on it once to migrate it");
      }
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

  private static int schemaNumber(String version) {
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    try {
      return Integer.parseInt(major.strip());
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE; // a version this program cannot read is newer than it
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
  public String name() {
    return name;
  }

  @Override
  public Optional<Revision> current(String articleId) {
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT revision, content_hash FROM articles WHERE id = ? AND is_current = 1")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Revision(articleId, rs.getInt(1), rs.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("reading article " + articleId, e);
    }
  }

  @Override
  public void forEachCurrent(Consumer<StoredAnalysis> each) {
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT id, revision, content_hash, analysis_version, analysis_json FROM articles"
                + " WHERE is_current = 1 ORDER BY first_seq")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(analysis(rs));
        }
      }
    } catch (SQLException e) {
      throw failed("reading the analyses", e);
    }
  }

  @Override
  public List<StoredAnalysis> currentOlderThan(int version) {
    List<StoredAnalysis> out = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT id, revision, content_hash, analysis_version, analysis_json FROM articles"
                + " WHERE is_current = 1 AND analysis_version < ? ORDER BY first_seq")) {
      ps.setInt(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(analysis(rs));
        }
      }
    } catch (SQLException e) {
      throw failed("reading the analyses", e);
    }
    return out;
  }

  private static StoredAnalysis analysis(ResultSet rs) throws SQLException {
    return new StoredAnalysis(
        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5));
  }

  @Override
  public Optional<String> analysis(String articleId, int revision) {
    try (PreparedStatement ps =
        db.prepareStatement("SELECT analysis_json FROM articles WHERE id = ? AND revision = ?")) {
      ps.setString(1, articleId);
      ps.setInt(2, revision);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("reading article " + articleId, e);
    }
  }

  @Override
  public long articleCount() {
    try {
      return queryLong("SELECT COUNT(*) FROM articles WHERE is_current = 1");
    } catch (SQLException e) {
      throw failed("counting articles", e);
    }
  }

  private static final String STORY_COLUMNS =
      "id, title, first_date, last_date, articles, outlets, independent_sources, open_conflicts,"
          + " position, fingerprint, story_json";

  @Override
  public List<StoredStory> stories() {
    Map<String, List<String>> aliases = aliasesByStory();
    List<StoredStory> out = new ArrayList<>();
    try (PreparedStatement ps =
            db.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories ORDER BY position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(storedStory(rs, aliases));
      }
    } catch (SQLException e) {
      throw failed("reading the stories", e);
    }
    return out;
  }

  @Override
  public Optional<StoredStory> story(String id) {
    try (PreparedStatement ps =
        db.prepareStatement("SELECT " + STORY_COLUMNS + " FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(storedStory(rs, aliasesByStory())) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("reading story " + id, e);
    }
  }

  private static StoredStory storedStory(ResultSet rs, Map<String, List<String>> aliases)
      throws SQLException {
    return new StoredStory(row(rs, aliases), rs.getInt(9), rs.getString(10), rs.getString(11));
  }

  private static StoryRow row(ResultSet rs, Map<String, List<String>> aliases) throws SQLException {
    String id = rs.getString(1);
    return new StoryRow(
        id,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getInt(7),
        rs.getInt(8),
        aliases.getOrDefault(id, List.of()));
  }

  private Map<String, List<String>> aliasesByStory() {
    Map<String, List<String>> out = new HashMap<>();
    try (PreparedStatement ps =
            db.prepareStatement(
                "SELECT alias, story_id FROM aliases ORDER BY CAST(SUBSTR(alias, 2) AS INTEGER),"
                    + " alias");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw failed("reading the aliases", e);
    }
    return out;
  }

  @Override
  public List<StoryRow> listStories(String since, String query, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + STORY_COLUMNS + " FROM stories WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (since != null) {
      sql.append(" AND last_date >= ?");
      args.add(since);
    }
    if (query != null) {
      String match = FullText.match(query);
      if (match == null) {
        return List.of();
      }
      sql.append(
          " AND id IN (SELECT sa.story_id FROM article_text t JOIN story_articles sa"
              + " ON sa.article_id = t.article_id WHERE article_text MATCH ?)");
      args.add(match);
    }
    sql.append(" ORDER BY updated_seq DESC, last_date DESC, position");
    if (limit > 0) {
      sql.append(" LIMIT ?");
      args.add(limit);
    }
    Map<String, List<String>> aliases = aliasesByStory();
    List<StoryRow> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs, aliases));
        }
      }
    } catch (SQLException e) {
      throw failed("listing the stories", e);
    }
    return out;
  }

  @Override
  public Optional<String> resolve(String id) {
    try (PreparedStatement live = db.prepareStatement("SELECT id FROM stories WHERE id = ?");
        PreparedStatement alias =
            db.prepareStatement("SELECT story_id FROM aliases WHERE alias = ?")) {
      live.setString(1, id);
      try (ResultSet rs = live.executeQuery()) {
        if (rs.next()) {
          return Optional.of(id);
        }
      }
      alias.setString(1, id);
      try (ResultSet rs = alias.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("resolving " + id, e);
    }
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    String match = FullText.match(text);
    if (match == null) {
      return List.of();
    }
    List<SearchHit> out = new ArrayList<>();
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
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new SearchHit(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw failed("searching", e);
    }
    return out;
  }

  @Override
  public Optional<String> state(String stateName) {
    try (PreparedStatement ps = db.prepareStatement("SELECT value FROM state WHERE name = ?")) {
      ps.setString(1, stateName);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("reading state " + stateName, e);
    }
  }

  @Override
  public long lastSequence() {
    return lastSeq;
  }

  @Override
  public void write(Consumer<Batch> work) {
    if (lock == null) {
      throw new StoreException("store " + name + " was opened for reading only");
    }
    long seqBefore = lastSeq;
    try {
      db.setAutoCommit(false);
      work.accept(new SqliteBatch());
      db.commit();
    } catch (SQLException | RuntimeException e) {
      lastSeq = seqBefore;
      try {
        db.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      if (e instanceof SQLException sql) {
        throw failed("writing (nothing of this batch was kept)", sql);
      }
      throw (RuntimeException) e;
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is broken; the next use reports it
      }
    }
  }

  /** The writes of one transaction on this store's connection. */
  private final class SqliteBatch implements Batch {

    @Override
    public long addRevision(NewRevision r) {
      try {
        long firstSeq;
        int newest = 0;
        try (PreparedStatement ps =
            db.prepareStatement(
                "SELECT revision, first_seq FROM articles WHERE id = ? AND is_current = 1")) {
          ps.setString(1, r.articleId());
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              newest = rs.getInt(1);
              firstSeq = rs.getLong(2);
            } else {
              firstSeq = -1;
            }
          }
        }
        if (r.revision() != newest + 1) {
          throw new StoreException(
              "store "
                  + name
                  + ": article "
                  + r.articleId()
                  + " has revision "
                  + newest
                  + ", cannot add revision "
                  + r.revision());
        }
        long seq = ++lastSeq;
        if (firstSeq < 0) {
          firstSeq = seq;
        }
        try (PreparedStatement ps =
            db.prepareStatement(
                "UPDATE articles SET is_current = 0 WHERE id = ? AND is_current = 1")) {
          ps.setString(1, r.articleId());
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            db.prepareStatement(
                "INSERT INTO articles (id, revision, source, url, title, outlet, published,"
                    + " language, content_hash, raw, analysis_json, analysis_version, seq,"
                    + " first_seq, is_current, ingested_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
          ps.setString(1, r.articleId());
          ps.setInt(2, r.revision());
          ps.setString(3, r.source());
          ps.setString(4, r.url());
          ps.setString(5, r.title());
          ps.setString(6, r.outlet());
          ps.setString(7, r.published());
          ps.setString(8, r.language());
          ps.setString(9, r.contentHash());
          ps.setBytes(10, r.raw());
          ps.setString(11, r.analysisJson());
          ps.setInt(12, r.analysisVersion());
          ps.setLong(13, seq);
          ps.setLong(14, firstSeq);
          ps.setString(15, Instant.now().toString());
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            db.prepareStatement("DELETE FROM article_text WHERE article_id = ?")) {
          ps.setString(1, r.articleId());
          ps.executeUpdate();
        }
        try (PreparedStatement ps =
            db.prepareStatement(
                "INSERT INTO article_text (article_id, title, body) VALUES (?, ?, ?)")) {
          ps.setString(1, r.articleId());
          ps.setString(2, r.title() == null ? "" : r.title());
          ps.setString(3, r.body() == null ? "" : r.body());
          ps.executeUpdate();
        }
        return seq;
      } catch (SQLException e) {
        throw failed("storing article " + r.articleId(), e);
      }
    }

    @Override
    public void replaceAnalysis(String articleId, int revision, int version, String json) {
      try (PreparedStatement ps =
          db.prepareStatement(
              "UPDATE articles SET analysis_json = ?, analysis_version = ?"
                  + " WHERE id = ? AND revision = ?")) {
        ps.setString(1, json);
        ps.setInt(2, version);
        ps.setString(3, articleId);
        ps.setInt(4, revision);
        if (ps.executeUpdate() != 1) {
          throw new StoreException(
              "store " + name + ": no revision " + revision + " of article " + articleId);
        }
      } catch (SQLException e) {
        throw failed("storing the analysis of " + articleId, e);
      }
    }

    @Override
    public void replaceStories(List<StoredStory> stories, Map<String, String> membership) {
      try {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, fingerprint FROM stories");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.put(rs.getString(1), rs.getString(2));
          }
        }
        Set<String> keep = new HashSet<>();
        try (PreparedStatement move =
                db.prepareStatement("UPDATE stories SET position = ? WHERE id = ?");
            PreparedStatement put =
                db.prepareStatement(
                    "INSERT OR REPLACE INTO stories (id, position, title, first_date, last_date,"
                        + " articles, outlets, independent_sources, open_conflicts, fingerprint,"
                        + " story_json, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (StoredStory s : stories) {
            StoryRow r = s.row();
            keep.add(r.id());
            if (s.fingerprint().equals(stored.get(r.id()))) {
              move.setInt(1, s.position());
              move.setString(2, r.id());
              move.executeUpdate();
              continue;
            }
            put.setString(1, r.id());
            put.setInt(2, s.position());
            put.setString(3, r.title());
            put.setString(4, r.firstDate());
            put.setString(5, r.lastDate());
            put.setInt(6, r.articles());
            put.setInt(7, r.outlets());
            put.setInt(8, r.independentSources());
            put.setInt(9, r.openConflicts());
            put.setString(10, s.fingerprint());
            put.setString(11, s.storyJson());
            put.setLong(12, lastSeq);
            put.executeUpdate();
          }
        }
        try (PreparedStatement drop = db.prepareStatement("DELETE FROM stories WHERE id = ?")) {
          for (String id : stored.keySet()) {
            if (!keep.contains(id)) {
              drop.setString(1, id);
              drop.executeUpdate();
            }
          }
        }
        try (Statement st = db.createStatement()) {
          st.executeUpdate("DELETE FROM story_articles");
        }
        try (PreparedStatement ps =
            db.prepareStatement(
                "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)")) {
          for (Map.Entry<String, String> m : membership.entrySet()) {
            ps.setString(1, m.getKey());
            ps.setString(2, m.getValue());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      } catch (SQLException e) {
        throw failed("storing the stories", e);
      }
    }

    @Override
    public void replaceAliases(Map<String, String> aliases) {
      try {
        try (Statement st = db.createStatement()) {
          st.executeUpdate("DELETE FROM aliases");
        }
        try (PreparedStatement ps =
            db.prepareStatement("INSERT INTO aliases (alias, story_id) VALUES (?, ?)")) {
          for (Map.Entry<String, String> a : aliases.entrySet()) {
            ps.setString(1, a.getKey());
            ps.setString(2, a.getValue());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      } catch (SQLException e) {
        throw failed("storing the aliases", e);
      }
    }

    @Override
    public void putState(String stateName, String value) {
      try (PreparedStatement ps =
          db.prepareStatement("INSERT OR REPLACE INTO state (name, value) VALUES (?, ?)")) {
        ps.setString(1, stateName);
        ps.setString(2, value);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw failed("storing state " + stateName, e);
      }
    }
  }

  private long queryLong(String sql) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private StoreException failed(String what, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("FULL")) {
      return new StoreException(
          "store " + name + ": the disk is full while " + what + "; nothing of this batch was kept",
          e);
    }
    if (m.contains("READONLY")) {
      return new StoreException("store " + name + " is read-only: " + what + " failed", e);
    }
    return new StoreException("store " + name + ": " + what + " failed: " + m, e);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // closing releases what it can
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }
}
