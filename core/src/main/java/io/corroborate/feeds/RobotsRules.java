package io.corroborate.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each host's robots.txt, fetched once per {@code robotsTtl} and parsed by crawler-commons. A
 * missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, time-out) allows
 * nothing for a while, as RFC 9309 asks. A Crawl-delay widens the host's interval. Thread-safe.
 */
public final class RobotsRules {

  private static final long MAX_ROBOTS_BYTES = 512 * 1024;
  private static final int MAX_HOSTS = 10_000;
  private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

  private record Entry(BaseRobotRules rules, long expires, String why) {}

  private final WatchConfig config;
  private final HostRateLimiter limiter;
  private HttpFetcher fetcher;
  private final Map<String, Entry> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> e) {
          return size() > MAX_HOSTS;
        }
      };
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  /**
   * @param config the robot name and cache lifetime
   * @param limiter receives the hosts' Crawl-delays
   */
  public RobotsRules(WatchConfig config, HostRateLimiter limiter) {
    this.config = config;
    this.limiter = limiter;
  }

  /** Sets the fetcher robots.txt files are read with (it is built with this as its hop check). */
  void fetcher(HttpFetcher f) {
    this.fetcher = f;
  }

  /** Throws when the host's robots.txt disallows the address. */
  public void check(URI uri) throws FetchException {
    String origin =
        uri.getScheme().toLowerCase(Locale.ROOT)
            + "://"
            + uri.getHost().toLowerCase(Locale.ROOT)
            + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    Entry e = entry(origin, uri);
    if (e.rules().isAllowed(uri.toString())) {
      return;
    }
    if (e.why() != null) {
      throw new FetchException("robots.txt of " + origin + " " + e.why(), true);
    }
    throw new FetchException("disallowed by robots.txt of " + origin, false);
  }

  private Entry entry(String origin, URI uri) {
    Object lock = locks.computeIfAbsent(origin, k -> new Object());
    synchronized (lock) {
      long now = System.nanoTime();
      Entry e;
      synchronized (cache) {
        e = cache.get(origin);
      }
      if (e != null && e.expires() - now > 0) {
        return e;
      }
      e = fetch(origin, uri, now);
      synchronized (cache) {
        cache.put(origin, e);
        if (locks.size() > 2 * MAX_HOSTS) {
          locks.keySet().retainAll(cache.keySet());
        }
      }
      return e;
    }
  }

  private Entry fetch(String origin, URI uri, long now) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robots = URI.create(origin + "/robots.txt");
    long ttl = config.robotsTtl().toNanos();
    try {
      HttpResponse r = fetcher.get(robots, Map.of("Accept", "text/plain"), MAX_ROBOTS_BYTES, null);
      BaseRobotRules rules;
      if (r.status() >= 200 && r.status() < 300) {
        rules =
            parser.parseContent(
                robots.toString(),
                r.body(),
                r.header("content-type") == null ? "text/plain" : r.header("content-type"),
                List.of(config.robotName()));
      } else if (r.status() >= 400 && r.status() < 500 && r.status() != 429) {
        rules = parser.failedFetch(r.status());
      } else {
        return new Entry(
            parser.failedFetch(503),
            now + UNREACHABLE_TTL.toNanos(),
            "answered HTTP " + r.status() + "; not fetching from it for now");
      }
      if (rules.getCrawlDelay() > 0) {
        limiter.crawlDelay(
            uri.getHost().toLowerCase(Locale.ROOT), Duration.ofMillis(rules.getCrawlDelay()));
      }
      return new Entry(rules, now + ttl, null);
    } catch (FetchException e) {
      String why = "could not be read (" + e.getMessage() + "); not fetching from it for now";
      if (!e.isTransient()) {
        // a robots.txt that is too large or refused is treated as missing only when the host
        // itself is refused: then nothing can be fetched anyway
        why = "could not be read (" + e.getMessage() + ")";
      }
      return new Entry(parser.failedFetch(503), now + UNREACHABLE_TTL.toNanos(), why);
    }
  }
}
