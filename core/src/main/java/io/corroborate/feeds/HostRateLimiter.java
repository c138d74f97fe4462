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
  private final Map<String, Long> lastSent = new HashMap<>();

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

  /**
   * Waits for the host's next slot. A thread that wakes late (a busy machine) would send close to
   * the next slot's holder; so before going, each request also waits until the host's interval has
   * passed since the last request actually sent, and the interval holds between real sends.
   */
  public void acquire(String host) throws FetchException {
    long wait = reserve(host);
    while (wait >= 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        FetchException f = new FetchException("interrupted", true);
        f.initCause(new InterruptedIOException());
        throw f;
      }
      wait = send(host);
    }
  }

  /** Marks a request to the host as sent now, or answers how long it must still wait. */
  private synchronized long send(String host) {
    long now = System.nanoTime();
    Long last = lastSent.get(host);
    long interval = hostInterval.getOrDefault(host, intervalNanos);
    if (last != null && now - last < interval) {
      return interval - (now - last);
    }
    lastSent.put(host, now);
    if (lastSent.size() > 10_000) {
      lastSent.entrySet().removeIf(e -> now - e.getValue() > interval);
    }
    return -1;
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
