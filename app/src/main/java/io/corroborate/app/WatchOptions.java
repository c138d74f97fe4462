package io.corroborate.app;

import io.corroborate.feeds.WatchConfig;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How feeds are polled: the options {@code watch} and {@code serve --watch} share. */
final class WatchOptions {

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      converter = WatchCommand.DurationConverter.class,
      description = "Poll interval, such as 30s, 10m, 1h (default: 10m).")
  Duration every = Duration.ofMinutes(10);

  @Option(
      names = "--allow-private",
      description = "Also fetch private, loopback and link-local addresses (local testing).")
  boolean allowPrivate;

  @Option(
      names = "--rate",
      paramLabel = "N",
      description = "Most requests per second to one host (default: 1).")
  double rate = 1.0;

  @Option(
      names = "--max-items",
      paramLabel = "N",
      description = "Most items of one feed read per poll (default: 500).")
  int maxItems = WatchConfig.DEFAULT_MAX_ITEMS_PER_POLL;

  /** Whether the values make sense; otherwise says why on {@code err}. */
  boolean valid(PrintWriter err) {
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      err.println("corroborate: --every must be at least 1s");
      return false;
    }
    if (!(rate > 0 && rate <= 100) || maxItems < 1) {
      err.println("corroborate: --rate must be in (0, 100] and --max-items positive");
      return false;
    }
    return true;
  }

  /** The watcher's configuration from these options. */
  WatchConfig config() {
    return WatchConfig.DEFAULTS
        .withAllowPrivate(allowPrivate)
        .withHostInterval(Duration.ofNanos((long) (1_000_000_000L / rate)))
        .withLimits(
            WatchConfig.DEFAULT_MAX_FEED_BYTES, WatchConfig.DEFAULT_MAX_PAGE_BYTES, maxItems);
  }
}
