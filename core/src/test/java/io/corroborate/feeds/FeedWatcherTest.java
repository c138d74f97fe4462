package io.corroborate.feeds;

import static io.corroborate.feeds.Fixtures.item;
import static io.corroborate.feeds.Fixtures.page;
import static io.corroborate.feeds.Fixtures.rss;
import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.RawDocument;
import io.corroborate.model.InputKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedWatcherTest {

  private static final Instant NOW = Instant.parse("2026-01-14T09:00:00Z");
  private static final Duration EVERY = Duration.ofMinutes(10);

  private LoopbackServer server;
  private ExecutorService pool;
  private final List<RawDocument> pages = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final WatchState state = new WatchState();

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stop() {
    server.close();
    pool.shutdownNow();
  }

  private static WatchConfig config() {
    return WatchConfig.DEFAULTS
        .withAllowPrivate(true)
        .withHostInterval(Duration.ZERO)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400), Duration.ofSeconds(3));
  }

  private FeedWatcher watcher(WatchConfig config) {
    return new FeedWatcher(
        config,
        HostResolver.SYSTEM,
        state,
        pages::add,
        new WatchListener() {
          @Override
          public void problem(String feed, String where, String message) {
            problems.add(where + ": " + message);
          }
        },
        pool,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private FeedPollResult poll(String path) {
    return watcher(config()).poll(server.url(path), EVERY);
  }

  @Test
  void fetchesEveryNewItemsPageWithTheItemsMetadata() {
    server.text(
        "/feed.xml",
        "application/rss+xml",
        rss(
            "Harbour Gazette",
            item("g-1", server.url("/a"), "Channel to be widened"),
            item("g-2", server.url("/b"), "Tides ahead")));
    server.text("/a", "text/html; charset=utf-8", page("Channel to be widened"));
    server.text("/b", "text/html", page("Tides ahead"));

    FeedPollResult r = poll("/feed.xml");

    assertThat(r.ok()).isTrue();
    assertThat(r.added()).isEqualTo(2);
    assertThat(pages).hasSize(2);
    RawDocument a = pages.stream().filter(p -> p.url().endsWith("/a")).findFirst().orElseThrow();
    assertThat(a.kind()).isEqualTo(InputKind.HTML);
    assertThat(a.id()).isEqualTo("g-1");
    assertThat(a.title()).isEqualTo("Channel to be widened");
    assertThat(a.published()).isEqualTo("2025-01-14T09:30Z");
    assertThat(a.outlet()).isEqualTo("Harbour Gazette");
    assertThat(a.content()).contains("harbour board met on Tuesday");
    // links inside the page are never followed
    assertThat(server.count("/elsewhere")).isZero();
    assertThat(server.requests)
        .allSatisfy(
            s -> assertThat(s.headers().get("User-agent").get(0)).startsWith("Corroborate/0."));
    assertThat(state.feed(server.url("/feed.xml")).articlesAdded()).isEqualTo(2);
  }

  @Test
  void readsGzipFeedsAndPages() {
    byte[] feed =
        gzip(rss("Z", item("z1", server.url("/z"), "Zipped")).getBytes(StandardCharsets.UTF_8));
    server.route(
        "/gz.xml",
        ex -> {
          assertThat(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, feed.length);
          ex.getResponseBody().write(feed);
        });
    byte[] html = gzip(page("Zipped").getBytes(StandardCharsets.UTF_8));
    server.route(
        "/z",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          ex.getResponseBody().write(html);
        });

    FeedPollResult r = poll("/gz.xml");

    assertThat(r.ok()).isTrue();
    assertThat(pages)
        .singleElement()
        .satisfies(p -> assertThat(p.content()).contains("<h1>Zipped"));
  }

  @Test
  void aSlowFeedTimesOutAndTheOthersGoOn() throws InterruptedException {
    server.route(
        "/slow.xml",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          LoopbackServer.send(ex, 200, "application/rss+xml", rss("Slow"));
        });
    server.text("/ok.xml", "application/rss+xml", rss("Fine", item("o1", server.url("/o"), "O")));
    server.text("/o", "text/html", page("O"));

    long t0 = System.nanoTime();
    List<FeedPollResult> rs =
        watcher(config()).pollAll(List.of(server.url("/slow.xml"), server.url("/ok.xml")), EVERY);

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
    assertThat(rs.get(0).ok()).isFalse();
    assertThat(rs.get(0).error()).contains("timed out");
    assertThat(rs.get(1).ok()).isTrue();
    assertThat(rs.get(1).added()).isEqualTo(1);
  }

  @Test
  void aTrickleIsCutAtTheRequestDeadline() {
    server.route(
        "/trickle.xml",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 0);
          OutputStream o = ex.getResponseBody();
          try {
            for (int i = 0; i < 100; i++) {
              o.write(' ');
              o.flush();
              Thread.sleep(200);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    long t0 = System.nanoTime();
    FeedPollResult r = poll("/trickle.xml");
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aFailingFeedBacksOffExponentiallyWithACap() {
    server.route("/500.xml", ex -> LoopbackServer.send(ex, 500, "text/plain", "down"));
    FeedWatcher w = watcher(config());
    String url = server.url("/500.xml");

    FeedPollResult first = w.poll(url, EVERY);
    FeedPollResult second = w.poll(url, EVERY);

    assertThat(first.ok()).isFalse();
    assertThat(first.error()).isEqualTo("HTTP 500");
    assertThat(first.nextPoll()).isEqualTo(NOW.plus(EVERY.multipliedBy(2)));
    assertThat(second.nextPoll()).isEqualTo(NOW.plus(EVERY.multipliedBy(4)));
    assertThat(state.feed(url).failures()).isEqualTo(2);
    assertThat(state.feed(url).lastError()).isEqualTo("HTTP 500");
    assertThat(w.backoff(EVERY, 30)).isEqualTo(WatchConfig.DEFAULT_MAX_BACKOFF);

    // once it answers again the back-off ends
    server.text("/500.xml", "application/rss+xml", rss("Back"));
    FeedPollResult third = w.poll(url, EVERY);
    assertThat(third.ok()).isTrue();
    assertThat(state.feed(url).failures()).isZero();
    assertThat(state.feed(url).lastError()).isNull();
    assertThat(third.nextPoll()).isEqualTo(NOW.plus(EVERY));
  }

  @Test
  void aRedirectLoopStopsAfterTheRedirectLimit() {
    server.route(
        "/loop.xml",
        ex -> {
          ex.getResponseHeaders().set("Location", "/loop.xml");
          ex.sendResponseHeaders(302, -1);
        });
    FeedPollResult r = poll("/loop.xml");
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("too many redirects");
    assertThat(server.count("/loop.xml")).isEqualTo(WatchConfig.DEFAULT_MAX_REDIRECTS + 1);
  }

  @Test
  void aRedirectIsFollowedToTheFeed() {
    server.route(
        "/old.xml",
        ex -> {
          ex.getResponseHeaders().set("Location", server.url("/new.xml"));
          ex.sendResponseHeaders(301, -1);
        });
    server.text("/new.xml", "application/rss+xml", rss("Moved", item("m", server.url("/m"), "M")));
    server.text("/m", "text/html", page("M"));
    FeedPollResult r = poll("/old.xml");
    assertThat(r.ok()).isTrue();
    assertThat(r.added()).isEqualTo(1);
  }

  @Test
  void aHugeBodyIsCutAtTheCap() {
    server.route(
        "/huge.xml",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 0);
          OutputStream o = ex.getResponseBody();
          o.write("<rss><channel>".getBytes(StandardCharsets.UTF_8));
          byte[] chunk = new byte[65536];
          java.util.Arrays.fill(chunk, (byte) ' ');
          for (int i = 0; i < 64; i++) {
            o.write(chunk);
          }
        });
    server.text("/h.xml", "application/rss+xml", rss("H", item("h", server.url("/hp"), "H")));
    server.route(
        "/hp",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 3_000_000);
          ex.getResponseBody().write(new byte[3_000_000]);
        });
    FeedWatcher w = watcher(config().withLimits(1_000_000, 1_000_000, 100));

    FeedPollResult huge = w.poll(server.url("/huge.xml"), EVERY);
    FeedPollResult pageTooLarge = w.poll(server.url("/h.xml"), EVERY);

    assertThat(huge.ok()).isFalse();
    assertThat(huge.error()).contains("larger than the limit of 1000000 bytes");
    assertThat(pageTooLarge.ok()).isTrue();
    assertThat(pageTooLarge.added()).isZero();
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("/hp: larger than the limit"));
  }

  @Test
  void robotsTxtThatDisallowsAPageIsHonoured() {
    server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    server.text(
        "/r.xml",
        "application/rss+xml",
        rss("R", item("r1", server.url("/private/a"), "A"), item("r2", server.url("/b"), "B")));
    server.text("/private/a", "text/html", page("A"));
    server.text("/b", "text/html", page("B"));

    FeedPollResult r = poll("/r.xml");

    assertThat(r.ok()).isTrue();
    assertThat(r.added()).isEqualTo(1);
    assertThat(server.count("/private/a")).isZero();
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("disallowed by robots.txt"));
    assertThat(server.count("/robots.txt")).isEqualTo(1);
  }

  @Test
  void robotsTxtForOurNameDisallowingAllStopsTheFeedItself() {
    server.text("/robots.txt", "text/plain", "User-agent: corroborate\nDisallow: /\n");
    server.text("/x.xml", "application/rss+xml", rss("X"));
    FeedPollResult r = poll("/x.xml");
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("disallowed by robots.txt");
    assertThat(server.count("/x.xml")).isZero();
  }

  @Test
  void aFeedThatChangesBetweenPollsFetchesOnlyTheNewItem() {
    String a = item("a", server.url("/a"), "A");
    String b = item("b", server.url("/b"), "B");
    String c = item("c", server.url("/c"), "C");
    server.text("/c.xml", "application/rss+xml", rss("C", a, b));
    for (String p : List.of("/a", "/b", "/c")) {
      server.text(p, "text/html", page(p));
    }
    FeedWatcher w = watcher(config());
    FeedPollResult first = w.poll(server.url("/c.xml"), EVERY);
    server.text("/c.xml", "application/rss+xml", rss("C", c, a, b));
    FeedPollResult second = w.poll(server.url("/c.xml"), EVERY);

    assertThat(first.added()).isEqualTo(2);
    assertThat(second.newItems()).isEqualTo(1);
    assertThat(second.added()).isEqualTo(1);
    assertThat(server.count("/a")).isEqualTo(1);
    assertThat(server.count("/b")).isEqualTo(1);
    assertThat(server.count("/c")).isEqualTo(1);
  }

  @Test
  void anItemIsDeduplicatedByGuidThenLink() {
    // the same GUID under a new link, and the same link under a new GUID, are both old news
    server.text("/d.xml", "application/rss+xml", rss("D", item("same", server.url("/one"), "One")));
    server.text("/one", "text/html", page("One"));
    server.text("/two", "text/html", page("Two"));
    FeedWatcher w = watcher(config());
    w.poll(server.url("/d.xml"), EVERY);
    server.text(
        "/d.xml",
        "application/rss+xml",
        rss("D", item("same", server.url("/two"), "One"), item("other", server.url("/one"), "X")));
    FeedPollResult r = w.poll(server.url("/d.xml"), EVERY);
    assertThat(r.newItems()).isZero();
    assertThat(server.count("/two")).isZero();
    assertThat(pages).hasSize(1);
  }

  @Test
  void conditionalGetAnsweredWith304FetchesNothing() {
    AtomicInteger full = new AtomicInteger();
    server.route(
        "/etag.xml",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
              && "Tue, 14 Jan 2025 09:30:00 GMT"
                  .equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          full.incrementAndGet();
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", "Tue, 14 Jan 2025 09:30:00 GMT");
          LoopbackServer.send(
              ex, 200, "application/rss+xml", rss("E", item("e", server.url("/e"), "E")));
        });
    server.text("/e", "text/html", page("E"));
    FeedWatcher w = watcher(config());

    FeedPollResult first = w.poll(server.url("/etag.xml"), EVERY);
    FeedPollResult second = w.poll(server.url("/etag.xml"), EVERY);

    assertThat(first.added()).isEqualTo(1);
    assertThat(second.ok()).isTrue();
    assertThat(second.notModified()).isTrue();
    assertThat(second.status()).isEqualTo(304);
    assertThat(full).hasValue(1);
    assertThat(server.count("/e")).isEqualTo(1);
  }

  @Test
  void answersThatAreNotFeedsAreNamed() {
    server.text("/plain.xml", "text/plain", "just some words, no markup");
    server.text("/page.xml", "text/html", "<!DOCTYPE html><html><body>hello</body></html>");
    server.text("/broken.xml", "application/xml", "<rss><channel><item>");
    server.text("/notrss.xml", "application/xml", "<?xml version=\"1.0\"?><recipe/>");
    assertThat(poll("/plain.xml").error())
        .isEqualTo("not a feed: not XML (Content-Type text/plain)");
    assertThat(poll("/page.xml").error()).isEqualTo("not a feed: an HTML page was served");
    assertThat(poll("/broken.xml").error()).startsWith("not ");
    assertThat(poll("/notrss.xml").error()).startsWith("not an RSS or Atom feed");
  }

  @Test
  void feedsWithDoctypesAreRefusedSoNoEntityIsExpandedOrFileRead() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title>"
            + item("x", server.url("/x"), "&x;")
            + "</channel></rss>";
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    lol.append("<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      lol.append("<!ENTITY l").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        lol.append("&l").append(i - 1).append(';');
      }
      lol.append("\">");
    }
    lol.append("]><rss version=\"2.0\"><channel><title>&l9;</title></channel></rss>");
    String dtd =
        "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \""
            + server.url("/rss.dtd")
            + "\"><rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    server.text("/xxe.xml", "application/rss+xml", xxe);
    server.text("/lol.xml", "application/rss+xml", lol.toString());
    server.text("/dtd.xml", "application/rss+xml", dtd);

    FeedPollResult x = poll("/xxe.xml");
    FeedPollResult l = poll("/lol.xml");
    FeedPollResult d = poll("/dtd.xml");

    assertThat(x.ok()).isFalse();
    assertThat(l.ok()).isFalse();
    assertThat(d.ok()).isFalse();
    assertThat(x.error()).containsIgnoringCase("doctype");
    assertThat(pages).isEmpty();
    assertThat(server.count("/rss.dtd")).isZero();
    assertThat(server.count("/x")).isZero();
  }

  @Test
  void aHundredThousandItemsAreBoundedByTheItemLimitAndReported() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      items.append(item("n" + i, "/page?n=" + i, null));
    }
    server.text("/big.xml", "application/rss+xml", rss("Big", items.toString()));
    server.text("/page", "text/html", page("Page"));
    FeedWatcher w = watcher(config().withLimits(32L << 20, 1 << 20, 40));

    FeedPollResult r = w.poll(server.url("/big.xml"), EVERY);

    assertThat(r.ok()).isTrue();
    assertThat(r.items()).isEqualTo(40);
    assertThat(r.added()).isEqualTo(40);
    assertThat(problems)
        .contains(server.url("/big.xml") + ": feed has 100000 items; only the first 40 are read");
    assertThat(state.feed(server.url("/big.xml")).seenKeys().size()).isLessThanOrEqualTo(2 * 40);
  }

  @Test
  void itemsWithoutLinksOrGuidsAreReportedAndSkipped() {
    server.text(
        "/nolink.xml",
        "application/rss+xml",
        rss(
            "N",
            item("only-guid", null, "No link"),
            item(null, null, "Nothing"),
            item(null, server.url("/l"), "Link only")));
    server.text("/l", "text/html", page("L"));
    FeedWatcher w = watcher(config());

    FeedPollResult r = w.poll(server.url("/nolink.xml"), EVERY);

    assertThat(r.ok()).isTrue();
    assertThat(r.added()).isEqualTo(1);
    // Rome gives an RSS item without a GUID its link as id
    assertThat(pages.get(0).id()).isEqualTo(server.url("/l"));
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).endsWith("item has no link; nothing to fetch"))
        .anySatisfy(p -> assertThat(p).endsWith("1 item has neither link nor GUID; skipped"));
    problems.clear();
    w.poll(server.url("/nolink.xml"), EVERY);
    assertThat(problems).noneSatisfy(p -> assertThat(p).contains("no link; nothing"));
  }

  @Test
  void pagesThatAreNotHtmlAreSkippedAndNotRetried() {
    server.text(
        "/pdf.xml",
        "application/rss+xml",
        rss("P", item("p", server.url("/doc.pdf"), "PDF"), item("q", server.url("/bin"), "Bin")));
    server.text("/doc.pdf", "application/pdf", "%PDF-1.7 not really");
    server.route(
        "/bin",
        ex -> {
          ex.sendResponseHeaders(200, 4);
          ex.getResponseBody().write(new byte[] {0, 1, 2, 3});
        });
    FeedWatcher w = watcher(config());
    FeedPollResult r = w.poll(server.url("/pdf.xml"), EVERY);
    w.poll(server.url("/pdf.xml"), EVERY);

    assertThat(r.ok()).isTrue();
    assertThat(r.added()).isZero();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).endsWith("not an HTML page (Content-Type application/pdf)"))
        .anySatisfy(p -> assertThat(p).contains("/bin: not an HTML page"));
    assertThat(server.count("/doc.pdf")).isEqualTo(1);
  }

  @Test
  void aConnectionResetMidBodyStoresNothingAndIsRetriedNextPoll() throws Exception {
    try (ResettingServer bad = new ResettingServer()) {
      String link = "http://127.0.0.1:" + bad.port() + "/article";
      server.text("/reset.xml", "application/rss+xml", rss("Reset", item("r", link, "R")));
      FeedWatcher w = watcher(config());

      FeedPollResult first = w.poll(server.url("/reset.xml"), EVERY);
      FeedPollResult second = w.poll(server.url("/reset.xml"), EVERY);
      FeedPollResult feedReset = w.poll("http://127.0.0.1:" + bad.port() + "/feed.xml", EVERY);

      assertThat(first.ok()).isTrue();
      assertThat(first.added()).isZero();
      assertThat(pages).isEmpty();
      assertThat(problems.get(0)).startsWith(link + ": connection");
      assertThat(second.newItems()).isEqualTo(1);
      assertThat(bad.articleRequests.get()).isEqualTo(2);
      assertThat(feedReset.ok()).isFalse();
      assertThat(feedReset.error()).startsWith("connection");
    }
  }

  @Test
  void afterA500FeedAndFailingOrSlowPagesEveryItemIsStoredExactlyOnce() {
    String feed =
        rss(
            "Flaky",
            item("f-1", server.url("/f1"), "One"),
            item("f-2", server.url("/f2"), "Two"),
            item("f-3", server.url("/f3"), "Three"));
    AtomicInteger feedCalls = new AtomicInteger();
    server.route(
        "/flaky.xml",
        ex -> {
          if (feedCalls.incrementAndGet() == 1) {
            LoopbackServer.send(ex, 500, "text/plain", "down");
          } else {
            LoopbackServer.send(ex, 200, "application/rss+xml", feed);
          }
        });
    AtomicInteger oneCalls = new AtomicInteger();
    server.route(
        "/f1",
        ex -> {
          if (oneCalls.incrementAndGet() == 1) {
            LoopbackServer.send(ex, 500, "text/plain", "down");
          } else {
            LoopbackServer.send(ex, 200, "text/html", page("One"));
          }
        });
    AtomicInteger twoCalls = new AtomicInteger();
    server.route(
        "/f2",
        ex -> {
          if (twoCalls.incrementAndGet() == 1) {
            try {
              Thread.sleep(4000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          LoopbackServer.send(ex, 200, "text/html", page("Two"));
        });
    server.text("/f3", "text/html", page("Three"));
    FeedWatcher w = watcher(config());
    String url = server.url("/flaky.xml");

    FeedPollResult down = w.poll(url, EVERY);
    FeedPollResult partly = w.poll(url, EVERY);
    FeedPollResult rest = w.poll(url, EVERY);
    FeedPollResult nothing = w.poll(url, EVERY);

    assertThat(down.ok()).isFalse();
    assertThat(down.error()).isEqualTo("HTTP 500");
    assertThat(partly.ok()).isTrue();
    assertThat(partly.added()).isEqualTo(1);
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).startsWith(server.url("/f1") + ": HTTP 500"))
        .anySatisfy(p -> assertThat(p).startsWith(server.url("/f2") + ":").contains("timed out"));
    assertThat(rest.newItems()).isEqualTo(2);
    assertThat(rest.added()).isEqualTo(2);
    assertThat(nothing.newItems()).isZero();
    // no loss, no duplicate: each item once, the failed pages asked for once more
    assertThat(pages.stream().map(RawDocument::id)).containsExactlyInAnyOrder("f-1", "f-2", "f-3");
    assertThat(server.count("/f1")).isEqualTo(2);
    assertThat(server.count("/f2")).isEqualTo(2);
    assertThat(server.count("/f3")).isEqualTo(1);
    assertThat(state.feed(url).articlesAdded()).isEqualTo(3);
  }

  @Test
  void aPageTheSinkCannotStoreIsFetchedAgainNextPollAndStoredOnce() {
    server.text("/s.xml", "application/rss+xml", rss("S", item("s-1", server.url("/s1"), "S1")));
    server.text("/s1", "text/html", page("S1"));
    AtomicInteger offered = new AtomicInteger();
    FeedWatcher w =
        new FeedWatcher(
            config(),
            HostResolver.SYSTEM,
            state,
            page -> {
              if (offered.incrementAndGet() == 1) {
                throw new IOException("the store cannot take articles now (the disk is full)");
              }
              pages.add(page);
            },
            WatchListener.NONE,
            pool,
            Clock.fixed(NOW, ZoneOffset.UTC));
    String url = server.url("/s.xml");

    FeedPollResult refused = w.poll(url, EVERY);
    FeedPollResult stored = w.poll(url, EVERY);
    FeedPollResult again = w.poll(url, EVERY);

    assertThat(refused.ok()).isFalse();
    assertThat(refused.error())
        .isEqualTo(
            "could not store an article: the store cannot take articles now (the disk is full)");
    assertThat(refused.nextPoll()).isEqualTo(NOW.plus(EVERY.multipliedBy(2)));
    assertThat(stored.ok()).isTrue();
    assertThat(stored.added()).isEqualTo(1);
    assertThat(again.newItems()).isZero();
    assertThat(pages).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("s-1"));
    assertThat(server.count("/s1")).isEqualTo(2);
  }

  @Test
  void aGzipBombIsCutAtTheCapAfterDecompression() {
    // 64 MB of spaces after the feed's opening, about 64 KB on the wire
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(zipped)) {
      g.write("<rss><channel>".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        g.write(chunk);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    byte[] bomb = zipped.toByteArray();
    server.route(
        "/bomb.xml",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, bomb.length);
          ex.getResponseBody().write(bomb);
        });

    FeedPollResult r =
        watcher(config().withLimits(1_000_000, 1_000_000, 100))
            .poll(server.url("/bomb.xml"), EVERY);

    assertThat(bomb.length).isLessThan(1_000_000);
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("larger than the limit of 1000000 bytes");
  }

  @Test
  void controlCharactersFromTheNetworkAreEscaped() {
    server.text("/esc.xml", "text/plain", "\u001b[2Jgotcha");
    FeedPollResult r = poll("/esc.xml");
    assertThat(r.error()).doesNotContain("\u001b");
  }

  @Test
  void runPollsRoundAfterRoundUntilStopped() throws InterruptedException {
    server.text("/run.xml", "application/rss+xml", rss("Run"));
    FeedWatcher w =
        new FeedWatcher(
            config(),
            HostResolver.SYSTEM,
            state,
            pages::add,
            WatchListener.NONE,
            pool,
            Clock.systemUTC());
    AtomicInteger rounds = new AtomicInteger();
    w.run(
        List.of(server.url("/run.xml")),
        Duration.ofMillis(100),
        () -> rounds.get() >= 3,
        rounds::incrementAndGet);
    assertThat(server.count("/run.xml")).isEqualTo(3);
  }

  private static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Answers robots.txt with 404 and everything else with half a body, then a TCP reset. */
  static final class ResettingServer implements AutoCloseable {
    final ServerSocket socket;
    final AtomicInteger articleRequests = new AtomicInteger();
    private final Thread thread;

    ResettingServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      thread = new Thread(this::serve, "resetting-server");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          InputStream in = s.getInputStream();
          StringBuilder req = new StringBuilder();
          while (!req.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
              break;
            }
            req.append((char) c);
          }
          OutputStream o = s.getOutputStream();
          if (req.toString().startsWith("GET /robots.txt")) {
            o.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes());
            o.flush();
            continue;
          }
          if (req.toString().startsWith("GET /article")) {
            articleRequests.incrementAndGet();
          }
          o.write(
              ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 50000\r\n\r\n"
                      + "<html><body><p>half")
                  .getBytes(StandardCharsets.US_ASCII));
          o.flush();
          s.setSoLinger(true, 0);
        } catch (IOException e) {
          // closed
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  static List<Long> times(List<LoopbackServer.Seen> seen) {
    List<Long> t = new ArrayList<>();
    seen.forEach(s -> t.add(s.nanos()));
    return t;
  }
}
