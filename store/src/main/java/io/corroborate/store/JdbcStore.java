package io.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the SQLite and PostgreSQL stores share: the same tables and the same SQL over one JDBC
 * connection, with the database's own full-text search, error words and writer lock left to the
 * subclass. Not thread-safe: one thread uses an instance.
 */
abstract class JdbcStore implements Store {

  /** What a store error says a rolled-back {@link #write} left undone. */
  static final String ROLLED_BACK = "nothing of this batch was kept";

  /** The name messages show (a path, or an address without its password). */
  protected final String name;

  /** The store's connection, in auto-commit mode outside {@link #write}. */
  protected final Connection db;

  private final boolean writer;
  private long lastSeq;

  JdbcStore(String name, Connection db, boolean writer) throws SQLException {
    this.name = name;
    this.db = db;
    this.writer = writer;
    this.lastSeq = queryLong("SELECT COALESCE(MAX(seq), 0) FROM articles");
  }

  /** A condition on {@code article_id} for the articles holding every word, with its arguments. */
  record TextFilter(String sql, List<Object> args) {}

  /**
   * The SQL that selects {@code article_id} of the current revisions whose title or body holds
   * every word of {@code text}, or null when the text holds no word to search for.
   */
  abstract TextFilter matching(String text);

  /**
   * The search hits for {@code text}, best first, at most {@code limit}: the select over {@link
   * #matching} with a snippet in the database's own way.
   */
  abstract List<SearchHit> searchHits(String text, int limit) throws SQLException;

  /**
   * Indexes the current revision's title and body for full-text search, replacing the article's
   * entry when {@code replacing} (a new revision of a stored article).
   */
  abstract void indexText(String articleId, String title, String body, boolean replacing)
      throws SQLException;

  /** The store's error for a failed SQL statement, in the database's own words for its faults. */
  abstract StoreException failed(String what, SQLException e);

  /** Releases the writer lock when it is held (the connection is already closed). */
  abstract void releaseLock();

  /**
   * The newest schema version Flyway applied to the database (0 for none; a version this program
   * cannot read counts as newer than any it knows). The same query serves SQLite, which keeps
   * {@code success} as 1.
   */
  static int appliedSchema(Connection c) throws SQLException {
    int version = 0;
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT"
                    + " NULL")) {
      while (rs.next()) {
        String v = rs.getString(1);
        String major = v.contains(".") ? v.substring(0, v.indexOf('.')) : v;
        int n;
        try {
          n = Integer.parseInt(major.strip());
        } catch (NumberFormatException e) {
          n = Integer.MAX_VALUE;
        }
        version = Math.max(version, n);
      }
    }
    return version;
  }

  /**
   * Refuses a store of a newer schema than {@code known}, and, for reading, one of an older schema
   * (only a writer migrates).
   */
  static void checkSchema(String name, int version, int known, Stores.Mode mode) {
    if (version > known) {
      throw new StoreException(
          "store "
              + name
              + " was written by a newer version of Corroborate (schema "
              + version
              + "; this program knows up to "
              + known
              + "): upgrade Corroborate to use it; left untouched");
    }
    if (version < known && mode == Stores.Mode.READ) {
      throw new StoreException(
          "store "
              + name
              + " has an older schema ("
              + version
              + "); run 'corroborate ingest' or 'reanalyze' on it once to migrate it");
    }
  }

  /**
   * The hits of a search query whose columns are article id, story id, title, outlet, published and
   * snippet, in that order.
   */
  static List<SearchHit> readHits(PreparedStatement ps) throws SQLException {
    List<SearchHit> out = new ArrayList<>();
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
    return out;
  }

  /** Called in every write transaction just before it commits; nothing by default. */
  void beforeCommit() throws SQLException {}

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
    forEach(
        "SELECT id, revision, content_hash, analysis_version, analysis_json FROM articles"
            + " WHERE is_current = 1 ORDER BY first_seq",
        each);
  }

  @Override
  public void forEachCurrentKey(Consumer<StoredAnalysis> each) {
    forEach(
        "SELECT id, revision, content_hash, analysis_version, NULL FROM articles"
            + " WHERE is_current = 1 ORDER BY first_seq",
        each);
  }

  private void forEach(String query, Consumer<StoredAnalysis> each) {
    try (PreparedStatement ps = db.prepareStatement(query)) {
      ps.setFetchSize(256);
      boolean auto = db.getAutoCommit();
      // PostgreSQL streams a result by its fetch size only inside a transaction
      db.setAutoCommit(false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(analysis(rs));
        }
      } finally {
        if (auto) {
          db.commit();
          db.setAutoCommit(true);
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
  public Map<String, String> storyFingerprints() {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
            db.prepareStatement("SELECT id, fingerprint FROM stories ORDER BY position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw failed("reading the stories", e);
    }
    return out;
  }

  @Override
  public Map<String, List<String>> storyAliases() {
    return aliasesByStory();
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

  /** Retired ids oldest first: by the number after their one-letter prefix, then as text. */
  static final Comparator<String> ALIAS_ORDER =
      Comparator.comparingLong(JdbcStore::idNumber).thenComparing(Comparator.naturalOrder());

  private static long idNumber(String id) {
    try {
      return id.length() < 2 ? 0 : Long.parseLong(id.substring(1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private Map<String, List<String>> aliasesByStory() {
    Map<String, List<String>> out = new HashMap<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT alias, story_id FROM aliases");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw failed("reading the aliases", e);
    }
    out.values().forEach(l -> l.sort(ALIAS_ORDER));
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
      TextFilter match = matching(query);
      if (match == null) {
        return List.of();
      }
      sql.append(" AND id IN (SELECT sa.story_id FROM story_articles sa WHERE sa.article_id IN (")
          .append(match.sql())
          .append("))");
      args.addAll(match.args());
    }
    sql.append(" ORDER BY updated_seq DESC, last_date DESC, position");
    if (limit > 0) {
      sql.append(" LIMIT ?");
      args.add(limit);
    }
    Map<String, List<String>> aliases = aliasesByStory();
    List<StoryRow> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
      bind(ps, args);
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

  static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
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
    try {
      return searchHits(text, limit);
    } catch (SQLException e) {
      throw failed("searching", e);
    }
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
  public void forEachRecord(String kind, java.util.function.ObjIntConsumer<byte[]> each) {
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT position, record FROM linking_records WHERE kind = ? ORDER BY position")) {
      ps.setString(1, kind);
      ps.setFetchSize(256);
      boolean auto = db.getAutoCommit();
      // PostgreSQL streams a result by its fetch size only inside a transaction
      db.setAutoCommit(false);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(rs.getBytes(2), rs.getInt(1));
        }
      } finally {
        if (auto) {
          db.commit();
          db.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw failed("reading the " + kind + " records", e);
    }
  }

  @Override
  public long lastSequence() {
    return lastSeq;
  }

  @Override
  public void write(Consumer<Batch> work) {
    if (!writer) {
      throw new StoreException("store " + name + " was opened for reading only");
    }
    long seqBefore = lastSeq;
    try {
      db.setAutoCommit(false);
      work.accept(new JdbcBatch());
      beforeCommit();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      lastSeq = seqBefore;
      try {
        db.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      if (e instanceof StoreException se) {
        throw se.leaving(ROLLED_BACK);
      }
      if (e instanceof SQLException sql) {
        throw failed("writing", sql).leaving(ROLLED_BACK);
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
  private final class JdbcBatch implements Batch {

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
        indexText(
            r.articleId(),
            r.title() == null ? "" : r.title(),
            r.body() == null ? "" : r.body(),
            newest > 0);
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
        Map<String, Integer> storedPosition = new HashMap<>();
        try (PreparedStatement ps =
                db.prepareStatement("SELECT id, fingerprint, position FROM stories");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.put(rs.getString(1), rs.getString(2));
            storedPosition.put(rs.getString(1), rs.getInt(3));
          }
        }
        Set<String> keep = new HashSet<>();
        try (PreparedStatement move =
                db.prepareStatement("UPDATE stories SET position = ? WHERE id = ?");
            PreparedStatement put =
                db.prepareStatement(
                    "INSERT INTO stories (id, position, title, first_date, last_date, articles,"
                        + " outlets, independent_sources, open_conflicts, fingerprint, story_json,"
                        + " updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                        + " title = excluded.title, first_date = excluded.first_date,"
                        + " last_date = excluded.last_date, articles = excluded.articles,"
                        + " outlets = excluded.outlets,"
                        + " independent_sources = excluded.independent_sources,"
                        + " open_conflicts = excluded.open_conflicts,"
                        + " fingerprint = excluded.fingerprint, story_json = excluded.story_json,"
                        + " updated_seq = excluded.updated_seq")) {
          for (StoredStory s : stories) {
            StoryRow r = s.row();
            keep.add(r.id());
            if (s.fingerprint().equals(stored.get(r.id()))) {
              if (storedPosition.get(r.id()) == s.position()) {
                continue;
              }
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
        // only the memberships that changed are written
        Map<String, String> was = new HashMap<>();
        try (PreparedStatement ps =
                db.prepareStatement("SELECT article_id, story_id FROM story_articles");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            was.put(rs.getString(1), rs.getString(2));
          }
        }
        try (PreparedStatement drop =
            db.prepareStatement("DELETE FROM story_articles WHERE article_id = ?")) {
          for (Map.Entry<String, String> w : was.entrySet()) {
            if (!w.getValue().equals(membership.get(w.getKey()))) {
              drop.setString(1, w.getKey());
              drop.addBatch();
            }
          }
          drop.executeBatch();
        }
        try (PreparedStatement ps =
            db.prepareStatement(
                "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)")) {
          for (Map.Entry<String, String> m : membership.entrySet()) {
            if (!m.getValue().equals(was.get(m.getKey()))) {
              ps.setString(1, m.getKey());
              ps.setString(2, m.getValue());
              ps.addBatch();
            }
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
          db.prepareStatement(
              "INSERT INTO state (name, value) VALUES (?, ?)"
                  + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
        ps.setString(1, stateName);
        ps.setString(2, value);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw failed("storing state " + stateName, e);
      }
    }

    @Override
    public void putRecords(String kind, Map<Integer, byte[]> records) {
      try (PreparedStatement ps =
          db.prepareStatement(
              "INSERT INTO linking_records (kind, position, record) VALUES (?, ?, ?)"
                  + " ON CONFLICT (kind, position) DO UPDATE SET record = excluded.record")) {
        for (Map.Entry<Integer, byte[]> r : records.entrySet()) {
          ps.setString(1, kind);
          ps.setInt(2, r.getKey());
          ps.setBytes(3, r.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      } catch (SQLException e) {
        throw failed("storing the " + kind + " records", e);
      }
    }

    @Override
    public void dropRecords(String kind) {
      try (PreparedStatement ps =
          db.prepareStatement("DELETE FROM linking_records WHERE kind = ?")) {
        ps.setString(1, kind);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw failed("dropping the " + kind + " records", e);
      }
    }
  }

  final long queryLong(String sql) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // closing releases what it can
    } finally {
      releaseLock();
    }
  }
}
