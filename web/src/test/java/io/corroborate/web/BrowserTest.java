package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages in a real headless Chromium on the real server: they render what the dossier holds,
 * every answer carries the security headers, and hostile articles execute nothing. Screenshots go
 * to target/screenshots.
 */
class BrowserTest {

  static TestServer ts;
  static ChromeDriver driver;
  static String damId;
  static String hostileId;

  @BeforeAll
  static void start() throws Exception {
    Browser.requireChromium();
    ts = TestServer.get();
    driver = Browser.start();
    for (StorySummary s : ts.source.stories(StoryQuery.all()).stories()) {
      if (s.title() != null && s.title().contains("Marrowick")) {
        damId = s.id();
      }
    }
    hostileId = ts.source.storyOf(articleId("hostile-1")).orElseThrow();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  static String articleId(String source) {
    return ts.source.dossier().articles().stream()
        .filter(
            a -> a.source().equals(source) || a.source().replace('\\', '/').endsWith("/" + source))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static void open(String path) {
    driver.get(ts.base + path);
  }

  private static Path shot(String name) throws Exception {
    Path out = Browser.screenshots().resolve(name + ".png");
    Files.copy(
        driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    return out;
  }

  private static void shot(WebElement e, String name) throws Exception {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", e);
    Path out = Browser.screenshots().resolve(name + ".png");
    Files.copy(
        e.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void storyListShowsEachStoryWithItsCounts() throws Exception {
    open("/");
    List<WebElement> rows = driver.findElements(By.cssSelector("table.stories tbody tr"));
    assertThat(rows.size()).isGreaterThanOrEqualTo(2);
    assertThat(driver.findElement(By.cssSelector("table.stories")).getText())
        .contains("Marrowick")
        .contains("tram");
    shot("index");
    open("/?query=tram&sort=conflicts");
    assertThat(driver.findElements(By.cssSelector("table.stories tbody tr"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector(".hits")).getText()).containsIgnoringCase("tram");
  }

  @Test
  void storyPageShowsSummaryFiguresQuotesTimelineAndCopyGraph() throws Exception {
    open("/stories/" + damId);
    assertThat(driver.getTitle()).contains("Marrowick");
    // the summary's disputed column holds exactly phase 3's conflicting figure groups; a toll
    // that rose as the story developed is established, with the reason, not disputed
    io.corroborate.model.Story dam = ts.source.story(damId).orElseThrow().story();
    List<io.corroborate.model.FigureGroup> conflicting =
        dam.figures().stream().filter(io.corroborate.model.FigureGroup::conflicting).toList();
    String disputedText = driver.findElement(By.cssSelector(".summary .disputed")).getText();
    if (conflicting.isEmpty()) {
      assertThat(disputedText).contains("No figure is disputed");
    } else {
      assertThat(driver.findElements(By.cssSelector(".summary .disputed li")))
          .hasSize(Math.min(conflicting.size(), StoryView.MAX_POINTS));
    }
    for (io.corroborate.model.FigureGroup g : dam.figures()) {
      if ("updated".equals(g.status()) && g.independentSources() >= 2) {
        assertThat(driver.findElement(By.cssSelector(".summary .established")).getText())
            .contains(g.why());
      }
    }
    assertThat(driver.findElements(By.cssSelector("#figures .figure"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#figures svg circle.dot"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#quotes blockquote"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#timeline .event"))).isNotEmpty();
    // one node per outlet, and the outlets by name, never by file path
    List<WebElement> nodes = driver.findElements(By.cssSelector("#copies svg g.node"));
    assertThat(nodes.size()).isGreaterThanOrEqualTo(8);
    assertThat(driver.findElements(By.cssSelector("#copies svg line.edge"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#copies svg g.node-origin"))).isNotEmpty();
    String text = driver.findElement(By.tagName("main")).getText();
    assertThat(text).doesNotContain("examples/").doesNotContain(".txt").doesNotContain(".warc");
    // every cited item links to a sentence anchor of an article
    List<WebElement> cites = driver.findElements(By.cssSelector(".summary .cites a"));
    assertThat(cites).isNotEmpty();
    assertThat(cites.get(0).getAttribute("href")).matches(".*/articles/[a-z0-9]+#t\\d+");
    driver.manage().window().setSize(new Dimension(1280, 1500));
    Path top = shot("story-page");
    assertThat(Files.size(top)).isGreaterThan(10_000);
    shot(driver.findElement(By.id("figures")), "story-figures");
    shot(driver.findElement(By.id("quotes")), "story-quotes");
    shot(driver.findElement(By.id("timeline")), "story-timeline");
    shot(driver.findElement(By.id("copies")), "story-copies");
  }

  @Test
  void citedSentenceAnchorsExistOnTheArticlePage() throws Exception {
    open("/stories/" + damId);
    String href =
        driver.findElement(By.cssSelector("#figures .claims .cites a")).getAttribute("href");
    driver.get(href);
    String anchor = href.substring(href.indexOf('#') + 1);
    assertThat(driver.findElements(By.id(anchor))).hasSize(1);
    assertThat(driver.findElements(By.cssSelector(".text mark.hl-figure"))).isNotEmpty();
    shot("article");
  }

  @Test
  void articlePageHighlightsAndShowsFurnitureOnRequest() throws Exception {
    String id = articleId("web/harbourline-gazette.html");
    open("/articles/" + id);
    assertThat(driver.findElements(By.cssSelector(".text p")).size()).isGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector(".text mark.hl-copied"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".furniture dd"))).isEmpty();
    WebElement original = driver.findElement(By.linkText("Original page"));
    assertThat(original.getAttribute("rel"))
        .contains("noopener")
        .contains("noreferrer")
        .contains("nofollow");
    driver.findElement(By.linkText("Show them")).click();
    assertThat(driver.findElements(By.cssSelector(".furniture dd"))).isNotEmpty();
    shot("article-furniture");
  }

  @Test
  void copyPageMarksChangedWords() throws Exception {
    open("/stories/" + damId);
    List<WebElement> compare = driver.findElements(By.linkText("compare"));
    assertThat(compare).isNotEmpty();
    List<String> hrefs = new ArrayList<>();
    for (WebElement c : compare) {
      hrefs.add(c.getAttribute("href"));
    }
    boolean changed = false;
    for (String h : hrefs) {
      driver.get(h);
      assertThat(driver.findElements(By.cssSelector(".diff .side"))).hasSize(2);
      if (!driver.findElements(By.cssSelector(".diff ins")).isEmpty()
          || !driver.findElements(By.cssSelector(".diff del")).isEmpty()) {
        changed = true;
        shot("copy");
      }
    }
    assertThat(changed).as("some copy changes words of its source").isTrue();
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String someArticle = articleId("hostile-1");
    List<String> paths =
        List.of(
            "/",
            "/?query=dam",
            "/stories/" + damId,
            "/stories/nope",
            "/articles/" + someArticle,
            "/articles/nope",
            "/copies/" + someArticle,
            "/static/style.css",
            "/api/stories",
            "/api/openapi.json",
            "/nothing/here");
    for (String p : paths) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(ts.base + p)).build(),
              HttpResponse.BodyHandlers.ofString());
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(p).contains("default-src 'self'").doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(p).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(p).isPresent();
    }
  }

  @Test
  void staticFilesCannotReachOutsideTheirFolder() throws Exception {
    for (String p :
        List.of(
            "/static/../openapi.json",
            "/static/..%2fopenapi.json",
            "/static/%2e%2e/openapi.json",
            "/static/..%5copenapi.json",
            "/static/%2e%2e%2f%2e%2e%2fio/corroborate/web/WebServer.class")) {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", ts.server.port())) {
        s.getOutputStream()
            .write(
                ("GET " + p + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(answer).as(p).doesNotStartWith("HTTP/1.1 200").doesNotContain("\"openapi\"");
      }
    }
  }

  @Test
  void hostileArticlesExecuteNothing() throws Exception {
    String title = null;
    List<String> pages = new ArrayList<>();
    pages.add("/");
    pages.add("/stories/" + hostileId);
    pages.add("/articles/" + articleId("hostile-1"));
    pages.add("/articles/" + articleId("hostile-1") + "?furniture=1");
    pages.add("/articles/" + articleId("hostile-2"));
    pages.add(
        "/?query="
            + URLEncoder.encode(
                "Quillbury\"><script>window.pwned=20</script><img src=x onerror=window.pwned=21>",
                StandardCharsets.UTF_8));
    pages.add(
        "/?outlet="
            + URLEncoder.encode("\" autofocus onfocus=\"window.pwned=22", StandardCharsets.UTF_8));
    pages.add(
        "/stories/" + URLEncoder.encode("<svg onload=window.pwned=23>", StandardCharsets.UTF_8));
    for (String p : pages) {
      open(p);
      JavascriptExecutor js = driver;
      // give any event handler a chance to run before looking
      js.executeScript("return document.readyState");
      Thread.sleep(150);
      Object pwned =
          js.executeScript(
              "return typeof window.pwned === 'undefined' ? null : String(window.pwned)");
      assertThat(pwned).as("window.pwned on %s", p).isNull();
      assertThat(driver.getTitle()).as(p).isNotEqualTo("pwned");
      assertThat(js.executeScript("return document.querySelectorAll('script').length"))
          .as(p)
          .isEqualTo(0L);
      assertThat(
              js.executeScript(
                  "return document.querySelectorAll('[onerror],[onload],[onmouseover],[onfocus],iframe,object,embed,style,link[href^=\"http\"]').length"))
          .as(p)
          .isEqualTo(0L);
      assertThat(
              js.executeScript(
                  "return document.querySelectorAll('a[href^=\"javascript\" i]').length"))
          .as(p)
          .isEqualTo(0L);
      assertThat(js.executeScript("return getComputedStyle(document.body).display"))
          .as(p)
          .isNotEqualTo("none");
      title = driver.getTitle();
    }
    // the payloads are shown as text, escaped, not dropped
    open("/articles/" + articleId("hostile-1"));
    String text = driver.findElement(By.tagName("main")).getText();
    assertThat(text).contains("<script>window.pwned=2").contains("onerror=");
    assertThat(driver.findElements(By.linkText("Original page"))).hasSize(1);
    open("/articles/" + articleId("hostile-2"));
    // a javascript: URL is never a link
    assertThat(driver.findElements(By.linkText("Original page"))).isEmpty();
    shot("hostile-article");
    assertThat(title).isNotNull();
  }

  @Test
  void feedsPageShowsEachFeedAndRunsNoFeedText() throws Exception {
    io.corroborate.feeds.WatchState state =
        io.corroborate.feeds.WatchState.fromJson(
            "{\"version\": 1, \"feeds\": [{\"url\": \"https://harbour.example/rss\","
                + " \"lastPoll\": \"2026-03-09T10:00:00Z\", \"lastSuccess\":"
                + " \"2026-03-09T10:00:00Z\", \"articlesAdded\": 12, \"nextPoll\":"
                + " \"2026-03-09T10:10:00Z\"}, {\"url\":"
                + " \"https://quillbury.example/feed\\\"><img src=x onerror=window.pwned=30>\","
                + " \"lastPoll\": \"2026-03-09T10:00:00Z\", \"lastError\": \"not a feed:"
                + " <script>window.pwned=31</script>\", \"failures\": 3, \"nextPoll\":"
                + " \"2026-03-09T18:00:00Z\"}]}");
    FeedBoard board =
        new FeedBoard(
            state.feeds().stream().map(io.corroborate.feeds.FeedState::url).toList(),
            java.time.Duration.ofMinutes(10),
            state);
    try (WebServer s = new WebServer(ts.source, WebServer.Options.loopback(0), board).start()) {
      driver.get("http://127.0.0.1:" + s.port() + "/feeds");
      JavascriptExecutor js = driver;
      js.executeScript("return document.readyState");
      Thread.sleep(150);
      assertThat(
              js.executeScript(
                  "return typeof window.pwned === 'undefined' ? null : String(window.pwned)"))
          .isNull();
      assertThat(js.executeScript("return document.querySelectorAll('script,[onerror]').length"))
          .isEqualTo(0L);
      List<WebElement> rows = driver.findElements(By.cssSelector("table.feeds tbody tr"));
      assertThat(rows).hasSize(2);
      String text = driver.findElement(By.cssSelector("table.feeds")).getText();
      assertThat(text).contains("https://harbour.example/rss").contains("12");
      assertThat(text).contains("<script>window.pwned=31</script>");
      shot("feeds");
    }
  }
}
