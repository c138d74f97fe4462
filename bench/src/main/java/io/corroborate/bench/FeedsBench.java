package io.corroborate.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.corroborate.feeds.FeedPollResult;
import io.corroborate.feeds.FeedWatcher;
import io.corroborate.feeds.HostResolver;
import io.corroborate.feeds.WatchConfig;
import io.corroborate.feeds.WatchListener;
import io.corroborate.feeds.WatchState;
import io.corroborate.pipeline.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code feeds}: the feed watcher against feeds served on 127.0.0.1 only. Each feed has its own
 * host name ({@code hN.bench.test}, resolved to 127.0.0.1 by a fixed table, so nothing leaves the
 * machine), like real outlets, and the per-host rate limit applies to each. Every poll of a feed
 * lists one more new item than the last (its page is fetched) unless the round is a 304 round.
 * Prints feeds polled per minute per round, how close together the server saw two requests to one
 * host (the per-host rate limit as the outlet sees it) and, with {@code --soak-seconds}, the heap
 * after a full collection over a run at a short interval.
 */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = "Feed watcher throughput and memory on a loopback server.")
final class FeedsBench implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--feeds", description = "Feeds served (default: 500).")
  int feeds = 500;

  @Option(names = "--hosts", description = "Host names they are spread over (default: 500).")
  int hosts = 500;

  @Option(names = "--items", description = "Items a feed lists (default: 20).")
  int items = 20;

  @Option(
      names = "--new-per-poll",
      description = "New items a feed lists at each poll of the soak (default: 1).")
  int newPerPoll = 1;

  @Option(names = "--rounds", description = "Timed rounds (default: 3).")
  int rounds = 3;

  @Option(names = "--threads", description = "Feeds polled at once (default: 32).")
  int threads = 32;

  @Option(names = "--rate", description = "Requests per second per host (default: 1).")
  double rate = 1;

  @Option(
      names = "--soak-seconds",
      description = "Then watch at a short interval for this long, sampling the heap (default: 0).")
  int soakSeconds = 0;

  @Option(names = "--every-ms", description = "The soak's poll interval (default: 2000).")
  long everyMs = 2000;

  private final LongAdder requests = new LongAdder();

  /** When the server received each request of the current round, by Host header (nanoTime). */
  private final Map<String, ConcurrentLinkedQueue<Long>> arrivals = new ConcurrentHashMap<>();

  /** Off in the soak, whose heap the arrival times would swell. */
  private volatile boolean timingArrivals = true;

  /** On in the soak. */
  private volatile boolean soaking;

  private final AtomicIntegerArray served = new AtomicIntegerArray(100_000);
  private final AtomicInteger mode = new AtomicInteger(); // 0 grow, 1 answer 304 when possible

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ExecutorService serverPool = Executors.newFixedThreadPool(64);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1000);
    server.createContext("/", this::serve);
    server.setExecutor(serverPool);
    server.start();
    int port = server.getAddress().getPort();
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    HostResolver table =
        host -> {
          if (host.endsWith(".bench.test")) {
            return new InetAddress[] {loopback};
          }
          throw new java.net.UnknownHostException(host);
        };
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < feeds; i++) {
      urls.add("http://h" + (i % hosts) + ".bench.test:" + port + "/f" + i + ".xml");
    }
    AtomicLong added = new AtomicLong();
    WatchConfig config =
        WatchConfig.DEFAULTS
            .withAllowPrivate(true)
            .withHostInterval(Duration.ofNanos((long) (1e9 / rate)));
    ExecutorService pool = Workers.pool(threads, "bench-watch");
    WatchState state = new WatchState();
    FeedWatcher watcher =
        new FeedWatcher(
            config,
            table,
            state,
            d -> added.incrementAndGet(),
            WatchListener.NONE,
            pool,
            Clock.systemUTC());
    out.printf(
        Locale.ROOT,
        "feeds bench: %d feeds on %d hosts, %d items each, %d threads, %.1f requests/s per host%n",
        feeds,
        hosts,
        items,
        threads,
        rate);
    try {
      for (int round = 1; round <= rounds + 1; round++) {
        // the last round is answered 304 by every feed
        mode.set(round == rounds + 1 ? 1 : 0);
        long r0 = requests.sum();
        long a0 = added.get();
        arrivals.clear();
        long t0 = System.nanoTime();
        List<FeedPollResult> rs = watcher.pollAll(urls, Duration.ofMinutes(10));
        double s = (System.nanoTime() - t0) / 1e9;
        long failed = rs.stream().filter(r -> !r.ok()).count();
        out.printf(
            Locale.ROOT,
            "round %d (%s): %.1f s, %.0f feeds/min, %d requests, %d articles added, %d failed%n",
            round,
            round == 1
                ? "cold: robots.txt, feed, every item's page"
                : mode.get() == 1 ? "every feed answers 304" : "one new item per feed",
            s,
            feeds / s * 60,
            requests.sum() - r0,
            added.get() - a0,
            failed);
        printHostRate(out);
        out.flush();
      }
      if (soakSeconds > 0) {
        // a fresh watcher, so every feed is due at once and the state grows from empty
        FeedWatcher fresh =
            new FeedWatcher(
                config,
                table,
                new WatchState(),
                d -> added.incrementAndGet(),
                WatchListener.NONE,
                pool,
                Clock.systemUTC());
        soak(out, fresh, urls, added);
      }
    } finally {
      pool.shutdownNow();
      server.stop(0);
      serverPool.shutdownNow();
    }
    return 0;
  }

  private void soak(PrintWriter out, FeedWatcher watcher, List<String> urls, AtomicLong added)
      throws InterruptedException {
    mode.set(0);
    timingArrivals = false;
    soaking = true;
    arrivals.clear();
    long addedBefore = added.get();
    long end = System.nanoTime() + soakSeconds * 1_000_000_000L;
    AtomicInteger roundCount = new AtomicInteger();
    long[] lastSample = {System.nanoTime() - 20_000_000_000L};
    List<Long> heap = new ArrayList<>();
    heap.add(usedAfterGc());
    out.printf(
        Locale.ROOT,
        "soak: %d s, every %d ms; heap after GC at start %.1f MiB%n",
        soakSeconds,
        everyMs,
        heap.get(0) / 1048576.0);
    long t0 = System.nanoTime();
    watcher.run(
        urls,
        Duration.ofMillis(everyMs),
        () -> System.nanoTime() - end > 0,
        () -> {
          roundCount.incrementAndGet();
          if (System.nanoTime() - lastSample[0] > 10_000_000_000L) {
            lastSample[0] = System.nanoTime();
            long h = usedAfterGc();
            heap.add(h);
            out.printf(
                Locale.ROOT,
                "soak %3.0f s: %d rounds, %d articles added, heap after GC %.1f MiB%n",
                (System.nanoTime() - t0) / 1e9,
                roundCount.get(),
                added.get() - addedBefore,
                h / 1048576.0);
            out.flush();
          }
        });
    long last = usedAfterGc();
    out.printf(
        Locale.ROOT,
        "soak end: %d rounds, %d articles added, heap after GC %.1f MiB (start %.1f MiB), seen keys %d%n",
        roundCount.get(),
        added.get() - addedBefore,
        last / 1048576.0,
        heap.get(0) / 1048576.0,
        watcher.state().feeds().stream().mapToInt(f -> f.seenKeys().size()).sum());
  }

  /**
   * The per-host limit as the outlets saw it in the round: the shortest, the 1st-percentile and the
   * median gap between two requests to one host, and how many gaps were under 95% of the interval.
   * Times are taken when the server's handler runs, after its queue, so they carry the loopback's
   * and the scheduler's jitter on top of the spacing the watcher keeps between writing requests.
   */
  private void printHostRate(PrintWriter out) {
    List<Long> gaps = new ArrayList<>();
    for (ConcurrentLinkedQueue<Long> q : arrivals.values()) {
      long[] t = q.stream().mapToLong(Long::longValue).sorted().toArray();
      for (int i = 1; i < t.length; i++) {
        gaps.add(t[i] - t[i - 1]);
      }
    }
    if (gaps.isEmpty()) {
      out.printf(Locale.ROOT, "  per host: one request each, %d hosts%n", arrivals.size());
      return;
    }
    gaps.sort(null);
    double interval = 1e9 / rate;
    long under = gaps.stream().filter(g -> g < 0.95 * interval).count();
    out.printf(
        Locale.ROOT,
        "  per host (limit %.1f/s): gaps between requests to one host shortest %.0f ms, 1st"
            + " percentile %.0f ms, median %.0f ms; %d of %d under 95%% of the interval; %d hosts%n",
        rate,
        gaps.get(0) / 1e6,
        gaps.get(gaps.size() / 100) / 1e6,
        gaps.get(gaps.size() / 2) / 1e6,
        under,
        gaps.size(),
        arrivals.size());
  }

  private static long usedAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void serve(HttpExchange ex) throws IOException {
    requests.increment();
    try (ex) {
      String path = ex.getRequestURI().getPath();
      String host = ex.getRequestHeaders().getFirst("Host");
      if (timingArrivals) {
        arrivals
            .computeIfAbsent(String.valueOf(host), h -> new ConcurrentLinkedQueue<>())
            .add(System.nanoTime());
      }
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
        return;
      }
      if (path.startsWith("/f") && path.endsWith(".xml")) {
        int i = Integer.parseInt(path.substring(2, path.length() - 4));
        int n = served.get(i);
        String etag = "\"" + n + "\"";
        if (mode.get() == 1 && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
        if (mode.get() == 0) {
          n = served.addAndGet(i, soaking ? newPerPoll : 1);
          etag = "\"" + n + "\"";
        }
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bench ")
            .append(i)
            .append("</title>");
        for (int k = n; k > Math.max(0, n - items); k--) {
          sb.append("<item><title>Item ")
              .append(k)
              .append("</title><link>http://")
              .append(host)
              .append("/a/")
              .append(i)
              .append('/')
              .append(k)
              .append("</link><guid>b-")
              .append(i)
              .append('-')
              .append(k)
              .append("</guid></item>");
        }
        sb.append("</channel></rss>");
        ex.getResponseHeaders().set("ETag", etag);
        send(ex, 200, "application/rss+xml", sb.toString());
        return;
      }
      if (path.startsWith("/a/")) {
        send(
            ex,
            200,
            "text/html; charset=utf-8",
            "<html><head><title>Page "
                + path
                + "</title></head><body><article><p>The council met and voted on the plan for"
                + " the new depot, officials said.</p></article></body></html>");
        return;
      }
      send(ex, 404, "text/plain", "no");
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }
}
