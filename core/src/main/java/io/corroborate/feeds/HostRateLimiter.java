package io.corroborate.feeds;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Spaces the requests to each host: a request takes the next free slot of its host, slots at least
 * the host's interval apart (the configured one, or a longer robots.txt Crawl-delay), and waits for
 * it. Thread-safe; slots are handed out in arrival order.
 */
public final class HostRateLimiter {

  /** Longest Crawl-delay honoured; a longer one is treated as this. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  private final long intervalNanos;
  private final Map<String, Long> nextSlot = new HashMap<>();
  private final Map<String, Long> hostInterval = new HashMap<>();

  /**
   * @param interval least time between two requests to one host
   */
  public HostRateLimiter(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Sets a longer interval for a host (its robots.txt Crawl-delay), capped. */
  public synchronized void crawlDelay(String host, Duration delay) {
    long d = Math.min(delay.toNanos(), MAX_CRAWL_DELAY.toNanos());
    if (d > intervalNanos) {
      hostInterval.put(host, d);
    } else {
      hostInterval.remove(host);
    }
  }

  /** Waits for the host's next slot. */
  public void acquire(String host) throws FetchException {
    long wait = reserve(host);
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        FetchException f = new FetchException("interrupted", true);
        f.initCause(new InterruptedIOException());
        throw f;
      }
    }
  }

  private synchronized long reserve(String host) {
    long now = System.nanoTime();
    Long next = nextSlot.get(host);
    long slot = next == null || next - now < 0 ? now : next;
    nextSlot.put(host, slot + hostInterval.getOrDefault(host, intervalNanos));
    if (nextSlot.size() > 10_000) {
      // forget hosts whose slots are long past; they would get an immediate slot anyway
      for (Iterator<Map.Entry<String, Long>> it = nextSlot.entrySet().iterator(); it.hasNext(); ) {
        if (it.next().getValue() - now < 0) {
          it.remove();
        }
      }
    }
    return slot - now;
  }
}
