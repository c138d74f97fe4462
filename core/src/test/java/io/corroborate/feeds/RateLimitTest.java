package io.corroborate.feeds;

import static io.corroborate.feeds.Fixtures.item;
import static io.corroborate.feeds.Fixtures.page;
import static io.corroborate.feeds.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Requests to one host never come faster than its limit, however many feeds it serves. */
class RateLimitTest {

  @Test
  void requestsPerHostPerSecondNeverExceedTheLimit() throws Exception {
    int perSecond = 5;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try (LoopbackServer server = new LoopbackServer()) {
      // two host names on the loopback server, each limited on its own
      HostResolver names = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
      List<String> feeds = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String host = (i % 2 == 0 ? "alpha" : "beta") + ".test:" + server.port();
        server.text(
            "/f" + i + ".xml",
            "application/rss+xml",
            rss("F" + i, item("g" + i, "http://" + host + "/p" + i, "P" + i)));
        server.text("/p" + i, "text/html", page("P" + i));
        feeds.add("http://" + host + "/f" + i + ".xml");
      }
      WatchConfig config =
          WatchConfig.DEFAULTS
              .withAllowPrivate(true)
              .withHostInterval(Duration.ofMillis(1000 / perSecond));
      FeedWatcher w =
          new FeedWatcher(
              config,
              names,
              new WatchState(),
              d -> {},
              WatchListener.NONE,
              pool,
              Clock.systemUTC());

      List<FeedPollResult> results = w.pollAll(feeds, Duration.ofMinutes(10));

      assertThat(results).allSatisfy(r -> assertThat(r.added()).isEqualTo(1));
      for (String host : List.of("alpha", "beta")) {
        List<Long> t =
            server.requests.stream()
                .filter(s -> s.host().startsWith(host))
                .map(LoopbackServer.Seen::nanos)
                .sorted()
                .toList();
        // robots.txt, 4 feeds, 4 pages
        assertThat(t).hasSize(9);
        // times are taken when the server's handler runs, which a loaded machine delays by tens
        // of milliseconds; the window leaves room for that (without the limit, all 9 requests
        // would fall in one window)
        int worst = maxInWindow(t, Duration.ofMillis(900).toNanos());
        System.out.printf(
            "rate limit %d/s: host %s, %d requests, at most %d in any 0.9 s window, %s%n",
            perSecond, host, t.size(), worst, Map.of("span ms", (t.get(8) - t.get(0)) / 1_000_000));
        assertThat(worst).isLessThanOrEqualTo(perSecond);
        assertThat(t.get(t.size() - 1) - t.get(0))
            .isGreaterThanOrEqualTo(Duration.ofMillis(8 * 200 - 150).toNanos());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The most timestamps in any half-open window of the given length. */
  static int maxInWindow(List<Long> sorted, long window) {
    int best = 0;
    int j = 0;
    for (int i = 0; i < sorted.size(); i++) {
      while (sorted.get(i) - sorted.get(j) >= window) {
        j++;
      }
      best = Math.max(best, i - j + 1);
    }
    return best;
  }

  @Test
  void theLimiterSpacesSlotsForOneHostAndNotAcrossHosts() throws Exception {
    HostRateLimiter l = new HostRateLimiter(Duration.ofMillis(100));
    long t0 = System.nanoTime();
    l.acquire("a").sent();
    l.acquire("b").sent();
    long afterTwoHosts = System.nanoTime() - t0;
    l.acquire("a").sent();
    l.acquire("a").sent();
    long afterThree = System.nanoTime() - t0;
    assertThat(afterTwoHosts).isLessThan(Duration.ofMillis(50).toNanos());
    assertThat(afterThree).isGreaterThanOrEqualTo(Duration.ofMillis(195).toNanos());
  }

  @Test
  void theIntervalRunsFromWhenARequestIsWrittenNotFromItsSlot() throws Exception {
    HostRateLimiter l = new HostRateLimiter(Duration.ofMillis(100));
    HostRateLimiter.Permit first = l.acquire("a");
    long[] secondLetGo = new long[1];
    Thread next =
        new Thread(
            () -> {
              try {
                l.acquire("a").sent();
                secondLetGo[0] = System.nanoTime();
              } catch (FetchException e) {
                throw new IllegalStateException(e);
              }
            });
    next.start();
    // the first request is slow to connect: written 300 ms after its slot
    Thread.sleep(300);
    long written = System.nanoTime();
    first.sent();
    next.join(5000);
    assertThat(secondLetGo[0] - written).isGreaterThanOrEqualTo(Duration.ofMillis(99).toNanos());
    // a permit closed without being written (the connection failed) releases the host too
    l.acquire("b").close();
    long t0 = System.nanoTime();
    l.acquire("b").sent();
    assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(95).toNanos());
  }
}
