package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} against feeds served on 127.0.0.1 only. */
class WatchCommandTest {

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final AtomicInteger pageFetches = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, String[]> routes =
        Map.of(
            "/good.xml",
            new String[] {
              "application/rss+xml",
              "<rss version=\"2.0\"><channel><title>Valley Courier</title>"
                  + "<item><title>Bridge reopens after repairs</title><link>"
                  + base
                  + "/bridge</link><guid isPermaLink=\"false\">vc-1</guid>"
                  + "<pubDate>Tue, 14 Jan 2025 09:30:00 GMT</pubDate></item></channel></rss>"
            },
            "/bridge",
            new String[] {
              "text/html",
              "<html><head><title>Bridge reopens after repairs</title></head><body><article>"
                  + "<h1>Bridge reopens after repairs</h1><p>The river bridge reopened to traffic"
                  + " on Monday after eight weeks of repairs, the county engineer said.</p>"
                  + "</article></body></html>"
            });
    server.createContext(
        "/",
        ex -> {
          String[] r = routes.get(ex.getRequestURI().getPath());
          if (ex.getRequestURI().getPath().equals("/bridge")) {
            pageFetches.incrementAndGet();
          }
          int status =
              r == null ? (ex.getRequestURI().getPath().equals("/down.xml") ? 500 : 404) : 200;
          byte[] b =
              r == null
                  ? "no".getBytes(StandardCharsets.UTF_8)
                  : r[1].getBytes(StandardCharsets.UTF_8);
          if (r != null) {
            ex.getResponseHeaders().set("Content-Type", r[0]);
          }
          ex.sendResponseHeaders(status, b.length);
          ex.getResponseBody().write(b);
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Path feeds(String... urls) throws IOException {
    Path f = dir.resolve("feeds.txt");
    Files.write(f, List.of(urls));
    return f;
  }

  private Cli watchOnce(Path feeds, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "watch",
                feeds.toString(),
                "--once",
                "--allow-private",
                "--store",
                dir.resolve("store").toString(),
                "--rate",
                "50"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void onceIngestsIntoTheStoreAndExits4NamingTheFailedFeed() throws IOException {
    Path feeds = feeds("# my feeds", base + "/good.xml", "", base + "/down.xml", "ftp://x/y");

    Cli r = watchOnce(feeds, "--quiet");

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).isEmpty();
    List<String> failures =
        r.err().lines().filter(l -> l.startsWith("corroborate: feed failed: ")).toList();
    assertThat(failures).singleElement().asString().contains(base + "/down.xml: HTTP 500");
    assertThat(r.err()).contains("skipped " + feeds + ":5: not an http or https address");
    Cli dossier =
        Cli.run("dossier", "--all", "--format", "json", "--store", dir.resolve("store").toString());
    assertThat(dossier.exitCode()).as(dossier.err()).isZero();
    JsonNode articles = new ObjectMapper().readTree(dossier.out()).get("articles");
    assertThat(articles).hasSize(1);
    JsonNode a = articles.get(0);
    assertThat(a.get("url").asText()).isEqualTo(base + "/bridge");
    assertThat(a.get("title").asText()).isEqualTo("Bridge reopens after repairs");
    assertThat(a.get("published").asText()).startsWith("2025-01-14");
    assertThat(a.get("outlet").asText()).isEqualTo("Valley Courier");
    assertThat(a.get("body").asText()).contains("eight weeks of repairs");
  }

  @Test
  void theStateInTheStoreKeepsASecondRunFromFetchingTheSameArticles() throws IOException {
    Path feeds = feeds(base + "/good.xml");
    Cli first = watchOnce(feeds);
    Cli second = watchOnce(feeds);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("corroborate: polled " + base + "/good.xml: HTTP 200, 1 items, 1 new, 1 added")
        .contains("corroborate: stored 1 fetched article (1 new or changed)");
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).contains("1 items, 0 new, 0 added").doesNotContain("stored 1");
    assertThat(pageFetches.get()).isEqualTo(1);
  }

  @Test
  void whenAnotherProcessWritesTheStoreNothingIsMarkedSeenAndTheNextRunStoresIt()
      throws IOException {
    Path feeds = feeds(base + "/good.xml");
    Cli created = Cli.run("stories", "--store", dir.resolve("store").toString());
    try (io.corroborate.store.Store held =
        io.corroborate.store.Stores.open(
            dir.resolve("store").toString(), io.corroborate.store.Stores.Mode.WRITE)) {
      Cli busy = watchOnce(feeds, "--quiet");
      assertThat(busy.exitCode()).isEqualTo(5);
      assertThat(busy.err())
          .contains("being written by another process")
          .contains("1 fetched articles were not stored");
    }
    Cli again = watchOnce(feeds, "--quiet");
    assertThat(again.exitCode()).as(again.err()).isZero();
    Cli search =
        Cli.run(
            "search", "bridge", "--store", dir.resolve("store").toString(), "--format", "jsonl");
    assertThat(search.out()).contains("Bridge reopens after repairs");
    assertThat(created.exitCode()).isNotZero(); // there was no store before the first watch
  }

  @Test
  void whenTheDiskIsFullNothingIsMarkedSeenAndARunWithRoomStoresItOnce() throws Exception {
    Path feeds = feeds(base + "/good.xml");
    Path store = dir.resolve("store");
    try (io.corroborate.store.Store made =
        io.corroborate.store.Stores.open(
            store.toString(), io.corroborate.store.Stores.Mode.WRITE)) {
      assertThat(made.articleCount()).isZero();
    }
    long pages;
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.resolve("corroborate.db"));
        java.sql.ResultSet rs = c.createStatement().executeQuery("PRAGMA page_count")) {
      pages = rs.getLong(1);
    }
    // SQLite's page cap answers as a full disk does (SQLITE_FULL)
    System.setProperty("corroborate.store.sqlite.maxPages", Long.toString(pages));
    Cli full;
    try {
      full = watchOnce(feeds, "--quiet");
    } finally {
      System.clearProperty("corroborate.store.sqlite.maxPages");
    }
    assertThat(full.exitCode()).as(full.err()).isEqualTo(ExitCodes.STORE);
    assertThat(full.err())
        .contains("store " + store + ": the disk is full while ")
        .contains("(1 fetched articles are not marked as seen: the next run fetches them again)")
        .doesNotContain("Exception");

    Cli again = watchOnce(feeds, "--quiet");
    assertThat(again.exitCode()).as(again.err()).isZero();
    Cli third = watchOnce(feeds, "--quiet");
    assertThat(third.exitCode()).as(third.err()).isZero();
    // fetched once more after the failure, then never again; stored once
    assertThat(pageFetches.get()).isEqualTo(2);
    Cli all = Cli.run("dossier", "--all", "--format", "json", "--store", store.toString());
    assertThat(new ObjectMapper().readTree(all.out()).get("articles")).hasSize(1);
  }

  @Test
  void withoutAllowPrivateTheLoopbackServerIsRefused() throws IOException {
    Cli r =
        Cli.run(
            "watch",
            feeds(base + "/good.xml").toString(),
            "--once",
            "--store",
            dir.resolve("store").toString());
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err())
        .contains("feed failed: " + base + "/good.xml: refused: 127.0.0.1 (loopback address)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFeedsFileIsAUsageErrorAndAnEmptyOneHasNoInput() throws IOException {
    Cli missing = Cli.run("watch", dir.resolve("nope.txt").toString(), "--once");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.txt: no such file");
    Cli empty = Cli.run("watch", feeds("# nothing").toString(), "--once");
    assertThat(empty.exitCode()).isEqualTo(3);
    Cli badEvery = Cli.run("watch", feeds(base + "/good.xml").toString(), "--every", "ten");
    assertThat(badEvery.exitCode()).isEqualTo(2);
  }
}
