package io.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** PostgreSQL addresses: what is read from them, and that no message shows a password. */
class PostgresAddressTest {

  @Test
  void readsHostPortDatabaseUserAndPassword() {
    PostgresAddress a =
        PostgresAddress.parse(
            "postgresql://ann:s%3Acret@db.example:5433/news?sslmode=require", Map.of());
    assertThat(a.host()).isEqualTo("db.example");
    assertThat(a.port()).isEqualTo(5433);
    assertThat(a.database()).isEqualTo("news");
    assertThat(a.user()).isEqualTo("ann");
    assertThat(a.password()).isEqualTo("s:cret");
    assertThat(a.options()).containsExactly(Map.entry("sslmode", "require"));
    assertThat(a.describe()).isEqualTo("postgresql://db.example:5433/news");
    assertThat(a.toString()).doesNotContain("cret");
    assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/news");
  }

  @Test
  void thePasswordAndUserMayComeFromTheEnvironment() {
    PostgresAddress a =
        PostgresAddress.parse(
            "postgres://localhost/news", Map.of("PGPASSWORD", "envsecret", "PGUSER", "bob"));
    assertThat(a.port()).isEqualTo(PostgresAddress.DEFAULT_PORT);
    assertThat(a.user()).isEqualTo("bob");
    assertThat(a.password()).isEqualTo("envsecret");
    PostgresAddress given =
        PostgresAddress.parse(
            "postgresql://localhost/news?user=carol&password=inline",
            Map.of("PGPASSWORD", "envsecret", "PGUSER", "bob"));
    assertThat(given.user()).isEqualTo("carol");
    assertThat(given.password()).isEqualTo("inline");
  }

  @Test
  void driverParametersBeyondTheKnownOnesAreRefused() {
    assertThatThrownBy(
            () ->
                PostgresAddress.parse(
                    "postgresql://ann:secret@localhost/news?socketFactory=x.Y", Map.of()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unknown parameter 'socketFactory'")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> PostgresAddress.parse("postgresql://ann:secret@localhost/", Map.of()))
        .hasMessageContaining("names no database")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> PostgresAddress.parse("postgresql:///news", Map.of()))
        .hasMessageContaining("names no host");
  }

  @Test
  void anUnreachableServerIsNamedWithoutThePassword() {
    // port 1 on loopback: nothing listens there, the connection is refused at once
    assertThatThrownBy(
            () -> Stores.open("postgresql://ann:secret@127.0.0.1:1/news", Stores.Mode.READ))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("postgresql://127.0.0.1:1/news")
        .hasMessageContaining("cannot connect")
        .hasMessageNotContaining("secret");
  }
}
