package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API on the real server: every answer checked against the OpenAPI document. */
class ApiTest {

  static TestServer ts;
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeAll
  static void start() {
    ts = TestServer.get();
  }

  record Answer(int status, String type, String body, HttpResponse<String> raw) {
    JsonNode json() throws IOException {
      return OpenApi.MAPPER.readTree(body);
    }
  }

  static Answer get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(ts.base + path)).GET().build());
  }

  static Answer post(String path, String contentType, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(ts.base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static Answer send(HttpRequest r) throws Exception {
    HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    return new Answer(
        res.statusCode(), res.headers().firstValue("Content-Type").orElse(null), res.body(), res);
  }

  /** GETs a path and validates the answer against the route's documented response. */
  static Answer api(String route, String path) throws Exception {
    Answer a = get(path);
    OpenApi.validate(route, "GET", a.status(), a.type(), a.body());
    return a;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void storyPagesAndJsonAreGzippedForClientsThatAcceptGzipAndTheSameOnceInflated()
      throws Exception {
    String id = damStoryId();
    for (String path : List.of("/stories/" + id, "/api/stories/" + id)) {
      Answer plain = get(path);
      HttpResponse<byte[]> zipped =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(ts.base + path))
                  .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(plain.status()).isEqualTo(200);
      assertThat(plain.raw().headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(zipped.statusCode()).isEqualTo(200);
      assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
      assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
      assertThat(zipped.headers().firstValue("Content-Type"))
          .isEqualTo(plain.raw().headers().firstValue("Content-Type"));
      byte[] inflated;
      try (var in =
          new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
        inflated = in.readAllBytes();
      }
      assertThat(new String(inflated, StandardCharsets.UTF_8)).isEqualTo(plain.body());
      assertThat(zipped.body().length).isLessThan(plain.body().length() / 3);
    }
  }

  @Test
  void acceptEncodingIsReadWithItsQualities() {
    assertThat(WebServer.acceptsGzip(null)).isFalse();
    assertThat(WebServer.acceptsGzip("")).isFalse();
    assertThat(WebServer.acceptsGzip("identity")).isFalse();
    assertThat(WebServer.acceptsGzip("gzip, deflate, br")).isTrue();
    assertThat(WebServer.acceptsGzip("GZIP")).isTrue();
    assertThat(WebServer.acceptsGzip("br, gzip;q=0")).isFalse();
    assertThat(WebServer.acceptsGzip("gzip; q=0.000")).isFalse();
    assertThat(WebServer.acceptsGzip("gzip;q=0.001")).isTrue();
    assertThat(WebServer.acceptsGzip("*")).isTrue();
    assertThat(WebServer.acceptsGzip("*;q=0")).isFalse();
    assertThat(WebServer.acceptsGzip("*, gzip;q=0")).isFalse();
  }

  @Test
  void listsStoriesInTheStoriesJsonlShape() throws Exception {
    Answer a = api("/api/stories", "/api/stories");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.type()).startsWith("application/json");
    JsonNode stories = a.json().get("stories");
    assertThat(stories.size()).isGreaterThanOrEqualTo(2);
    JsonNode dam = find(stories, "Marrowick").orElseThrow();
    assertThat(dam.get("articles").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(dam.get("independentSources").asInt()).isLessThan(dam.get("articles").asInt());
    // open conflicts are the story's figure groups that phase 3 calls conflicting
    JsonNode story =
        api("/api/stories/{id}", "/api/stories/" + dam.get("id").asText())
            .json()
            .get("stories")
            .get(0);
    int conflicting = 0;
    for (JsonNode g : story.get("figures")) {
      if ("conflicting".equals(g.get("status").asText())) {
        conflicting++;
      }
    }
    assertThat(dam.get("openConflicts").asInt()).isEqualTo(conflicting);
    assertThat(a.json().get("nextCursor").isNull()).isTrue();
  }

  private static Optional<JsonNode> find(JsonNode stories, String word) {
    for (JsonNode s : stories) {
      if (s.get("title").asText().contains(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Test
  void pagesWithACursorUntilTheLastPage() throws Exception {
    Answer first = api("/api/stories", "/api/stories?limit=1&sort=size");
    JsonNode j = first.json();
    assertThat(j.get("stories").size()).isEqualTo(1);
    String cursor = j.get("nextCursor").asText();
    Answer second = api("/api/stories", "/api/stories?limit=1&sort=size&cursor=" + enc(cursor));
    assertThat(second.json().get("stories").get(0).get("id").asText())
        .isNotEqualTo(j.get("stories").get(0).get("id").asText());
    assertThat(j.get("stories").get(0).get("articles").asInt())
        .isGreaterThanOrEqualTo(second.json().get("stories").get(0).get("articles").asInt());
    Answer bad = api("/api/stories", "/api/stories?cursor=not-a-cursor");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.type()).startsWith("application/problem+json");
  }

  @Test
  void filtersByOutletLanguageDatesAndWords() throws Exception {
    JsonNode byOutlet = api("/api/stories", "/api/stories?outlet=" + enc("meridian radio")).json();
    assertThat(byOutlet.get("stories").size()).isGreaterThanOrEqualTo(1);
    JsonNode none = api("/api/stories", "/api/stories?outlet=no-such-outlet").json();
    assertThat(none.get("stories").size()).isZero();
    JsonNode late = api("/api/stories", "/api/stories?since=2026-03-08").json();
    for (JsonNode s : late.get("stories")) {
      assertThat(s.get("lastDate").asText()).isGreaterThanOrEqualTo("2026-03-08");
    }
    JsonNode fr = api("/api/stories", "/api/stories?language=xx").json();
    assertThat(fr.get("stories").size()).isZero();
    JsonNode words = api("/api/stories", "/api/stories?query=tram").json();
    assertThat(words.get("stories").size()).isGreaterThanOrEqualTo(1);
    assertThat(api("/api/stories", "/api/stories?since=yesterday").status()).isEqualTo(400);
    assertThat(api("/api/stories", "/api/stories?limit=0").status()).isEqualTo(400);
    assertThat(api("/api/stories", "/api/stories?sort=bogus").status()).isEqualTo(400);
  }

  @Test
  void answersOneStoryAsTheDossierJson() throws Exception {
    String id = damStoryId();
    Answer a = api("/api/stories/{id}", "/api/stories/" + id);
    assertThat(a.status()).isEqualTo(200);
    JsonNode j = a.json();
    assertThat(j.get("requestedId").asText()).isEqualTo(id);
    assertThat(j.get("stories").get(0).get("id").asText()).isEqualTo(id);
    assertThat(j.get("articles").size())
        .isEqualTo(j.get("stories").get(0).get("articleIds").size());
    assertThat(j.get("stories").get(0).get("figures").size()).isPositive();
  }

  static String damStoryId() throws Exception {
    JsonNode stories = get("/api/stories").json().get("stories");
    return find(stories, "Marrowick").orElseThrow().get("id").asText();
  }

  @Test
  void unknownIdsAre404ProblemJson() throws Exception {
    for (String[] r :
        List.of(
            new String[] {"/api/stories/{id}", "/api/stories/s999999"},
            new String[] {"/api/articles/{id}", "/api/articles/anope"},
            new String[] {"/api/articles/{id}", "/api/articles/" + enc("../../etc/passwd")})) {
      Answer a = api(r[0], r[1]);
      assertThat(a.status()).as(r[1]).isEqualTo(404);
      assertThat(a.type()).startsWith("application/problem+json");
      assertThat(a.json().get("status").asInt()).isEqualTo(404);
      assertThat(a.json().get("title").asText()).isNotBlank();
    }
    Answer route = get("/api/nothing-here");
    assertThat(route.status()).isEqualTo(404);
    assertThat(route.type()).startsWith("application/problem+json");
  }

  @Test
  void answersAnArticleWithItsStory() throws Exception {
    JsonNode story = get("/api/stories/" + damStoryId()).json();
    String articleId = story.get("articles").get(0).get("id").asText();
    Answer a = api("/api/articles/{id}", "/api/articles/" + articleId);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("id").asText()).isEqualTo(articleId);
    assertThat(a.json().get("storyId").asText()).isEqualTo(damStoryId());
    assertThat(a.json().has("text")).isTrue();
  }

  @Test
  void searchFindsWordsAndTreatsQuerySyntaxAsPlainCharacters() throws Exception {
    Answer a = api("/api/search", "/api/search?q=" + enc("reservoir spillways"));
    assertThat(a.status()).isEqualTo(200);
    JsonNode results = a.json().get("results");
    assertThat(results.size()).isPositive();
    assertThat(results.get(0).get("snippet").asText().toLowerCase()).contains("reservoir");
    for (String hostile :
        List.of(
            "' OR 1=1; DROP TABLE articles; --",
            "dam\" OR \"x",
            "NEAR(dam flood, 2) AND * ^ -",
            "\\\" ) ; SELECT * FROM stories",
            "%' UNION SELECT null --")) {
      Answer h = api("/api/search", "/api/search?q=" + enc(hostile));
      assertThat(h.status()).as(hostile).isEqualTo(200);
      Answer s = api("/api/stories", "/api/stories?query=" + enc(hostile));
      assertThat(s.status()).as(hostile).isEqualTo(200);
    }
    assertThat(api("/api/search", "/api/search").status()).isEqualTo(400);
    assertThat(api("/api/search", "/api/search?q=dam&limit=100000").status()).isEqualTo(400);
  }

  @Test
  void servesTheOpenApiDocumentWithEveryRoute() throws Exception {
    Answer a = api("/api/openapi.json", "/api/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    JsonNode paths = a.json().get("paths");
    assertThat(a.json().get("openapi").asText()).isEqualTo("3.1.0");
    Iterator<String> names = paths.fieldNames();
    List<String> routes = new java.util.ArrayList<>();
    names.forEachRemaining(routes::add);
    assertThat(routes)
        .containsExactlyInAnyOrder(
            "/api/stories",
            "/api/stories/{id}",
            "/api/articles/{id}",
            "/api/articles",
            "/api/search",
            "/api/feeds",
            "/api/openapi.json");
  }

  @Test
  void rejectsMalformedPostsWithProblemJsonAndStoresNothing() throws Exception {
    int before = ts.source.dossier().articles().size();
    Map<String, Integer> cases =
        Map.of(
            "{not json", 400,
            "{\"text\": \"A harbour ferry ran aground.\", \"colour\": \"red\"}", 400,
            "{\"title\": \"No body\"}", 400,
            "{\"text\": \"   \"}", 400,
            "{\"text\": 42}", 400,
            "[]", 400,
            "\"just a string\"", 400,
            "[{\"text\": \"A harbour ferry ran aground.\"}, {\"text\": \"x\", \"bogus\": 1}]", 400,
            "{\"text\": \"a\"} trailing", 400);
    for (Map.Entry<String, Integer> c : cases.entrySet()) {
      Answer a = post("/api/articles", "application/json", c.getKey());
      assertThat(a.status()).as(c.getKey()).isEqualTo(c.getValue());
      assertThat(a.type()).as(c.getKey()).startsWith("application/problem+json");
      OpenApi.validate("/api/articles", "POST", a.status(), a.type(), a.body());
    }
    Answer wrongType = post("/api/articles", "text/plain", "{\"text\": \"x\"}");
    assertThat(wrongType.status()).isEqualTo(415);
    OpenApi.validate("/api/articles", "POST", 415, wrongType.type(), wrongType.body());
    assertThat(ts.source.dossier().articles()).hasSize(before);
  }

  @Test
  void refusesA100MegabyteBodyWith413() throws Exception {
    byte[] big = new byte[100 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    HttpResponse<String> res;
    try {
      res =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(ts.base + "/api/articles"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // the server may close the connection while the client is still sending; then ask again
      // with the declared length only, which is what the server judges first
      res = null;
    }
    if (res != null) {
      assertThat(res.statusCode()).isEqualTo(413);
      OpenApi.validate(
          "/api/articles",
          "POST",
          413,
          res.headers().firstValue("Content-Type").orElse(null),
          res.body());
    } else {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", ts.server.port())) {
        s.getOutputStream()
            .write(
                ("POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 104857600\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        String head = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        assertThat(head).isEqualTo("HTTP/1.1 413");
      }
    }
  }

  @Test
  void acceptsAPostedArticleAndShowsItOnItsStory() throws Exception {
    String body =
        "{\"id\": \"ferry-1\", \"outlet\": \"Harbour Watch\", \"published\": \"2026-03-07\","
            + " \"title\": \"Ferry runs aground off Kestrel Point\", \"text\": \"Ferry runs aground"
            + " off Kestrel Point\\n\\nA passenger ferry ran aground off Kestrel Point on Saturday"
            + " with 212 people on board, the coastguard said. Nobody was hurt, and tugs refloated"
            + " the vessel at high tide.\"}";
    long t0 = System.nanoTime();
    Answer a = post("/api/articles", "application/json", body);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(a.status()).isEqualTo(202);
    OpenApi.validate("/api/articles", "POST", 202, a.type(), a.body());
    JsonNode accepted = a.json().get("articles").get(0);
    assertThat(accepted.get("source").asText()).isEqualTo("ferry-1");
    String storyId = accepted.get("storyId").asText();
    Answer page = get("/stories/" + storyId);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Kestrel Point");
    System.err.println("posted article visible on its story page after " + ms + " ms");
    // posting it again adds nothing
    Answer again = post("/api/articles", "application/json", body);
    assertThat(again.status()).isEqualTo(202);
    assertThat(again.json().get("articles").get(0).get("id").asText())
        .isEqualTo(accepted.get("id").asText());
  }

  @Test
  void exportsAStoryAsMarkdownJsonAndHtmlFiles() throws Exception {
    String id = damStoryId();
    for (String format : List.of("md", "json", "html")) {
      Answer a = get("/stories/" + id + "/export/" + format);
      assertThat(a.status()).as(format).isEqualTo(200);
      assertThat(a.raw().headers().firstValue("Content-Disposition").orElse(""))
          .as(format)
          .startsWith("attachment")
          .contains("story-" + id + "." + format);
      assertThat(a.body()).as(format).contains("Marrowick");
    }
    Answer figures = get("/stories/" + id + "/export/figures.csv");
    assertThat(figures.status()).isEqualTo(200);
    assertThat(figures.type()).startsWith("text/csv");
    assertThat(figures.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("story-" + id + "-figures.csv");
    assertThat(figures.body().lines().count()).isGreaterThan(2);
    for (String table : List.of("quotes", "articles", "provenance")) {
      Answer t = get("/stories/" + id + "/export/" + table + ".csv");
      assertThat(t.status()).as(table).isEqualTo(200);
      assertThat(t.body().lines().count()).as(table).isGreaterThan(1);
    }
    String page = get("/stories/" + id).body();
    assertThat(page)
        .contains("/stories/" + id + "/export/figures.csv")
        .contains("/stories/" + id + "/export/provenance.csv");
    assertThat(get("/stories/" + id + "/export/passwd.csv").status()).isEqualTo(404);
    JsonNode json = get("/stories/" + id + "/export/json").json();
    assertThat(json.get("stories")).hasSize(1);
    assertThat(get("/stories/" + id + "/export/exe").status()).isEqualTo(404);
  }

  @Test
  void aNonLoopbackBindNeedsAToken() {
    assertThatThrownBy(() -> new WebServer.Options("0.0.0.0", 0, null, false, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
    assertThat(new WebServer.Options("0.0.0.0", 0, "secret", false, 1000).token())
        .isEqualTo("secret");
    assertThat(WebServer.isLoopback("127.0.0.1")).isTrue();
    assertThat(WebServer.isLoopback("::1")).isTrue();
    assertThat(WebServer.isLoopback("0.0.0.0")).isFalse();
  }

  @Test
  void withATokenReadsAndWritesNeedIt() throws Exception {
    try (WebServer guarded =
            new WebServer(
                    ts.source, new WebServer.Options("127.0.0.1", 0, "s3cret", false, 1 << 20))
                .start();
        WebServer publicRead =
            new WebServer(ts.source, new WebServer.Options("127.0.0.1", 0, "s3cret", true, 1 << 20))
                .start()) {
      String g = "http://127.0.0.1:" + guarded.port();
      String p = "http://127.0.0.1:" + publicRead.port();
      HttpResponse<String> noToken =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(g + "/api/stories")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(noToken.statusCode()).isEqualTo(401);
      OpenApi.validate(
          "/api/stories",
          "GET",
          401,
          noToken.headers().firstValue("Content-Type").orElse(null),
          noToken.body());
      HttpResponse<String> wrong =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(g + "/"))
                  .header("Authorization", "Bearer nope")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> right =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(g + "/api/stories"))
                  .header("Authorization", "Bearer s3cret")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(right.statusCode()).isEqualTo(200);
      HttpResponse<String> publicGet =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(p + "/api/stories")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(publicGet.statusCode()).isEqualTo(200);
      HttpResponse<String> publicPost =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(p + "/api/articles"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(publicPost.statusCode()).isEqualTo(401);
      OpenApi.validate(
          "/api/articles",
          "POST",
          401,
          publicPost.headers().firstValue("Content-Type").orElse(null),
          publicPost.body());
    }
  }

  @Test
  void anAliasAnswers301ToTheStoryItNowIs() throws Exception {
    String id = damStoryId();
    DossierSource aliasing = new AliasingSource(ts.source, "s-old", id);
    try (WebServer s = new WebServer(aliasing, WebServer.Options.loopback(0)).start()) {
      String b = "http://127.0.0.1:" + s.port();
      HttpResponse<String> api =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(b + "/api/stories/s-old")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(301);
      assertThat(api.headers().firstValue("Location")).hasValue("/api/stories/" + id);
      OpenApi.validate("/api/stories/{id}", "GET", 301, null, api.body());
      HttpResponse<String> page =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(b + "/stories/s-old")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(301);
      assertThat(page.headers().firstValue("Location")).hasValue("/stories/" + id);
    }
  }

  /** A source in which one more id is an old id of a story, as after a merge. */
  record AliasingSource(DossierSource inner, String alias, String target) implements DossierSource {
    @Override
    public StoryPage stories(StoryQuery query) {
      return inner.stories(query);
    }

    @Override
    public Optional<StoryDossier> story(String id) {
      if (id.equals(alias)) {
        return inner
            .story(target)
            .map(d -> new StoryDossier(alias, d.story(), d.articles(), List.of(alias)));
      }
      return inner.story(id);
    }

    @Override
    public Optional<io.corroborate.model.Article> article(String id) {
      return inner.article(id);
    }

    @Override
    public Optional<String> storyOf(String articleId) {
      return inner.storyOf(articleId);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
      return inner.search(text, limit);
    }

    @Override
    public boolean acceptsArticles() {
      return false;
    }

    @Override
    public List<AcceptedArticle> accept(List<io.corroborate.model.Article> articles) {
      throw new UnsupportedOperationException("read-only");
    }
  }
}
