package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  @TempDir Path dir;

  private static final String LINE =
      "{\"id\": \"mill-1\", \"outlet\": \"Dale Gazette\", \"published\": \"2026-02-02\","
          + " \"title\": \"Old paper mill at Dunmere to become flats\", \"text\": \"Old paper mill"
          + " at Dunmere to become flats\\n\\nThe old paper mill at Dunmere will be turned into 40"
          + " flats, the district council decided on Monday.\"}\n";

  @Test
  void refusesToStartOnANonLoopbackAddressWithoutAToken() {
    assumeTrue(System.getenv("CORROBORATE_TOKEN") == null, "CORROBORATE_TOKEN is set");
    Cli r = Cli.run("serve", "--bind", "0.0.0.0", "--port", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("needs a token");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void isListedAmongTheCommands() {
    Cli r = Cli.run("--help");
    assertThat(r.out()).contains("serve");
  }

  @Test
  void ingestsItsPathsIntoTheStoreAndServesTheStore() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, LINE);
    Path store = dir.resolve("store");
    ServeCommand cmd = new ServeCommand();
    AtomicReference<String> stories = new AtomicReference<>();
    cmd.onStarted =
        server -> {
          try {
            stories.set(
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/api/stories"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(cmd)
            .setErr(new PrintWriter(err, true))
            .execute(in.toString(), "--store", store.toString(), "--port", "0");
    assertThat(code).as(err.toString()).isZero();
    assertThat(stories.get()).contains("Old paper mill at Dunmere");
    assertThat(err.toString()).contains("1 article read: 1 new").contains("from the store");
    // the store keeps what serve ingested
    Cli listed = Cli.run("stories", "--store", store.toString(), "--format", "jsonl");
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out()).contains("Old paper mill at Dunmere");
  }

  @Test
  void stopsWithExit5WhenAnotherProcessWritesTheStore() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, LINE);
    Path store = dir.resolve("store");
    try (Store held = Stores.open(store.toString(), Stores.Mode.WRITE)) {
      Cli r = Cli.run("serve", in.toString(), "--store", store.toString(), "--port", "0");
      assertThat(r.exitCode()).isEqualTo(5);
      assertThat(r.err()).contains("being written by another process");
    }
  }

  @Test
  void watchesFeedsIntoTheStoreAndShowsThemOnTheFeedsPage() throws Exception {
    HttpServer feedServer =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
    String base = "http://127.0.0.1:" + feedServer.getAddress().getPort();
    AtomicReference<String> feed =
        new AtomicReference<>(rss(item(base, "kiln-1", "Brick kiln at Holloway restored")));
    ConcurrentHashMap<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
    feedServer.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          fetches.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
          boolean isFeed = path.equals("/feed.xml");
          String title =
              path.equals("/kiln-1")
                  ? "Brick kiln at Holloway restored"
                  : "Holloway kiln opens to visitors";
          String body =
              isFeed
                  ? feed.get()
                  : "<html><head><title>"
                      + title
                      + "</title></head><body><article><h1>"
                      + title
                      + "</h1><p>The old brick kiln at Holloway was restored by volunteers over"
                      + " two years, the heritage trust said on Friday.</p></article></body></html>";
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders()
              .set("Content-Type", isFeed ? "application/rss+xml" : "text/html; charset=utf-8");
          ex.sendResponseHeaders(path.equals("/robots.txt") ? 404 : 200, b.length);
          ex.getResponseBody().write(b);
          ex.close();
        });
    feedServer.start();
    try {
      Path feeds = dir.resolve("feeds.txt");
      Files.writeString(feeds, base + "/feed.xml\n");
      Path store = dir.resolve("store");
      ServeCommand cmd = new ServeCommand();
      AtomicReference<String> feedsPage = new AtomicReference<>();
      AtomicReference<String> stories = new AtomicReference<>();
      cmd.onStarted =
          server -> {
            String api = "http://127.0.0.1:" + server.port();
            try {
              waitFor(api + "/api/feeds", "\"articlesAdded\":1");
              waitFor(api + "/api/stories", "Brick kiln at Holloway");
              // the feed changes: only its new item is fetched
              feed.set(
                  rss(
                      item(base, "kiln-2", "Holloway kiln opens to visitors"),
                      item(base, "kiln-1", "Brick kiln at Holloway restored")));
              waitFor(api + "/api/feeds", "\"articlesAdded\":2");
              stories.set(
                  waitFor(api + "/api/search?q=visitors", "Holloway kiln opens to visitors"));
              feedsPage.set(get(api + "/feeds"));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          };
      StringWriter err = new StringWriter();
      int code =
          new CommandLine(cmd)
              .setErr(new PrintWriter(err, true))
              .execute(
                  "--store",
                  store.toString(),
                  "--port",
                  "0",
                  "--watch",
                  feeds.toString(),
                  "--every",
                  "1s",
                  "--allow-private",
                  "--rate",
                  "50");
      assertThat(code).as(err.toString()).isZero();
      assertThat(feedsPage.get()).contains(base + "/feed.xml").contains("every 1 second");
      assertThat(fetches.get("/kiln-1").get()).isEqualTo(1);
      assertThat(fetches.get("/kiln-2").get()).isEqualTo(1);
      assertThat(err.toString())
          .contains("watching 1 feed")
          .contains("corroborate: polled " + base + "/feed.xml: HTTP 200");
    } finally {
      feedServer.stop(0);
    }
  }

  private static String item(String base, String id, String title) {
    return "<item><title>"
        + title
        + "</title><link>"
        + base
        + "/"
        + id
        + "</link><guid isPermaLink=\"false\">"
        + id
        + "</guid><pubDate>Fri, 06 Mar 2026 09:00:00 GMT</pubDate></item>";
  }

  private static String rss(String... items) {
    return "<rss version=\"2.0\"><channel><title>Holloway Herald</title>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private static String get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** GETs the URL until its body holds {@code text} (at most a minute); answers the body. */
  private static String waitFor(String url, String text) throws Exception {
    long end = System.nanoTime() + 60_000_000_000L;
    String body = get(url);
    while (!body.contains(text) && System.nanoTime() < end) {
      Thread.sleep(100);
      body = get(url);
    }
    assertThat(body).contains(text);
    return body;
  }
}
