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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} against feeds served on 127.0.0.1 only. */
class WatchCommandTest {

  @TempDir Path dir;
  private HttpServer server;
  private String base;

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

  @Test
  void onceWritesArticlesAsJsonLinesAndExits4NamingTheFailedFeed() throws IOException {
    Path feeds = feeds("# my feeds", base + "/good.xml", "", base + "/down.xml", "ftp://x/y");
    Path out = dir.resolve("articles.jsonl");

    Cli r =
        Cli.run(
            "watch",
            feeds.toString(),
            "--once",
            "--allow-private",
            "--out",
            out.toString(),
            "--quiet",
            "--rate",
            "50");

    assertThat(r.exitCode()).isEqualTo(4);
    List<String> failures =
        r.err().lines().filter(l -> l.startsWith("corroborate: feed failed: ")).toList();
    assertThat(failures).singleElement().asString().contains(base + "/down.xml: HTTP 500");
    assertThat(r.err()).contains("skipped " + feeds + ":5: not an http or https address");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1);
    JsonNode a = new ObjectMapper().readTree(lines.get(0));
    assertThat(a.get("id").asText()).isEqualTo("vc-1");
    assertThat(a.get("url").asText()).isEqualTo(base + "/bridge");
    assertThat(a.get("title").asText()).isEqualTo("Bridge reopens after repairs");
    assertThat(a.get("published").asText()).isEqualTo("2025-01-14T09:30Z");
    assertThat(a.get("outlet").asText()).isEqualTo("Valley Courier");
    assertThat(a.get("html").asText()).contains("eight weeks of repairs");

    // the output is input for the other commands
    Cli extract = Cli.run("extract", out.toString());
    assertThat(extract.exitCode()).isZero();
    assertThat(extract.out()).contains("Bridge reopens after repairs").contains("eight weeks");
  }

  @Test
  void stateKeepsASecondRunFromFetchingTheSameArticles() throws IOException {
    Path feeds = feeds(base + "/good.xml");
    Path state = dir.resolve("state.json");
    Cli first =
        Cli.run(
            "watch", feeds.toString(), "--once", "--allow-private", "--state", state.toString());
    Cli second =
        Cli.run(
            "watch", feeds.toString(), "--once", "--allow-private", "--state", state.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(first.out().lines()).hasSize(1);
    assertThat(first.err())
        .contains("corroborate: polled " + base + "/good.xml: HTTP 200, 1 items, 1 new, 1 added");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEmpty();
    assertThat(Files.readString(state)).contains("\"articlesAdded\" : 1");
  }

  @Test
  void withoutAllowPrivateTheLoopbackServerIsRefused() throws IOException {
    Cli r = Cli.run("watch", feeds(base + "/good.xml").toString(), "--once");
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
