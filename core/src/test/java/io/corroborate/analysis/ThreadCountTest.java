package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Analyses;
import io.corroborate.Fixtures;
import io.corroborate.model.Article;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.pipeline.Workers;
import io.corroborate.report.DossierJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/** Phase 1 on one thread or several gives byte-identical dossiers. */
class ThreadCountTest {

  private static String dossier(List<Article> articles, int threads) {
    ExecutorService pool = Workers.pool(threads, "test");
    try {
      return DossierJson.render(
          new Pipeline(Stages.defaults().withAnalyzer(Analyses.ANALYZER))
              .analyze(articles, Progress.NONE, p -> {}, pool));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneThreadAndThreeThreadsGiveTheSameDossier() {
    List<Article> articles = new ArrayList<>();
    String[] towns = {"Ostrava", "Brno", "Olomouc", "Zlin", "Opava", "Jihlava"};
    for (int i = 0; i < towns.length; i++) {
      articles.add(
          Fixtures.article(
              "a" + i,
              "Flood in " + towns[i],
              "The river rose by "
                  + (2 + i)
                  + " metres in "
                  + towns[i]
                  + " on Monday, police said. \"We have never seen this,\" said Ilse Varga, a"
                  + " resident. About "
                  + (100 * (i + 1))
                  + " homes were evacuated. The rain stopped in the evening.",
              null));
    }
    assertThat(dossier(articles, 3)).isEqualTo(dossier(articles, 1));
  }
}
