package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.feeds.WatchState;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over a real store: other writers, the writer role, the feeds page. */
class StoreServeTest {

  static TestServer ts;

  @BeforeAll
  static void start() {
    ts = TestServer.get();
    ApiTest.ts = ts;
  }

  /** Another writer over the test server's store, with its own connections. */
  private static StoreWriter otherWriter() {
    return new StoreWriter(
        mode -> Stores.open(ts.store.toString(), mode),
        new Pipeline(),
        ts.pool,
        ProblemListener.ignoring());
  }

  private static Article article(String id, String title, String text) {
    return new ArticleCleaner()
        .clean(
            new RawDocument(
                id,
                InputKind.JSON_TEXT,
                title + "\n\n" + text,
                null,
                id,
                title,
                "2026-03-09",
                "Lowland Ledger",
                null,
                null));
  }

  @Test
  void articlesAnotherWriterIngestsAppearWithoutARestart() throws Exception {
    // another writer over the same store directory, with its own connection as another process has
    StoreWriter other = otherWriter();
    Article a =
        article(
            "lighthouse-1",
            "Lighthouse keeper's cottage on Ravel Island opens as a museum",
            "The cottage beside the Ravel Island lighthouse opened as a museum on Monday, the"
                + " island council said. About 300 visitors came on the first day.");
    other.ingest(List.of(a));
    long t0 = System.nanoTime();
    // the other writer commits the article, then its linking: a check between the two sees the
    // article without a story yet, the next one with it
    ApiTest.Answer seen = ApiTest.get("/api/articles/" + a.id());
    while ((seen.status() == 404 || seen.json().get("storyId").isNull())
        && System.nanoTime() - t0 < 10_000_000_000L) {
      Thread.sleep(50);
      seen = ApiTest.get("/api/articles/" + a.id());
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(seen.status()).isEqualTo(200);
    assertThat(ms).isLessThan(5_000);
    assertThat(seen.json().get("storyId").isNull()).isFalse();
    JsonNode found = ApiTest.api("/api/search", "/api/search?q=Ravel+lighthouse").json();
    assertThat(found.get("results").get(0).get("articleId").asText()).isEqualTo(a.id());
    System.err.println("article ingested by another writer visible after " + ms + " ms");
  }

  @Test
  void storiesAreRenderedAheadOfTheirRequests() throws Exception {
    // no request asks for a story page here: the server's warmer renders them all
    ts.source.refresh();
    List<String> ids =
        ts.source.dossier().stories().stream().map(io.corroborate.model.Story::id).toList();
    long t0 = System.nanoTime();
    while (!ids.stream().allMatch(id -> ts.source.kept("page " + id) && ts.source.kept("api " + id))
        && System.nanoTime() - t0 < 60_000_000_000L) {
      Thread.sleep(100);
    }
    for (String id : ids) {
      assertThat(ts.source.kept("page " + id)).as("page of %s", id).isTrue();
      assertThat(ts.source.kept("api " + id)).as("JSON of %s", id).isTrue();
    }
    // what the warmer kept is what a request gets
    String id = ids.get(0);
    assertThat(ts.source.memo("page " + id, () -> "not kept").text())
        .isEqualTo(ApiTest.get("/stories/" + id).body());
  }

  @Test
  void rendersOfStoriesAnIngestLeavesAsTheyWereAreKeptAndTheOthersMadeAgain() throws Exception {
    ts.source.refresh();
    List<String> ids =
        ts.source.dossier().stories().stream().map(io.corroborate.model.Story::id).toList();
    assertThat(ids).hasSizeGreaterThan(1);
    for (String id : ids) {
      ts.source.memo("test " + id, () -> "made before " + id);
    }
    StoreWriter other = otherWriter();
    // a story of its own, unlike every stored one: the stored stories keep their inputs
    Article a =
        article(
            "glacier-survey-1",
            "Survey finds the Orrin glacier retreated 40 metres in a year",
            "Surveyors measuring the Orrin glacier found its snout 40 metres further up the"
                + " valley than a year ago, the national mapping office said on Tuesday.");
    other.ingest(List.of(a));
    ts.source.refresh();
    String storyOfNew = ts.source.storyOf(a.id()).orElseThrow();
    assertThat(ids).doesNotContain(storyOfNew);
    for (String id : ids) {
      assertThat(ts.source.memo("test " + id, () -> "made again " + id).text())
          .as("story %s did not change", id)
          .isEqualTo("made before " + id);
    }
    assertThat(ts.source.memo("test " + storyOfNew, () -> "new").text()).isEqualTo("new");
  }

  @Test
  void aPostWhileAnotherProcessWritesIs503AndStoresNothing() throws Exception {
    String body =
        "{\"id\": \"quay-1\", \"title\": \"Quay wall repaired at Fenmouth\", \"text\": \"Quay"
            + " wall repaired at Fenmouth\\n\\nWorkers finished repairing the Fenmouth quay wall"
            + " on Tuesday, the harbour board said.\"}";
    ts.source.refresh();
    int before = ts.source.dossier().articles().size();
    try (Store held = Stores.open(ts.store.toString(), Stores.Mode.WRITE)) {
      ApiTest.Answer busy = ApiTest.post("/api/articles", "application/json", body);
      assertThat(busy.status()).isEqualTo(503);
      assertThat(busy.type()).startsWith("application/problem+json");
      assertThat(busy.raw().headers().firstValue("Retry-After")).hasValue("5");
      assertThat(busy.json().get("detail").asText()).contains("another process");
      OpenApi.validate("/api/articles", "POST", 503, busy.type(), busy.body());
    }
    ts.source.refresh();
    assertThat(ts.source.dossier().articles()).hasSize(before);
    ApiTest.Answer ok = ApiTest.post("/api/articles", "application/json", body);
    assertThat(ok.status()).isEqualTo(202);
    assertThat(ts.source.dossier().articles()).hasSize(before + 1);
  }

  @Test
  void theFeedsPageAndApiShowEachFeedEscaped() throws Exception {
    ApiTest.Answer none = ApiTest.api("/api/feeds", "/api/feeds");
    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json().get("watching").asBoolean()).isFalse();
    assertThat(ApiTest.get("/feeds").body()).contains("watches no feeds");
    WatchState state =
        WatchState.fromJson(
            "{\"version\": 1, \"feeds\": [{\"url\": \"https://a.example/feed.xml\","
                + " \"lastPoll\": \"2026-03-09T10:00:00Z\", \"lastError\":"
                + " \"HTTP 500 <script>window.pwned=1</script>\", \"failures\": 2,"
                + " \"articlesAdded\": 7, \"nextPoll\": \"2026-03-09T10:40:00Z\"}]}");
    FeedBoard board =
        new FeedBoard(
            List.of("https://a.example/feed.xml", "https://b.example/rss"),
            Duration.ofMinutes(10),
            state);
    try (WebServer s = new WebServer(ts.source, WebServer.Options.loopback(0), board).start()) {
      String b = "http://127.0.0.1:" + s.port();
      var api = ApiTest.send(HttpRequest.newBuilder(URI.create(b + "/api/feeds")).GET().build());
      OpenApi.validate("/api/feeds", "GET", api.status(), api.type(), api.body());
      JsonNode j = api.json();
      assertThat(j.get("watching").asBoolean()).isTrue();
      assertThat(j.get("every").asText()).isEqualTo("PT10M");
      assertThat(j.get("feeds")).hasSize(2);
      JsonNode a = j.get("feeds").get(0);
      assertThat(a.get("articlesAdded").asInt()).isEqualTo(7);
      assertThat(a.get("lastError").asText()).startsWith("HTTP 500");
      assertThat(a.get("nextPoll").asText()).isEqualTo("2026-03-09T10:40:00Z");
      assertThat(j.get("feeds").get(1).get("lastPoll").isNull()).isTrue();
      var page = ApiTest.send(HttpRequest.newBuilder(URI.create(b + "/feeds")).GET().build());
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body())
          .contains("every 10 minutes")
          .contains("https://b.example/rss")
          .contains("&lt;script&gt;")
          .doesNotContain("<script>window");
      assertThat(page.raw().headers().firstValue("Content-Security-Policy"))
          .hasValue(WebServer.CSP);
    }
  }
}
