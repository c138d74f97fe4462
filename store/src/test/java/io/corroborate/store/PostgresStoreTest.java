package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store contract on a real PostgreSQL server, each test in a database of its own (made and
 * dropped here: the user needs CREATEDB). The server is named by {@code CORROBORATE_PG_URL} (as
 * {@code scripts/test-postgres start} prints it). Under {@code CORROBORATE_CI=1} these tests must
 * run: a missing server fails them; elsewhere they are skipped with a message saying why.
 */
class PostgresStoreTest extends StoreContractTest {

  static final String URL_VARIABLE = "CORROBORATE_PG_URL";

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static String serverUrl;
  private static String unavailable;

  private String database;

  /** The server for the tests, or the reason there is none (null when there is one). */
  static String checkServer() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return URL_VARIABLE
          + " is not set (start a server with scripts/test-postgres start DIR and export what it"
          + " prints)";
    }
    try (Connection c = connect(url)) {
      if (!c.isValid(5)) {
        return "the PostgreSQL server at " + PostgresAddress.describe(url) + " does not answer";
      }
      serverUrl = url;
      return null;
    } catch (SQLException | RuntimeException e) {
      return "no PostgreSQL server answers at "
          + PostgresAddress.describe(url)
          + ": "
          + e.getMessage();
    }
  }

  @BeforeAll
  static void findTheServer() {
    unavailable = checkServer();
    if (unavailable != null) {
      if ("1".equals(System.getenv("CORROBORATE_CI"))) {
        fail("CORROBORATE_CI=1 and the PostgreSQL store tests cannot run: " + unavailable);
      }
      System.err.println("PostgreSQL store tests SKIPPED: " + unavailable);
    }
  }

  static Connection connect(String url) throws SQLException {
    PostgresAddress a = PostgresAddress.parse(url, System.getenv());
    java.util.Properties p = new java.util.Properties();
    if (a.user() != null) {
      p.setProperty("user", a.user());
    }
    if (a.password() != null) {
      p.setProperty("password", a.password());
    }
    p.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(a.jdbcUrl(), p);
  }

  /** {@code url} with its database replaced by {@code db}. */
  static String withDatabase(String url, String db) {
    int slash = url.indexOf('/', url.indexOf("://") + 3);
    int query = url.indexOf('?');
    return url.substring(0, slash) + "/" + db + (query >= 0 ? url.substring(query) : "");
  }

  /** Makes a fresh database on the test server; answers its address. */
  static String freshDatabase(String prefix) throws SQLException {
    String db =
        (prefix
                + ProcessHandle.current().pid()
                + "_"
                + COUNTER.incrementAndGet()
                + "_"
                + Long.toString(System.nanoTime() & 0xffffff, 36))
            .toLowerCase(Locale.ROOT);
    try (Connection c = connect(serverUrl);
        Statement st = c.createStatement()) {
      st.executeUpdate("CREATE DATABASE " + db);
    }
    return withDatabase(serverUrl, db);
  }

  static void dropDatabase(String address) throws SQLException {
    String db = PostgresAddress.parse(address, System.getenv()).database();
    try (Connection c = connect(serverUrl);
        Statement st = c.createStatement()) {
      st.executeUpdate("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    }
  }

  @BeforeEach
  void makeADatabase() throws SQLException {
    // each test is skipped on its own, so that the skipped count shows in the build's summary
    Assumptions.assumeTrue(unavailable == null, "PostgreSQL store tests SKIPPED: " + unavailable);
    database = freshDatabase("corroborate_test_");
  }

  @AfterEach
  void dropTheDatabase() throws SQLException {
    if (database != null) {
      dropDatabase(database);
    }
  }

  @Override
  String location() {
    return database;
  }

  @Override
  DataSource dataSource() {
    PostgresAddress a = PostgresAddress.parse(database, System.getenv());
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(a.jdbcUrl());
    ds.setUser(a.user());
    ds.setPassword(a.password());
    ds.setConnectTimeout(5);
    return ds;
  }

  @Test
  void theSchemaVersionIsTheLastMigration() throws IOException {
    int highest = 0;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/store/postgresql"))) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        highest = Math.max(highest, Integer.parseInt(n.substring(1, n.indexOf("__"))));
      }
    }
    assertThat(PostgresStore.SCHEMA_VERSION).isEqualTo(highest);
  }

  @Test
  void theWriterLockDiesWithItsConnection() throws Exception {
    try (Store first = openWrite()) {
      first.write(b -> b.addRevision(rev("a", 1, "held")));
      assertThatThrownBy(this::openWrite)
          .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ")");
      // the server ends the writer's session as it would a killed process's
      queryOne(
          "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname ="
              + " current_database() AND pid <> pg_backend_pid() AND application_name LIKE"
              + " 'corroborate pid %'");
    }
    try (Store next = openWrite()) {
      assertThat(next.current("a")).isPresent();
      next.write(b -> b.addRevision(rev("b", 1, "next writer")));
    }
  }

  @Test
  void aWrongPasswordIsNamedWithoutThePassword() {
    String wrong =
        database.contains("password=")
            ? database.replaceAll("password=[^&]*", "password=wrongsecret")
            : database + (database.contains("?") ? "&" : "?") + "password=wrongsecret";
    assertThatThrownBy(() -> Stores.open(wrong, Stores.Mode.READ))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(PostgresAddress.describe(database))
        .hasMessageNotContaining("wrongsecret");
  }
}
