package io.corroborate.web;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The real server on a free loopback port over a real store in a temp directory holding the example
 * corpus and a few hostile articles written for these tests, ingested once per test JVM and shared
 * by every test class.
 */
final class TestServer {

  /** Marker the hostile articles share, so tests can find their story. */
  static final String HOSTILE_WORD = "Quillbury";

  private static TestServer shared;

  final StoreDossierSource source;
  final WebServer server;
  final String base;
  final ExecutorService pool;
  final Path store;

  private TestServer(
      StoreDossierSource source, WebServer server, ExecutorService pool, Path store) {
    this.source = source;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
    this.pool = pool;
    this.store = store;
  }

  /** A writer and a source over the store in {@code dir}, as {@code serve --store DIR} makes. */
  static StoreDossierSource source(Path dir, ExecutorService pool) {
    Pipeline pipeline = new Pipeline();
    StoreWriter writer =
        new StoreWriter(
            mode -> Stores.open(dir.toString(), mode), pipeline, pool, ProblemListener.ignoring());
    return new StoreDossierSource(mode -> Stores.open(dir.toString(), mode), writer, pipeline);
  }

  /** The shared server, started on first use. */
  static synchronized TestServer get() {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  private static TestServer start() {
    try {
      Path corpus = Path.of("..", "examples", "calder-dam");
      if (!Files.isDirectory(corpus)) {
        throw new IllegalStateException("example corpus not found at " + corpus.toAbsolutePath());
      }
      Path hostile = TempTrees.deletedOnExit("corroborate-web-test");
      Path file = hostile.resolve("hostile.jsonl");
      Files.writeString(file, hostileLines(), StandardCharsets.UTF_8);
      List<Article> articles = new ArrayList<>();
      new CorpusCleaner(new CorpusReader(), new ArticleCleaner(), 2)
          .run(List.of(corpus, file), articles::add, ProblemListener.ignoring(), Progress.NONE);
      ExecutorService pool = Workers.pool(2, "test-analysis");
      Path store = hostile.resolve("store");
      StoreDossierSource source = source(store, pool);
      source.writer().ingest(articles);
      source.refresh();
      WebServer server = new WebServer(source, WebServer.Options.loopback(0)).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      return new TestServer(source, server, pool, store);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Articles whose every field tries to run script or inject style when shown: each payload would
   * set {@code window.pwned} or the document title if it ever ran.
   */
  static String hostileLines() {
    String a =
        "{\"id\": \"hostile-1\", \"url\": \"https://quillbury-post.example/bakery\","
            + " \"outlet\": \"Quillbury Post<script>window.pwned=1</script>\","
            + " \"published\": \"2026-03-05\","
            + " \"title\": \"Quillbury bakery fire<script>window.pwned=2;document.title='pwned'</script>\","
            + " \"text\": \"Quillbury bakery fire<script>window.pwned=2;document.title='pwned'</script>\\n\\n"
            + "A fire damaged the Quillbury bakery on Tuesday, and 14 people were moved out of"
            + " nearby flats, the Quillbury fire service said. <img src=x"
            + " onerror=\\\"window.pwned=3;document.title='pwned'\\\"> The owner, Mira Castell, said:"
            + " \\\"We will bake again by Friday <svg onload=window.pwned=4>.\\\"\\n\\n"
            + "Read more at <a href=\\\"javascript:window.pwned=5\\\">javascript:window.pwned=5</a>"
            + " and [this link](javascript:window.pwned=6). <style>body{background:red !important;"
            + " display:none}</style><div style=\\\"background:url(javascript:window.pwned=7)\\\">"
            + " About 20 firefighters fought the blaze for three hours.</div>\\n\\n"
            + "\\\"></mark></p><script>window.pwned=8</script><p> The fire service said 14"
            + " people spent the night in a school hall.\"}";
    String b =
        "{\"id\": \"hostile-2\", \"url\": \"javascript:window.pwned=9\","
            + " \"outlet\": \"Quillbury Mercury\", \"published\": \"2026-03-06\","
            + " \"title\": \"Quillbury bakery to reopen after fire\\\" onmouseover=\\\"window.pwned=10\","
            + " \"text\": \"Quillbury bakery to reopen after fire\\n\\n"
            + "The Quillbury bakery damaged by fire on Tuesday will reopen on Friday, its owner"
            + " Mira Castell said. Twelve people were moved out of nearby flats, the Quillbury"
            + " fire service said, and about 20 firefighters fought the blaze."
            + " <iframe src=\\\"javascript:window.pwned=11\\\"></iframe>"
            + " <object data=\\\"javascript:window.pwned=12\\\"></object>"
            + " <link rel=stylesheet href=\\\"https://evil.example/x.css\\\">\"}";
    return a + "\n" + b + "\n";
  }
}
