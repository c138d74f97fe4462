package io.corroborate.feeds;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Spaces the requests to each host: a request takes the next free slot of its host, slots at least
 * the host's interval apart (the configured one, or a longer robots.txt Crawl-delay), and waits for
 * it. Thread-safe; slots are handed out in arrival order.
 *
 * <p>The interval is kept between the moments requests are actually written, not between the
 * moments threads were let go: a thread let go may connect late (a busy machine, a slow connect),
 * and the next one, let go an interval later but connecting at once, would reach the outlet sooner
 * than the interval after it. So a request holds its host from its slot until it has been written
 * ({@link Permit#sent}), and the next one waits for that and then for the interval.
 */
public final class HostRateLimiter {

  /** Longest Crawl-delay honoured; a longer one is treated as this. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  private final long intervalNanos;
  private final Map<String, Long> nextSlot = new HashMap<>();
  private final Map<String, Long> hostInterval = new HashMap<>();
  private final Map<String, Long> lastSent = new HashMap<>();
  private final Set<String> writing = new HashSet<>();

  /**
   * A request's hold on its host, from its slot until it is written. Closing it without {@link
   * #sent} (the connection failed) releases the host as if written then.
   */
  public final class Permit implements AutoCloseable {
    private final String host;
    private boolean released;

    private Permit(String host) {
      this.host = host;
    }

    /** The request is written now: the host's interval runs from here. */
    public void sent() {
      release(this);
    }

    @Override
    public void close() {
      release(this);
    }
  }

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
   * Waits for the host's next slot, then until the request before it to that host has been written
   * and the host's interval has passed since; the caller holds the host until it marks its request
   * {@link Permit#sent} or closes the permit.
   */
  public Permit acquire(String host) throws FetchException {
    long wait = reserve(host);
    while (wait >= 0) {
      try {
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        wait = take(host);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        FetchException f = new FetchException("interrupted", true);
        f.initCause(new InterruptedIOException());
        throw f;
      }
    }
    return new Permit(host);
  }

  /**
   * Takes the host for a request now, or answers how long to sleep before asking again (0 when
   * another request holds it: then this waits to be woken when it is released).
   */
  private synchronized long take(String host) throws InterruptedException {
    while (writing.contains(host)) {
      wait();
    }
    long now = System.nanoTime();
    Long last = lastSent.get(host);
    long interval = hostInterval.getOrDefault(host, intervalNanos);
    if (last != null && now - last < interval) {
      return interval - (now - last);
    }
    writing.add(host);
    return -1;
  }

  private synchronized void release(Permit p) {
    if (p.released) {
      return;
    }
    p.released = true;
    long now = System.nanoTime();
    writing.remove(p.host);
    lastSent.put(p.host, now);
    if (lastSent.size() > 10_000) {
      lastSent.entrySet().removeIf(e -> now - e.getValue() > MAX_CRAWL_DELAY.toNanos());
    }
    notifyAll();
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
