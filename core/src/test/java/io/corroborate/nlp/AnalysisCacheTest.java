package io.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Fixtures;
import io.corroborate.model.Article;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class AnalysisCacheTest {

  @Test
  void everyStageSharesOneAnalysisPerArticle() {
    AnalysisCache cache = new AnalysisCache();
    Article a = Fixtures.article("a", "The ferry sailed.");
    Article b = Fixtures.article("b", "The ferry sailed.");
    assertThat(cache.of(a)).isSameAs(cache.of(a));
    assertThat(cache.of(b)).isNotSameAs(cache.of(a));
  }

  @Test
  void threadsAskingAtOnceGetTheSameAnalysis() {
    AnalysisCache cache = new AnalysisCache();
    Article a = Fixtures.article("a", "The ferry sailed.");
    Set<AnalyzedArticle> seen = ConcurrentHashMap.newKeySet();
    List.of(1, 2, 3, 4, 5, 6, 7, 8).parallelStream().forEach(i -> seen.add(cache.of(a)));
    assertThat(seen).hasSize(1);
  }
}
