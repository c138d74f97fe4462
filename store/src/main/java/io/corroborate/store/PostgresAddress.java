package io.corroborate.store;

import java.net.URI;
import java.net.URISyntaxException;

/** A PostgreSQL address as messages may show it: host, port and database, never a password. */
final class PostgresAddress {

  private PostgresAddress() {}

  static String describe(String address) {
    try {
      URI u = new URI(address);
      String host = u.getHost() == null ? "localhost" : u.getHost();
      String port = u.getPort() < 0 ? "" : ":" + u.getPort();
      String db = u.getPath() == null || u.getPath().length() <= 1 ? "" : u.getPath();
      return "postgresql://" + host + port + db;
    } catch (URISyntaxException e) {
      return "postgresql://(malformed address)";
    }
  }
}
