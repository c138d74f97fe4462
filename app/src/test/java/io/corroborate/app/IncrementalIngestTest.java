package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.analysis.StoryJson;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Workers;
import io.corroborate.store.LivingDossier;
import io.corroborate.store.Store;
import io.corroborate.store.Stores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting into a store that holds articles reads back only what the new articles touch, and gives
 * the stories an ingest of everything at once gives. Runs with the headline-only analysis ({@link
 * LightIngest#pipeline()}) over the example corpus, on real SQLite stores; the store is wrapped to
 * count the analyses it is asked for.
 */
class IncrementalIngestTest {

  private static List<Article> articles;
  private static ExecutorService pool;

  @TempDir Path tmp;

  @BeforeAll
  static void read() {
    List<Article> out = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(InputLimits.DEFAULTS), 1)
        .run(
            List.of(Path.of("../examples/calder-dam")),
            out::add,
            ProblemListener.ignoring(),
            Progress.NONE);
    articles = out;
    pool = Workers.pool(1, "analysis");
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void oneNewArticleReadsBackOnlyWhatItTouchesAndEndsWhereOneIngestEnds() {
    assertThat(articles).hasSizeGreaterThan(10);
    List<String> whole;
    try (Store s = Stores.open(tmp.resolve("whole").toString(), Stores.Mode.WRITE)) {
      LivingDossier d = new LivingDossier(s, LightIngest.pipeline());
      d.ingest(articles, pool, Progress.NONE, ProblemListener.ignoring());
      whole = stories(d.dossier());
    }
    assertThat(whole)
        .as("the store's stories are the in-memory pipeline's (analyze over a throwaway store)")
        .isEqualTo(
            stories(
                LightIngest.pipeline()
                    .analyze(articles, Progress.NONE, ProblemListener.ignoring(), pool)))
        .isEqualTo(
            stories(
                LivingDossier.analyze(
                    articles,
                    LightIngest.pipeline(),
                    pool,
                    Progress.NONE,
                    ProblemListener.ignoring())));
    AtomicInteger analysesRead = new AtomicInteger();
    AtomicInteger fullScans = new AtomicInteger();
    try (Store real = Stores.open(tmp.resolve("grown").toString(), Stores.Mode.WRITE)) {
      Store s = counting(real, analysesRead, fullScans);
      LivingDossier d = new LivingDossier(s, LightIngest.pipeline());
      int last = articles.size() - 1;
      d.ingest(articles.subList(0, last), pool, Progress.NONE, ProblemListener.ignoring());
      assertThat(analysesRead.get())
          .as("a first ingest reads each new analysis back once (a story may read it again)")
          .isBetween(last, 2 * last);

      LivingDossier.Read before = d.dossierSince(null);
      analysesRead.set(0);
      LivingDossier.IngestReport r =
          d.ingest(
              articles.subList(last, articles.size()),
              pool,
              Progress.NONE,
              ProblemListener.ignoring());
      assertThat(r.added()).isEqualTo(1);
      assertThat(r.kept()).as("the stories the new article does not join are kept").isPositive();
      assertThat(analysesRead.get())
          .as("the new article and the members of what it touches, not every stored article")
          .isPositive()
          .isLessThan(last);

      analysesRead.set(0);
      LivingDossier.Read after = d.dossierSince(before);
      assertThat(analysesRead.get())
          .as("a reader that held the dossier reads back only the new article")
          .isEqualTo(1);
      assertThat(stories(after.dossier())).isEqualTo(stories(d.dossier()));
      assertThat(after.dossier().articles()).isEqualTo(d.dossier().articles());
      fullScans.set(0); // the two whole reads just made, to compare

      analysesRead.set(0);
      r = d.ingest(articles, pool, Progress.NONE, ProblemListener.ignoring());
      assertThat(r.linked()).isFalse();
      assertThat(analysesRead.get()).as("re-ingesting stored articles reads nothing").isZero();
      assertThat(fullScans.get()).as("no ingest read every stored analysis").isZero();
      assertThat(stories(d.dossier())).isEqualTo(whole);
    }
  }

  @Test
  void heldLinkingStateGivesWhatTheSavedStateGivesAndIsLeftWhenAnotherWriterLinked() {
    int n = articles.size();
    List<List<Article>> parts =
        List.of(
            articles.subList(0, n / 3),
            articles.subList(n / 3, 2 * n / 3),
            articles.subList(2 * n / 3, n - 1),
            articles.subList(n - 1, n));
    List<String> read;
    try (Store s = Stores.open(tmp.resolve("read").toString(), Stores.Mode.WRITE)) {
      for (List<Article> part : parts) {
        new LivingDossier(s, LightIngest.pipeline())
            .ingest(part, pool, Progress.NONE, ProblemListener.ignoring());
      }
      read = stories(new LivingDossier(s, LightIngest.pipeline()).dossier());
    }
    AtomicInteger stateReads = new AtomicInteger();
    LivingDossier.HeldLinking held = new LivingDossier.HeldLinking();
    try (Store real = Stores.open(tmp.resolve("held").toString(), Stores.Mode.WRITE)) {
      Store s = countingStates(real, stateReads);
      new LivingDossier(s, LightIngest.pipeline(), held)
          .ingest(parts.get(0), pool, Progress.NONE, ProblemListener.ignoring());
      stateReads.set(0);
      new LivingDossier(s, LightIngest.pipeline(), held)
          .ingest(parts.get(1), pool, Progress.NONE, ProblemListener.ignoring());
      assertThat(stateReads.get()).as("the held index and clusterer, not the saved ones").isZero();
      // another writer links in between: what is held is stale and the saved state is read
      new LivingDossier(real, LightIngest.pipeline())
          .ingest(parts.get(2), pool, Progress.NONE, ProblemListener.ignoring());
      stateReads.set(0);
      new LivingDossier(s, LightIngest.pipeline(), held)
          .ingest(parts.get(3), pool, Progress.NONE, ProblemListener.ignoring());
      assertThat(stateReads.get()).as("the saved index and clusterer, read again").isEqualTo(2);
      assertThat(stories(new LivingDossier(real, LightIngest.pipeline()).dossier()))
          .isEqualTo(read);
    }
  }

  /** Counts reads of the saved copy index and story clusterer. */
  private static Store countingStates(Store real, AtomicInteger reads) {
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().equals("state")
                  && ("copy-index-header".equals(args[0]) || "story-clusterer".equals(args[0]))) {
                reads.incrementAndGet();
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static List<String> stories(Dossier d) {
    return d.stories().stream().map(StoryJson::write).toList();
  }

  /** The store, counting the analyses read one by one and the reads of every analysis. */
  private static Store counting(Store real, AtomicInteger analyses, AtomicInteger fullScans) {
    return (Store)
        Proxy.newProxyInstance(
            Store.class.getClassLoader(),
            new Class<?>[] {Store.class},
            (proxy, method, args) -> {
              if (method.getName().equals("analysis")) {
                analyses.incrementAndGet();
              } else if (method.getName().equals("forEachCurrent")) {
                fullScans.incrementAndGet();
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
