package io.corroborate.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store in a PostgreSQL database (the tables of the connection's current schema, {@code public}
 * unless the server says otherwise), for deployments that share one store. The same tables and
 * contract as the SQLite store: schema made and migrated by Flyway's PostgreSQL migrations, each
 * batch one transaction, full-text search by a {@code tsvector} with a GIN index. One writer at a
 * time: a session advisory lock, which the server releases when the writer's connection ends,
 * however the writer ends (kill -9 included). Before anything is written the database is inspected:
 * a database holding other tables, or a store of a newer schema, is refused untouched. Messages
 * name host, port and database, never the password. Not thread-safe: one thread uses an instance.
 */
final class PostgresStore extends JdbcStore {

  /** The highest schema version this program knows (the last migration's V number). */
  static final int SCHEMA_VERSION = 2;

  private static final String MIGRATIONS = "classpath:db/store/postgresql";

  /** The advisory lock's two keys: "Corr" and the writer lock's number. */
  private static final int LOCK_CLASS = 0x436f7272;

  private static final int LOCK_WRITER = 1;

  /** Bodies beyond this many characters are indexed by their beginning (a tsvector holds 1 MB). */
  static final int MAX_INDEXED = 400_000;

  private static final String HEADLINE_OPTIONS =
      "StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=...";

  private PostgresStore(String name, Connection db, boolean writer) throws SQLException {
    super(name, db, writer);
  }

  static Store open(String address, Stores.Mode mode, Map<String, String> env) {
    PostgresAddress a = PostgresAddress.parse(address, env);
    String name = a.describe();
    Properties props = properties(a);
    Connection c;
    try {
      c = DriverManager.getConnection(a.jdbcUrl(), props);
    } catch (SQLException e) {
      throw new StoreException(
          "store "
              + name
              + ": cannot connect to PostgreSQL at "
              + a.host()
              + ":"
              + a.port()
              + ", database "
              + a.database()
              + ": "
              + scrub(e.getMessage(), a),
          e);
    }
    try {
      inspect(name, c, mode);
      boolean writer = mode == Stores.Mode.WRITE;
      if (writer) {
        refuseReadOnly(name, c);
        lock(name, c);
        migrate(name, a, props);
      } else {
        c.setReadOnly(true);
      }
      return new PostgresStore(name, c, writer);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the connection is dropped either way
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(
          "store " + name + ": cannot open it: " + scrub(e.getMessage(), a), e);
    }
  }

  private static Properties properties(PostgresAddress a) {
    Properties p = new Properties();
    if (a.user() != null) {
      p.setProperty("user", a.user());
    }
    if (a.password() != null) {
      p.setProperty("password", a.password());
    }
    p.setProperty("ApplicationName", "corroborate pid " + ProcessHandle.current().pid());
    p.setProperty("connectTimeout", "10");
    p.putAll(a.options());
    return p;
  }

  /** A driver message without the password, should a driver ever echo it. */
  private static String scrub(String message, PostgresAddress a) {
    String m = String.valueOf(message);
    return a.password() == null || a.password().isEmpty()
        ? m
        : m.replace(a.password(), "(password)");
  }

  /**
   * Looks at the database without changing it: empty (a new store), or a Corroborate store whose
   * schema this program knows.
   */
  private static void inspect(String name, Connection c, Stores.Mode mode) throws SQLException {
    Set<String> tables = new HashSet<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema()");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    if (tables.equals(Set.of("flyway_schema_history")) && appliedSchema(c) == 0) {
      // a first ingest killed between Flyway's making its history table and the first migration's
      // commit: PostgreSQL rolled the migration back, and the store is as empty as a new one
      tables.clear();
    }
    if (tables.isEmpty()) {
      if (mode == Stores.Mode.READ) {
        throw new StoreException(
            "no store at " + name + ": run 'corroborate ingest --store ...' on it first");
      }
      return;
    }
    if (!tables.contains("flyway_schema_history") || !tables.contains("articles")) {
      throw new StoreException(
          "store "
              + name
              + ": the database holds other tables and is not a Corroborate store; left untouched"
              + " (use an empty database)");
    }
    checkSchema(name, appliedSchema(c), SCHEMA_VERSION, mode);
  }

  /** Refuses a server or session that cannot write (a standby, a read-only default). */
  private static void refuseReadOnly(String name, Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT current_setting('transaction_read_only'), pg_is_in_recovery()")) {
      rs.next();
      if ("on".equals(rs.getString(1)) || rs.getBoolean(2)) {
        throw StoreException.readOnly(name, "the server accepts no writes in this session");
      }
    }
  }

  /** Takes the writer lock, or says who holds it. */
  private static void lock(String name, Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
      ps.setInt(1, LOCK_CLASS);
      ps.setInt(2, LOCK_WRITER);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getBoolean(1)) {
          return;
        }
      }
    }
    String holder = "";
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ?"
                + " AND l.objid::bigint = ? AND l.objsubid = 2"
                + " AND l.database = (SELECT oid FROM pg_database"
                + " WHERE datname = current_database())")) {
      ps.setLong(1, LOCK_CLASS);
      ps.setLong(2, LOCK_WRITER);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()
            && rs.getString(1) != null
            && rs.getString(1).startsWith("corroborate pid ")) {
          holder = rs.getString(1).substring("corroborate ".length());
        }
      }
    } catch (SQLException e) {
      // who holds it is only a courtesy for the message
    }
    throw new StoreException(
        "store "
            + name
            + " is being written by another process"
            + (holder.isEmpty() ? "" : " (" + holder + ")")
            + "; one writer at a time: try again when it has finished");
  }

  private static void migrate(String name, PostgresAddress a, Properties props) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(a.jdbcUrl());
    for (String key : props.stringPropertyNames()) {
      try {
        ds.setProperty(key, props.getProperty(key));
      } catch (SQLException e) {
        throw new StoreException("store " + name + ": bad connection option " + key, e);
      }
    }
    try {
      Flyway.configure(PostgresStore.class.getClassLoader())
          .dataSource(ds)
          .locations(MIGRATIONS)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "store " + name + ": could not create or migrate its schema: " + scrub(e.getMessage(), a),
          e);
    }
  }

  @Override
  TextFilter matching(String text) {
    List<String> words = FullText.words(text);
    if (words.isEmpty()) {
      return null;
    }
    return new TextFilter(
        "SELECT article_id FROM article_text WHERE words @@ (" + query(words.size()) + ")",
        new ArrayList<>(folded(words)));
  }

  /** All of n words, each a phrase of the tokens the parser finds in it. */
  private static String query(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " && ").append("phraseto_tsquery('simple', ?)");
    }
    return b.toString();
  }

  private static List<String> folded(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(FullText.fold(w));
    }
    return out;
  }

  @Override
  List<SearchHit> searchHits(String text, int limit) throws SQLException {
    List<String> words = FullText.words(text);
    if (words.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT t.article_id, sa.story_id, a.title, a.outlet, a.published,"
                + " ts_headline('simple', CASE WHEN t.body = '' THEN t.title ELSE t.body END,"
                + " q.q, '"
                + HEADLINE_OPTIONS
                + "')"
                + " FROM (SELECT "
                + query(words.size())
                + " AS q) q"
                + " JOIN article_text t ON t.words @@ q.q"
                + " JOIN articles a ON a.id = t.article_id AND a.is_current = 1"
                + " LEFT JOIN story_articles sa ON sa.article_id = t.article_id"
                + " ORDER BY ts_rank(t.words, q.q) DESC, a.first_seq LIMIT ?")) {
      List<Object> args = new ArrayList<>(folded(words));
      args.add(limit > 0 ? (long) limit : Long.MAX_VALUE);
      bind(ps, args);
      return readHits(ps);
    }
  }

  @Override
  void indexText(String articleId, String title, String body, boolean replacing)
      throws SQLException {
    String indexed = body.length() > MAX_INDEXED ? body.substring(0, MAX_INDEXED) : body;
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO article_text (article_id, title, body, words) VALUES (?, ?, ?,"
                + " setweight(to_tsvector('simple', ?), 'A')"
                + " || setweight(to_tsvector('simple', ?), 'B'))"
                + " ON CONFLICT (article_id) DO UPDATE SET title = excluded.title,"
                + " body = excluded.body, words = excluded.words")) {
      ps.setString(1, articleId);
      ps.setString(2, title);
      ps.setString(3, indexed);
      ps.setString(4, FullText.fold(title));
      ps.setString(5, FullText.fold(indexed));
      ps.executeUpdate();
    }
  }

  @Override
  StoreException failed(String what, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.equals("53100")) {
      return StoreException.diskFull(name, "the server's disk", what, e);
    }
    if (state.equals("25006")) {
      return StoreException.readOnly(name, what, e);
    }
    // 08: the connection failed; 57P01-57P03: the server ended the session (a restart, an
    // administrator, a crash of its backend) or is not yet taking connections
    if (state.startsWith("08") || state.startsWith("57P0")) {
      return new StoreException(
          "store " + name + ": the connection to the server was lost while " + what, e);
    }
    return new StoreException("store " + name + ": " + what + " failed: " + e.getMessage(), e);
  }

  /** The counter every write transaction raises (table {@code store_changes}). */
  @Override
  public long changeStamp() {
    try {
      return queryLong("SELECT stamp FROM store_changes");
    } catch (SQLException e) {
      throw failed("checking for changes", e);
    }
  }

  @Override
  void beforeCommit() throws SQLException {
    try (Statement st = db.createStatement()) {
      st.executeUpdate("UPDATE store_changes SET stamp = stamp + 1");
    }
  }

  @Override
  void releaseLock() {
    // a session lock: the server released it when the connection closed
  }
}
