package io.corroborate.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.report.CsvRenderer;
import io.corroborate.report.DossierJson;
import io.corroborate.report.HtmlRenderer;
import io.corroborate.report.Json;
import io.corroborate.report.MarkdownRenderer;
import io.corroborate.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web UI and the HTTP API over a {@link DossierSource}: server-rendered pages (jte templates,
 * precompiled) and JSON routes, every page with a Content-Security-Policy that allows no inline
 * script. Binds loopback by default; any other address needs a token, which writes then always need
 * and reads too unless reads are public. Request bodies are bounded. Thread-safe once started.
 */
public final class WebServer implements AutoCloseable {

  /** The Content-Security-Policy sent with every answer. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Largest request body accepted, in bytes. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  /**
   * How long a connection may stay silent (no byte read or written) before the server closes it: a
   * client that sends half a request and stalls, or stops reading half-way through a page, holds
   * its connection no longer than this.
   */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** Most results of one search. */
  static final int MAX_SEARCH = 100;

  /**
   * How to serve.
   *
   * @param bind the address to listen on
   * @param port the port (0 for any free one)
   * @param token the bearer token, or null (allowed only on loopback)
   * @param publicRead whether reads need no token
   * @param maxBodyBytes largest request body
   * @param idleTimeout how long a silent connection is kept open
   */
  public record Options(
      String bind,
      int port,
      String token,
      boolean publicRead,
      long maxBodyBytes,
      Duration idleTimeout) {

    /** Validates the options: a non-loopback bind needs a token. */
    public Options {
      Objects.requireNonNull(bind, "bind");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: port=" + port);
      }
      if (token != null && token.isBlank()) {
        token = null;
      }
      if (token == null && !isLoopback(bind)) {
        throw new IllegalArgumentException(
            "binding "
                + bind
                + " (not loopback) needs a token: pass --token or set CORROBORATE_TOKEN");
      }
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      if (idleTimeout.isNegative() || idleTimeout.isZero()) {
        throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
      }
    }

    /** Options with the {@link #DEFAULT_IDLE_TIMEOUT}. */
    public Options(String bind, int port, String token, boolean publicRead, long maxBodyBytes) {
      this(bind, port, token, publicRead, maxBodyBytes, DEFAULT_IDLE_TIMEOUT);
    }

    /** These options with another idle timeout. */
    public Options withIdleTimeout(Duration timeout) {
      return new Options(bind, port, token, publicRead, maxBodyBytes, timeout);
    }

    /** Loopback on the given port, no token. */
    public static Options loopback(int port) {
      return new Options("127.0.0.1", port, null, false, DEFAULT_MAX_BODY_BYTES);
    }
  }

  private final DossierSource source;
  private final Options options;
  private final FeedBoard feeds;
  private final TemplateEngine templates;
  private final ArticleInput input;
  private final Javalin app;
  private final byte[] openapi;
  private volatile boolean closed;
  private Thread warmer;

  /** How often the warmer looks for a changed dossier. */
  private static final long WARM_CHECK_MILLIS = 1000;

  /** A server over {@code source} that watches no feeds; {@link #start()} starts it. */
  public WebServer(DossierSource source, Options options) {
    this(source, options, null);
  }

  /**
   * A server over {@code source} showing the feeds of {@code feeds} (null when it watches none);
   * {@link #start()} starts it.
   */
  public WebServer(DossierSource source, Options options, FeedBoard feeds) {
    this.source = Objects.requireNonNull(source, "source");
    this.options = Objects.requireNonNull(options, "options");
    this.feeds = feeds;
    this.templates =
        TemplateEngine.createPrecompiled(
            null,
            ContentType.Html,
            WebServer.class.getClassLoader(),
            "io.corroborate.web.templates");
    this.input = new ArticleInput(options.maxBodyBytes());
    this.openapi = resource("/openapi.json");
    this.app = create();
  }

  /** Whether the address is a loopback address (127.0.0.0/8, ::1, localhost). */
  public static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts listening; returns this. */
  public WebServer start() {
    app.start();
    if (source.memoState() != null) {
      warmer = new Thread(this::warm, "web-warm");
      warmer.setDaemon(true);
      warmer.setPriority(Thread.MIN_PRIORITY);
      warmer.start();
    }
    return this;
  }

  /**
   * Renders, on one thread, the page and JSON of every story not yet kept, latest first, each time
   * the dossier changes, while the kept answers have room: a story's first render costs tens of
   * milliseconds of CPU, and a server that waited for requests to make them queued for seconds
   * after starting or after a change (1,000 stories: p50 over 10 s at 200 requests/s cold).
   * Requests still render what they need first; this only makes it likelier to be there.
   */
  private void warm() {
    Object warmed = null;
    while (!closed) {
      try {
        Object state = source.memoState();
        if (state != warmed && warmAll()) {
          warmed = state;
        }
        Thread.sleep(WARM_CHECK_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // the store is unavailable or changed under the pass: requests report it; try later
        try {
          Thread.sleep(WARM_CHECK_MILLIS * 10);
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
  }

  /** One pass; false when it stopped early (closing, or no room left). */
  private boolean warmAll() {
    String cursor = null;
    do {
      StoryPage page =
          source.stories(
              new StoryQuery(
                  null, null, null, null, null, StorySort.LATEST, StoryQuery.MAX_LIMIT, cursor));
      for (StorySummary s : page.stories()) {
        if (closed || !source.memoHasRoom()) {
          return false;
        }
        source
            .story(s.id())
            .ifPresent(
                d -> {
                  storyPage(d);
                  storyJson(d);
                });
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return true;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    closed = true;
    if (warmer != null) {
      warmer.interrupt();
    }
    app.stop();
  }

  private Javalin create() {
    Javalin j =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = options.maxBodyBytes();
              config.http.generateEtags = false;
              config.jetty.threadPool = pool();
              config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
              config.jetty.addConnector(this::connector);
              config.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/static";
                    sf.location = Location.CLASSPATH;
                    sf.headers = securityHeaders();
                  });
            });
    j.before(this::secure);
    j.get("/", this::indexPage);
    j.get("/stories/{id}", this::storyPage);
    j.get("/stories/{id}/export/{format}", this::export);
    j.get("/articles/{id}", this::articlePage);
    j.get("/copies/{id}", this::copyPage);
    j.get("/feeds", this::feedsPage);
    j.get("/api/feeds", this::apiFeeds);
    j.get("/api/stories", this::apiStories);
    j.get("/api/stories/{id}", this::apiStory);
    j.get("/api/articles/{id}", this::apiArticle);
    j.get("/api/search", this::apiSearch);
    j.post("/api/articles", this::apiPost);
    j.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
    j.exception(ApiProblem.Failure.class, (e, ctx) -> answer(ctx, e.problem()));
    j.exception(
        StoreBusyException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", "5");
          answer(
              ctx,
              new ApiProblem(
                  503, "Store busy", e.getMessage() + " (nothing was stored; send it again)"));
        });
    j.exception(
        StoreException.class,
        (e, ctx) -> answer(ctx, new ApiProblem(503, "Store unavailable", e.getMessage())));
    j.exception(
        IllegalArgumentException.class,
        (e, ctx) -> answer(ctx, new ApiProblem(400, "Bad request", e.getMessage())));
    j.exception(
        Exception.class,
        (e, ctx) ->
            answer(ctx, new ApiProblem(500, "Internal error", "the server could not answer")));
    j.error(
        404,
        ctx -> {
          if (!ctx.attributeMap().containsKey("answered")) {
            answer(ctx, new ApiProblem(404, "Not found", "no such page: " + ctx.path()));
          }
        });
    j.error(
        405,
        ctx -> {
          if (!ctx.attributeMap().containsKey("answered")) {
            answer(ctx, new ApiProblem(405, "Method not allowed", ctx.method() + " " + ctx.path()));
          }
        });
    j.error(
        413,
        ctx -> {
          if (!ctx.attributeMap().containsKey("answered")) {
            answer(
                ctx,
                new ApiProblem(
                    413,
                    "Request too large",
                    "the body may hold at most " + options.maxBodyBytes() + " bytes"));
          }
        });
    return j;
  }

  /** The one listening connector, with the idle timeout of the options (not left to Jetty). */
  private ServerConnector connector(Server server, HttpConfiguration http) {
    ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
    c.setHost(options.bind());
    c.setPort(options.port());
    c.setIdleTimeout(options.idleTimeout().toMillis());
    return c;
  }

  private static QueuedThreadPool pool() {
    QueuedThreadPool p = new QueuedThreadPool(32, 4);
    p.setName("web");
    p.setDaemon(true);
    return p;
  }

  private static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    return h;
  }

  /** Security headers on every answer, then the token check. */
  private void secure(Context ctx) {
    securityHeaders().forEach(ctx::header);
    if (ctx.path().startsWith("/static/")) {
      return;
    }
    if (options.token() != null) {
      boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD;
      if (write || !options.publicRead()) {
        String auth = ctx.header("Authorization");
        String expected = "Bearer " + options.token();
        if (auth == null
            || !MessageDigest.isEqual(
                auth.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
          ctx.header("WWW-Authenticate", "Bearer");
          throw ApiProblem.fail(
              401, "Unauthorized", "this server needs \"Authorization: Bearer TOKEN\"");
        }
      }
    }
  }

  private void answer(Context ctx, ApiProblem p) {
    ctx.attribute("answered", Boolean.TRUE);
    ctx.status(p.status());
    if (ctx.path().startsWith("/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      body.put("title", p.title());
      body.put("status", p.status());
      body.put("detail", p.detail());
      body.put("instance", ctx.path());
      ctx.contentType("application/problem+json").result(json(body));
    } else {
      page(ctx, "error.jte", p);
    }
  }

  private static String json(Object o) {
    try {
      return Json.compact().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("answer could not be written as JSON", e);
    }
  }

  private void page(Context ctx, String template, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(render(template, model));
  }

  private String render(String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    return out.toString();
  }

  // ---- queries

  private static String param(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      throw ApiProblem.fail(400, "Bad request", name + " is longer than " + max + " characters");
    }
    return v.strip();
  }

  private static LocalDate date(Context ctx, String name) {
    String v = param(ctx, name, 40);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.fail(
          400, "Bad request", name + " must be a date such as 2026-03-04: " + name + "=" + v);
    }
  }

  static StoryQuery query(Context ctx) {
    String limit = param(ctx, "limit", 10);
    int n = StoryQuery.DEFAULT_LIMIT;
    if (limit != null) {
      try {
        n = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        throw ApiProblem.fail(400, "Bad request", "limit must be a whole number: limit=" + limit);
      }
    }
    String q = param(ctx, "query", 500);
    if (q == null) {
      q = param(ctx, "q", 500);
    }
    return new StoryQuery(
        q,
        date(ctx, "since"),
        date(ctx, "until"),
        param(ctx, "outlet", 200),
        param(ctx, "language", 20),
        StorySort.parse(param(ctx, "sort", 20)),
        n,
        param(ctx, "cursor", 100));
  }

  // ---- pages

  private void indexPage(Context ctx) {
    StoryQuery q = query(ctx);
    StoryPage stories = source.stories(q);
    List<SearchHit> hits = q.text() == null ? List.of() : source.search(q.text(), 20);
    page(ctx, "index.jte", IndexView.of(q, stories, hits, source.stories(StoryQuery.all())));
  }

  private StoryDossier storyOr404(String id) {
    return source
        .story(id)
        .orElseThrow(() -> ApiProblem.fail(404, "Not found", "no story with id " + id));
  }

  private void storyPage(Context ctx) {
    StoryDossier d = storyOr404(ctx.pathParam("id"));
    if (d.viaAlias()) {
      ctx.redirect("/stories/" + d.story().id(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    send(ctx, "text/html; charset=utf-8", storyPage(d));
  }

  /**
   * One story's dossier as a file to keep: Markdown, JSON, a self-contained HTML page, or one CSV
   * table ({@code figures.csv}, {@code quotes.csv}, {@code articles.csv}, {@code provenance.csv}).
   */
  private void export(Context ctx) {
    StoryDossier d = storyOr404(ctx.pathParam("id"));
    Dossier one = new Dossier(d.articles(), List.of(d.story()));
    String format = ctx.pathParam("format");
    String name = "story-" + d.story().id().replaceAll("[^A-Za-z0-9_-]", "_");
    switch (format) {
      case "md" -> download(ctx, MarkdownRenderer.render(one), "text/markdown", name + ".md");
      case "json" -> download(ctx, DossierJson.render(one), "application/json", name + ".json");
      case "html" -> download(ctx, HtmlRenderer.render(one), "text/html", name + ".html");
      case "figures.csv", "quotes.csv", "articles.csv", "provenance.csv" -> {
        String table = format.substring(0, format.length() - 4);
        download(
            ctx,
            CsvRenderer.render(one, CsvRenderer.Table.valueOf(table.toUpperCase(Locale.ROOT))),
            "text/csv",
            name + "-" + table + ".csv");
      }
      default ->
          throw ApiProblem.fail(
              404,
              "Not found",
              "exports are md, json, html, figures.csv, quotes.csv, articles.csv or"
                  + " provenance.csv: "
                  + format);
    }
  }

  private static void download(Context ctx, String body, String type, String file) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(type + "; charset=utf-8").result(body);
  }

  private Article articleOr404(String id) {
    return source
        .article(id)
        .orElseThrow(() -> ApiProblem.fail(404, "Not found", "no article with id " + id));
  }

  private void articlePage(Context ctx) {
    Article a = articleOr404(ctx.pathParam("id"));
    StoryDossier d = source.storyOf(a.id()).flatMap(source::story).orElse(null);
    ArticleView v = ArticleView.of(a, d);
    boolean furniture = "1".equals(ctx.queryParam("furniture"));
    page(ctx, "article.jte", new ArticlePage(v, furniture));
  }

  /**
   * The article page's model.
   *
   * @param article the article
   * @param showFurniture whether the removed furniture is shown
   */
  public record ArticlePage(ArticleView article, boolean showFurniture) {}

  private void copyPage(Context ctx) {
    Article a = articleOr404(ctx.pathParam("id"));
    StoryDossier d = source.storyOf(a.id()).flatMap(source::story).orElse(null);
    CopyLink link = null;
    if (d != null) {
      for (CopyLink l : d.story().provenance()) {
        if (l.articleId().equals(a.id())) {
          link = l;
        }
      }
    }
    if (link == null || link.derivedFrom() == null) {
      throw ApiProblem.fail(
          404, "Not a copy", "article " + a.id() + " copies no article of the corpus");
    }
    Article from = articleOr404(link.derivedFrom());
    page(ctx, "copy.jte", CopyView.of(a, from, link));
  }

  private FeedBoard.Page feedPage() {
    return new FeedBoard.Page(feeds, feeds == null ? List.of() : feeds.rows());
  }

  private void feedsPage(Context ctx) {
    page(ctx, "feeds.jte", feedPage());
  }

  // ---- API

  private void apiFeeds(Context ctx) {
    FeedBoard.Page p = feedPage();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("watching", p.watching());
    body.put("every", feeds == null ? null : feeds.every().toString());
    body.put("feeds", p.rows());
    ctx.contentType("application/json").result(json(body));
  }

  private void apiStories(Context ctx) {
    StoryPage p = source.stories(query(ctx));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("stories", p.stories());
    body.put("nextCursor", p.nextCursor());
    ctx.contentType("application/json").result(json(body));
  }

  private void apiStory(Context ctx) {
    StoryDossier d = storyOr404(ctx.pathParam("id"));
    if (d.viaAlias()) {
      ctx.redirect("/api/stories/" + d.story().id(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Rendered body = storyJson(d);
    send(ctx, "application/json", body);
  }

  /** A story's page, kept. */
  private Rendered storyPage(StoryDossier d) {
    return source.memo("page " + d.story().id(), () -> render("story.jte", StoryView.of(d)));
  }

  /** A story's JSON (the one-story dossier), kept. */
  private Rendered storyJson(StoryDossier d) {
    return source.memo(
        "api " + d.story().id(),
        () -> {
          DossierJson j = DossierJson.of(new Dossier(d.articles(), List.of(d.story())));
          Map<String, Object> b = new LinkedHashMap<>();
          b.put("requestedId", d.story().id());
          b.put("articles", j.articles());
          b.put("stories", j.stories());
          return json(b);
        });
  }

  /**
   * Sends a kept answer: its gzipped bytes as they are to a client that accepts gzip, inflated on
   * the way out to any other (the server's own compression leaves an answer that names its encoding
   * alone).
   */
  static void send(Context ctx, String type, Rendered r) {
    ctx.contentType(type);
    ctx.header("Vary", "Accept-Encoding");
    if (acceptsGzip(ctx.header("Accept-Encoding"))) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(r.gzip());
    } else {
      ctx.header("Content-Length", Integer.toString(r.length()));
      ctx.result(r.inflated());
    }
  }

  /** Whether an Accept-Encoding header accepts gzip (named, or by {@code *}, with q above 0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    boolean gzip = false;
    boolean star = false;
    for (String part : acceptEncoding.split(",")) {
      String[] p = part.split(";");
      String coding = p[0].strip().toLowerCase(Locale.ROOT);
      boolean zero = false;
      for (int i = 1; i < p.length; i++) {
        String param = p[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (param.startsWith("q=")) {
          zero = param.substring(2).matches("0(\\.0*)?");
        }
      }
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        if (zero) {
          return false;
        }
        gzip = true;
      } else if (coding.equals("*") && !zero) {
        star = true;
      }
    }
    return gzip || star;
  }

  private void apiArticle(Context ctx) {
    Article a = articleOr404(ctx.pathParam("id"));
    DossierJson j = DossierJson.of(new Dossier(List.of(a), List.of()));
    ObjectNode node = Json.compact().valueToTree(j.articles().get(0));
    Optional<String> story = source.storyOf(a.id());
    node.put("storyId", story.orElse(null));
    ctx.contentType("application/json").result(json(node));
  }

  private void apiSearch(Context ctx) {
    String q = param(ctx, "q", 500);
    if (q == null) {
      throw ApiProblem.fail(400, "Bad request", "q (the words to search for) is required");
    }
    String limit = param(ctx, "limit", 10);
    int n = 20;
    if (limit != null) {
      try {
        n = Integer.parseInt(limit);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > MAX_SEARCH) {
        throw ApiProblem.fail(
            400, "Bad request", "limit must be between 1 and " + MAX_SEARCH + ": limit=" + limit);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("results", source.search(q, n));
    ctx.contentType("application/json").result(json(body));
  }

  private void apiPost(Context ctx) throws IOException {
    if (!source.acceptsArticles()) {
      throw ApiProblem.fail(501, "Not implemented", "this server's source is read-only");
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw ApiProblem.fail(415, "Unsupported media type", "send the articles as application/json");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > options.maxBodyBytes()) {
      throw ApiProblem.fail(
          413,
          "Request too large",
          "the body may hold at most " + options.maxBodyBytes() + " bytes: got " + declared);
    }
    byte[] body = readBounded(ctx.req().getInputStream(), options.maxBodyBytes());
    List<Article> articles = input.read(body);
    List<AcceptedArticle> accepted = source.accept(articles);
    ctx.status(202).contentType("application/json").result(json(Map.of("articles", accepted)));
  }

  private byte[] readBounded(InputStream in, long max) throws IOException {
    byte[] buf = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (buf.length > max) {
      throw ApiProblem.fail(
          413, "Request too large", "the body may hold at most " + max + " bytes");
    }
    return buf;
  }
}
