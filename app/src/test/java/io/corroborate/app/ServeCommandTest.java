package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void refusesToStartOnANonLoopbackAddressWithoutAToken() {
    assumeTrue(System.getenv("CORROBORATE_TOKEN") == null, "CORROBORATE_TOKEN is set");
    Cli r = Cli.run("serve", "--bind", "0.0.0.0", "--port", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("needs a token");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void isListedAmongTheCommands() {
    Cli r = Cli.run("--help");
    assertThat(r.out()).contains("serve");
  }
}
