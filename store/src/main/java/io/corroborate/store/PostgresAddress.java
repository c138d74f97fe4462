package io.corroborate.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A PostgreSQL store's address, {@code postgresql://[user[:password]@]host[:port]/database[?user=
 * ..&password=..&sslmode=..&connectTimeout=..]}. The password comes from the address or else from
 * {@code PGPASSWORD}, the user from the address or else {@code PGUSER} or the login name. Messages
 * show {@link #describe()}: host, port and database, never the user's password. Only the parameters
 * named here are passed to the driver: a driver parameter that loads classes or files is never
 * taken from an address.
 *
 * @param host the server's host
 * @param port its port (5432 unless given)
 * @param database the database
 * @param user the user, or null for the driver's default
 * @param password the password, or null
 * @param options the other driver parameters given (sslmode, connectTimeout)
 */
record PostgresAddress(
    String host,
    int port,
    String database,
    String user,
    String password,
    Map<String, String> options) {

  /** The port when the address names none. */
  static final int DEFAULT_PORT = 5432;

  private static final Set<String> OPTIONS = Set.of("sslmode", "connectTimeout");

  /** Freezes the options. */
  PostgresAddress {
    options = Map.copyOf(options);
  }

  /** Whether {@code location} names a PostgreSQL server rather than a directory. */
  static boolean isAddress(String location) {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith("postgresql://") || l.startsWith("postgres://");
  }

  /**
   * Reads an address; {@code env} supplies PGPASSWORD and PGUSER when the address has none.
   *
   * @throws StoreException naming the address (without its password) and what is wrong
   */
  static PostgresAddress parse(String address, Map<String, String> env) {
    String shown = describe(address);
    URI u;
    try {
      u = new URI(address);
    } catch (URISyntaxException e) {
      throw new StoreException("store " + shown + ": not a valid postgresql:// address");
    }
    if (u.getHost() == null || u.getHost().isBlank()) {
      throw new StoreException(
          "store " + shown + ": the address names no host (postgresql://host[:port]/database)");
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    String database = decode(path.startsWith("/") ? path.substring(1) : path);
    if (database.isBlank() || database.contains("/")) {
      throw new StoreException(
          "store " + shown + ": the address names no database (postgresql://host[:port]/database)");
    }
    String user = null;
    String password = null;
    if (u.getRawUserInfo() != null) {
      String info = u.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    Map<String, String> options = new TreeMap<>();
    if (u.getRawQuery() != null && !u.getRawQuery().isEmpty()) {
      for (String pair : u.getRawQuery().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (key.equals("user")) {
          user = value;
        } else if (key.equals("password")) {
          password = value;
        } else if (OPTIONS.contains(key)) {
          options.put(key, value);
        } else {
          throw new StoreException(
              "store "
                  + shown
                  + ": unknown parameter '"
                  + bounded(key, 40)
                  + "' in the address (known: user, password, sslmode, connectTimeout)");
        }
      }
    }
    if (password == null) {
      password = env.get("PGPASSWORD");
    }
    if (user == null || user.isEmpty()) {
      user = env.get("PGUSER");
    }
    return new PostgresAddress(
        u.getHost(),
        u.getPort() < 0 ? DEFAULT_PORT : u.getPort(),
        database,
        user == null || user.isEmpty() ? null : user,
        password == null || password.isEmpty() ? null : password,
        options);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The address as messages show it: host, port and database. */
  String describe() {
    return "postgresql://" + hostForUrl() + ":" + port + "/" + database;
  }

  /** The driver's URL (the user, password and options go as properties). */
  String jdbcUrl() {
    return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + encodePath(database);
  }

  private String hostForUrl() {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** What messages may show of any address: host, port and database, never a password. */
  static String describe(String address) {
    try {
      URI u = new URI(address);
      String host = u.getHost() == null ? "localhost" : u.getHost();
      String port = u.getPort() < 0 ? "" : ":" + u.getPort();
      String db = u.getPath() == null || u.getPath().length() <= 1 ? "" : u.getPath();
      return "postgresql://" + host + port + bounded(db, 80);
    } catch (URISyntaxException e) {
      return "postgresql://(malformed address)";
    }
  }

  /** The address's text for the string form, without the password. */
  @Override
  public String toString() {
    return describe();
  }

  /** Percent-encodes a database name for the driver's URL. */
  private static String encodePath(String s) {
    StringBuilder b = new StringBuilder();
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      int x = c & 0xff;
      if (x < 128 && Character.isLetterOrDigit(x) || x == '_' || x == '-' || x == '.') {
        b.append((char) x);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", x));
      }
    }
    return b.toString();
  }

  /** Bounds what an address puts into a message. */
  private static String bounded(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }
}
