package io.corroborate.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No test here sends traffic anywhere but 127.0.0.1: names resolve through a fixed table. */
class AddressGuardTest {

  private static final HostResolver TABLE =
      host ->
          switch (host) {
            case "news.test" -> new InetAddress[] {ip("93.184.216.34")};
            case "mixed.test" -> new InetAddress[] {ip("93.184.216.34"), ip("10.1.2.3")};
            case "rebind.test" -> new InetAddress[] {ip("169.254.169.254")};
            case "mapped.test" -> new InetAddress[] {v6mapped(127, 0, 0, 1)};
            case "ula.test" -> new InetAddress[] {ip("fd12:3456::1")};
            default -> throw new UnknownHostException(host);
          };

  private static final HostResolver NEVER =
      host -> {
        throw new AssertionError("resolver called for " + host);
      };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.9.9.9",
        "10.0.0.1",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.255",
        "0.0.0.0",
        "224.0.0.1",
        "239.255.255.250",
        "255.255.255.255",
        "240.0.0.1",
        "198.18.0.1",
        "192.0.0.8",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "ff02::1",
        "fec0::1",
        "::ffff:10.0.0.1",
        "::ffff:127.0.0.1",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::1"
      })
  void refusesNonPublicAddresses(String literal) throws Exception {
    InetAddress a = ip(literal);
    assertThat(AddressGuard.refusal(a)).as(literal).isNotNull();
    assertThatThrownBy(() -> new AddressGuard(false, NEVER).addresses(literal))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("refused: " + literal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
  void allowsPublicAddresses(String literal) throws Exception {
    assertThat(AddressGuard.refusal(ip(literal))).as(literal).isNull();
  }

  @Test
  void refusesAMappedAddressBuiltAsIpv6() throws Exception {
    InetAddress mapped = v6mapped(192, 168, 0, 1);
    assertThat(AddressGuard.refusal(mapped)).contains("private");
  }

  @Test
  void refusesLiteralsAndLocalNamesBeforeResolution() {
    AddressGuard g = new AddressGuard(false, NEVER);
    assertThatThrownBy(() -> g.addresses("localhost")).hasMessageContaining("loopback name");
    assertThatThrownBy(() -> g.addresses("api.localhost")).hasMessageContaining("loopback name");
    assertThatThrownBy(() -> g.addresses("[::ffff:127.0.0.1]")).hasMessageContaining("loopback");
  }

  @Test
  void refusesNamesThatResolveToNonPublicAddresses() throws Exception {
    AddressGuard g = new AddressGuard(false, TABLE);
    assertThat(g.addresses("news.test")).containsExactly(ip("93.184.216.34"));
    assertThatThrownBy(() -> g.addresses("mixed.test"))
        .hasMessage("refused: mixed.test resolves to 10.1.2.3 (private address)");
    assertThatThrownBy(() -> g.addresses("rebind.test")).hasMessageContaining("link-local");
    assertThatThrownBy(() -> g.addresses("mapped.test")).hasMessageContaining("loopback");
    assertThatThrownBy(() -> g.addresses("ula.test")).hasMessageContaining("unique-local");
    assertThatThrownBy(() -> g.addresses("nowhere.test"))
        .isInstanceOf(FetchException.class)
        .hasMessage("unknown host nowhere.test");
  }

  @Test
  void allowPrivateLetsEverythingThrough() throws Exception {
    AddressGuard g = new AddressGuard(true, TABLE);
    assertThat(g.addresses("mixed.test")).hasSize(2);
    assertThat(g.addresses("127.0.0.1")).containsExactly(ip("127.0.0.1"));
  }

  @Test
  void aRedirectToARefusedAddressOrSchemeIsRefusedAtThatHop() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      // only the test server's own address passes; every other address is checked as usual
      AddressGuard guard =
          new AddressGuard(false, TABLE, a -> a.getHostAddress().equals("127.0.0.1"));
      WatchConfig config =
          WatchConfig.DEFAULTS
              .withHostInterval(Duration.ZERO)
              .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));
      HttpFetcher f = new HttpFetcher(config, guard, new HostRateLimiter(Duration.ZERO));
      server.route("/to-loopback", redirect("http://127.0.0.2:" + server.port() + "/x"));
      server.route("/to-metadata", redirect("http://rebind.test/latest/meta-data/"));
      server.route("/to-file", redirect("file:///etc/passwd"));
      server.text("/ok", "text/plain", "fine");

      assertThat(f.get(URI.create(server.url("/ok")), Map.of(), 100, null).status()).isEqualTo(200);
      assertThatThrownBy(() -> f.get(URI.create(server.url("/to-loopback")), Map.of(), 100, null))
          .hasMessage("refused: 127.0.0.2 (loopback address)");
      assertThatThrownBy(() -> f.get(URI.create(server.url("/to-metadata")), Map.of(), 100, null))
          .hasMessageContaining("rebind.test resolves to 169.254.169.254 (link-local address)");
      assertThatThrownBy(() -> f.get(URI.create(server.url("/to-file")), Map.of(), 100, null))
          .hasMessageContaining("only http and https");
      assertThat(server.requests).extracting(LoopbackServer.Seen::path).doesNotContain("/x");
    }
  }

  @Test
  void withoutAllowPrivateTheWatcherRefusesTheLoopbackServer() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.text("/feed.xml", "application/rss+xml", Fixtures.rss("F"));
      FeedWatcher w =
          new FeedWatcher(
              WatchConfig.DEFAULTS,
              HostResolver.SYSTEM,
              new WatchState(),
              d -> {},
              WatchListener.NONE,
              newPool(),
              java.time.Clock.systemUTC());
      FeedPollResult r = w.poll(server.url("/feed.xml"), Duration.ofMinutes(10));
      assertThat(r.ok()).isFalse();
      assertThat(r.error()).isEqualTo("refused: 127.0.0.1 (loopback address)");
      assertThat(server.requests).isEmpty();
    }
  }

  private static java.util.concurrent.ExecutorService newPool() {
    return java.util.concurrent.Executors.newSingleThreadExecutor();
  }

  private static com.sun.net.httpserver.HttpHandler redirect(String to) {
    return ex -> {
      ex.getResponseHeaders().set("Location", to);
      ex.sendResponseHeaders(302, -1);
    };
  }

  private static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static InetAddress v6mapped(int a, int b, int c, int d) {
    byte[] bytes = new byte[16];
    bytes[10] = (byte) 0xff;
    bytes[11] = (byte) 0xff;
    bytes[12] = (byte) a;
    bytes[13] = (byte) b;
    bytes[14] = (byte) c;
    bytes[15] = (byte) d;
    try {
      return java.net.Inet6Address.getByAddress(null, bytes, -1);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
