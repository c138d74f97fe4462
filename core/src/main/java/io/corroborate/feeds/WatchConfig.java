package io.corroborate.feeds;

import java.time.Duration;
import java.util.Objects;

/**
 * How the watcher fetches: one immutable value built in one place from the command line.
 *
 * @param userAgent the User-Agent sent with every request, naming the product and its version
 * @param robotName the name matched against robots.txt user-agent lines
 * @param allowPrivate reach private, loopback and link-local addresses (tests, deliberate local
 *     use)
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for any bytes once connected
 * @param requestTimeout longest time one request (headers and body) may take
 * @param maxFeedBytes largest feed read (after decompression)
 * @param maxPageBytes largest page read (after decompression)
 * @param maxRedirects most redirects followed for one fetch
 * @param maxItemsPerPoll most items of one feed considered per poll (the rest are reported)
 * @param hostInterval least time between two requests to one host
 * @param maxBackoff longest a failing feed waits before it is polled again
 * @param robotsTtl how long a host's robots.txt is kept
 */
public record WatchConfig(
    String userAgent,
    String robotName,
    boolean allowPrivate,
    Duration connectTimeout,
    Duration readTimeout,
    Duration requestTimeout,
    long maxFeedBytes,
    long maxPageBytes,
    int maxRedirects,
    int maxItemsPerPoll,
    Duration hostInterval,
    Duration maxBackoff,
    Duration robotsTtl) {

  /** The product and version the watcher names itself by. */
  public static final String DEFAULT_USER_AGENT =
      "Corroborate/0.1.0 (news feed watcher; honours robots.txt)";

  /** The robots.txt name. */
  public static final String DEFAULT_ROBOT_NAME = "corroborate";

  /** Ten seconds to connect. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Twenty seconds of silence ends a read. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);

  /** One minute for a whole request. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** 8 MiB: far above any real feed. */
  public static final long DEFAULT_MAX_FEED_BYTES = 8L * 1024 * 1024;

  /** 4 MiB: far above any real article page. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 4L * 1024 * 1024;

  /** Five redirects, as crawlers commonly allow. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** Feeds rarely carry more than a few hundred items. */
  public static final int DEFAULT_MAX_ITEMS_PER_POLL = 500;

  /** One request per second per host. */
  public static final Duration DEFAULT_HOST_INTERVAL = Duration.ofSeconds(1);

  /** A failing feed is tried at least every six hours. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(6);

  /** robots.txt kept for an hour. */
  public static final Duration DEFAULT_ROBOTS_TTL = Duration.ofHours(1);

  /** The defaults: polite, and refusing private addresses. */
  public static final WatchConfig DEFAULTS =
      new WatchConfig(
          DEFAULT_USER_AGENT,
          DEFAULT_ROBOT_NAME,
          false,
          DEFAULT_CONNECT_TIMEOUT,
          DEFAULT_READ_TIMEOUT,
          DEFAULT_REQUEST_TIMEOUT,
          DEFAULT_MAX_FEED_BYTES,
          DEFAULT_MAX_PAGE_BYTES,
          DEFAULT_MAX_REDIRECTS,
          DEFAULT_MAX_ITEMS_PER_POLL,
          DEFAULT_HOST_INTERVAL,
          DEFAULT_MAX_BACKOFF,
          DEFAULT_ROBOTS_TTL);

  /** Validates the values. */
  public WatchConfig {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(robotName, "robotName");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "userAgent must be printable ASCII: userAgent=" + userAgent);
    }
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    positive("requestTimeout", requestTimeout);
    positive("maxBackoff", maxBackoff);
    positive("robotsTtl", robotsTtl);
    Objects.requireNonNull(hostInterval, "hostInterval");
    if (hostInterval.isNegative()) {
      throw new IllegalArgumentException(
          "hostInterval must not be negative: hostInterval=" + hostInterval);
    }
    if (maxFeedBytes < 1 || maxPageBytes < 1) {
      throw new IllegalArgumentException(
          "byte limits must be positive: maxFeedBytes="
              + maxFeedBytes
              + ", maxPageBytes="
              + maxPageBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException(
          "maxRedirects must be in 0..20: maxRedirects=" + maxRedirects);
    }
    if (maxItemsPerPoll < 1) {
      throw new IllegalArgumentException(
          "maxItemsPerPoll must be positive: maxItemsPerPoll=" + maxItemsPerPoll);
    }
  }

  private static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + name + "=" + d);
    }
  }

  /** A copy that allows or refuses private addresses. */
  public WatchConfig withAllowPrivate(boolean allow) {
    return new WatchConfig(
        userAgent,
        robotName,
        allow,
        connectTimeout,
        readTimeout,
        requestTimeout,
        maxFeedBytes,
        maxPageBytes,
        maxRedirects,
        maxItemsPerPoll,
        hostInterval,
        maxBackoff,
        robotsTtl);
  }

  /** A copy with another least interval between requests to one host. */
  public WatchConfig withHostInterval(Duration interval) {
    return new WatchConfig(
        userAgent,
        robotName,
        allowPrivate,
        connectTimeout,
        readTimeout,
        requestTimeout,
        maxFeedBytes,
        maxPageBytes,
        maxRedirects,
        maxItemsPerPoll,
        interval,
        maxBackoff,
        robotsTtl);
  }

  /** A copy with other time-outs. */
  public WatchConfig withTimeouts(Duration connect, Duration read, Duration request) {
    return new WatchConfig(
        userAgent,
        robotName,
        allowPrivate,
        connect,
        read,
        request,
        maxFeedBytes,
        maxPageBytes,
        maxRedirects,
        maxItemsPerPoll,
        hostInterval,
        maxBackoff,
        robotsTtl);
  }

  /** A copy with other size limits. */
  public WatchConfig withLimits(long feedBytes, long pageBytes, int itemsPerPoll) {
    return new WatchConfig(
        userAgent,
        robotName,
        allowPrivate,
        connectTimeout,
        readTimeout,
        requestTimeout,
        feedBytes,
        pageBytes,
        maxRedirects,
        itemsPerPoll,
        hostInterval,
        maxBackoff,
        robotsTtl);
  }

  /** A copy with another User-Agent. */
  public WatchConfig withUserAgent(String agent) {
    return new WatchConfig(
        agent,
        robotName,
        allowPrivate,
        connectTimeout,
        readTimeout,
        requestTimeout,
        maxFeedBytes,
        maxPageBytes,
        maxRedirects,
        maxItemsPerPoll,
        hostInterval,
        maxBackoff,
        robotsTtl);
  }
}
