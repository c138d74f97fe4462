package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Analyses;
import io.corroborate.EcbDev;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.CreditLine;
import io.corroborate.model.InputKind;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.Relation;
import io.corroborate.model.Span;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.stories.ProfileBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copy detection as a stream: links asked for after every article equal the links of the batch of
 * the articles so far, a saved and restored index goes on as the one saved, and the example corpus
 * gets the links that detection over the whole corpus at once gives.
 */
class CopyIndexTest {

  private static final CopyFinder FINDER = new CopyFinder();
  private static List<ArticleAnalysis> corpus;
  private static Map<String, ArticleAnalysis> byId;

  @BeforeAll
  static void read() {
    List<Article> articles = new ArrayList<>();
    new CorpusCleaner(new CorpusReader(), new ArticleCleaner(), 2)
        .run(
            List.of(Path.of("../examples/calder-dam")),
            articles::add,
            p -> {
              throw new AssertionError(p.toString());
            },
            new Progress() {});
    AnalysisCache cache = new AnalysisCache();
    corpus = new ArrayList<>();
    for (Article a : articles) {
      corpus.add(analysis(a, CopyFinder.sentences(a, cache)));
    }
    // two articles of my own: the first credits an agency by its initials only; the second,
    // published by that agency under its full name, changes how the initials resolve
    corpus.add(
        analysis(
            credited(
                "own-initials",
                "Harbour Weekly",
                "NPA",
                "Ferry services across the northern sound were suspended on Tuesday after a"
                    + " storm surge damaged two of the four landing stages at the main terminal,"
                    + " officials said, adding that repairs would take at least a week."),
            List.of()));
    corpus.add(
        analysis(
            credited(
                "own-agency",
                "Northwind Press Agency",
                null,
                "The regional council approved a budget for road repairs on Monday, with most of"
                    + " the money going to bridges on the coastal route that were inspected last"
                    + " spring and found to need new bearings."),
            List.of()));
    byId = new HashMap<>();
    for (ArticleAnalysis a : corpus) {
      byId.put(a.id(), a);
    }
  }

  private static ArticleAnalysis analysis(Article a, List<Span> sentences) {
    return new ArticleAnalysis(
        NewsArticleAnalyzer.VERSION,
        a,
        sentences,
        List.of(),
        List.of(),
        ProfileBuilder.fallback(a, Analyses.DATES));
  }

  private static Article credited(String id, String outlet, String credit, String text) {
    List<CreditLine> credits =
        credit == null
            ? List.of()
            : List.of(
                new CreditLine(
                    new Span(0, 0),
                    "Republished from " + credit,
                    credit,
                    CreditLine.CreditType.REPUBLISHED));
    return Article.builder()
        .id(id)
        .source(id + ".txt")
        .kind(InputKind.TEXT)
        .text(text)
        .body(text, OffsetMap.identity(text.length()))
        .outlet(outlet)
        .credits(credits)
        .build();
  }

  @Test
  void theExampleCorpusGetsTheLinksOfDetectionOverTheWholeCorpus() {
    List<ArticleAnalysis> examples = corpus.subList(0, corpus.size() - 2);
    assertThat(CopyIndex.detect(FINDER, examples)).isEqualTo(FINDER.detect(examples));
    assertThat(FINDER.detect(examples))
        .extracting(CopyLink::relation)
        .contains(Relation.VERBATIM, Relation.PARTIAL, Relation.REWRITE, Relation.SYNDICATED);
  }

  @Test
  void linksAfterEveryArticleEqualTheBatchOfTheArticlesSoFar() {
    CopyIndex index = new CopyIndex(FINDER);
    for (int k = 0; k < corpus.size(); k++) {
      index.add(corpus.get(k));
      List<CopyLink> streamed = index.links(byId::get);
      assertThat(index.pending()).isEmpty();
      assertThat(streamed)
          .as("after %d articles", k + 1)
          .isEqualTo(CopyIndex.detect(FINDER, corpus.subList(0, k + 1)));
    }
  }

  @Test
  void aNeighbourhoodDetectedAgainTakesItsExaminedPairsFromTheIndex() {
    CopyIndex index = new CopyIndex(FINDER);
    for (ArticleAnalysis a : corpus) {
      index.add(a);
      index.links(byId::get);
    }
    assertThat(index.pairsKept()).isPositive();
    assertThat(index.pairResultsReused()).isPositive();
    // the pairs of a rewrite were examined with embeddings and are kept with their alignment
    CopyIndex once = new CopyIndex(FINDER);
    corpus.forEach(once::add);
    once.links(byId::get);
    assertThat(once.pairResultsReused()).isZero();
  }

  @Test
  void anArticleAnalysedAgainHasItsPairsExaminedAgain() {
    List<ArticleAnalysis> examples = corpus.subList(0, corpus.size() - 2);
    List<CopyLink> before = FINDER.detect(examples);
    CopyLink retold =
        before.stream().filter(l -> l.relation() == Relation.REWRITE).findFirst().orElseThrow();
    CopyIndex index = new CopyIndex(FINDER);
    CopyIndex forgetting = new CopyIndex(FINDER);
    for (CopyIndex i : List.of(index, forgetting)) {
      examples.forEach(i::add);
      i.links(byId::get);
    }
    forgetting.forgetPairs();
    // the source is analysed again into other sentences: one sentence per paragraph-long run
    Map<String, ArticleAnalysis> again = new HashMap<>(byId);
    ArticleAnalysis source = byId.get(retold.derivedFrom());
    List<Span> merged = new ArrayList<>();
    List<Span> ss = source.sentences();
    for (int k = 0; k < ss.size(); k += 3) {
      merged.add(new Span(ss.get(k).start(), ss.get(Math.min(ss.size() - 1, k + 2)).end()));
    }
    again.put(source.id(), analysis(source.article(), merged));
    // a reprint of the retelling detects their neighbourhood again
    ArticleAnalysis reprint =
        analysis(
            Article.builder()
                .id("reprint")
                .source("reprint.txt")
                .kind(InputKind.TEXT)
                .text(byId.get(retold.articleId()).article().body())
                .body(
                    byId.get(retold.articleId()).article().body(),
                    OffsetMap.identity(byId.get(retold.articleId()).article().body().length()))
                .build(),
            byId.get(retold.articleId()).sentences());
    again.put(reprint.id(), reprint);
    index.add(reprint);
    forgetting.add(reprint);
    assertThat(index.pending()).contains(source.id(), retold.articleId());
    long reused = index.pairResultsReused();
    List<CopyLink> links = index.links(again::get);
    assertThat(index.pairResultsReused()).isGreaterThan(reused);
    assertThat(links).isEqualTo(forgetting.links(again::get));
  }

  @Test
  void ecbDocumentsLinkedInSmallBatchesGetTheLinksOfDetectionWithoutKeptPairs() throws Exception {
    List<Article> articles = new ArrayList<>();
    EcbDev.firstDocuments(
        200,
        first -> {
          new CorpusCleaner(new CorpusReader(), new ArticleCleaner(), 2)
              .run(List.of(first), articles::add, p -> {}, new Progress() {});
          return null;
        });
    AnalysisCache cache = new AnalysisCache();
    Map<String, ArticleAnalysis> ecb = new HashMap<>();
    CopyIndex kept = new CopyIndex(FINDER);
    CopyIndex forgetting = new CopyIndex(FINDER);
    for (int k = 0; k < articles.size(); k++) {
      Article a = articles.get(k);
      ArticleAnalysis analysis = analysis(a, CopyFinder.sentences(a, cache));
      ecb.put(a.id(), analysis);
      kept.add(analysis);
      forgetting.add(analysis);
      if ((k + 1) % 10 == 0 || k == articles.size() - 1) {
        assertThat(kept.pending()).isEqualTo(forgetting.pending());
        forgetting.forgetPairs();
        assertThat(kept.links(ecb::get))
            .as("after %d articles", k + 1)
            .isEqualTo(forgetting.links(ecb::get));
      }
      if (k == articles.size() / 2) {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        kept.save(saved);
        kept = CopyIndex.restore(new ByteArrayInputStream(saved.toByteArray()), FINDER);
      }
    }
    assertThat(kept.pairResultsReused()).isPositive();
  }

  @Test
  void aNewNameThatResolvesOldInitialsDetectsTheirArticleAgain() {
    CopyIndex index = new CopyIndex(FINDER);
    ArticleAnalysis initials = corpus.get(corpus.size() - 2);
    ArticleAnalysis agency = corpus.get(corpus.size() - 1);
    index.add(initials);
    assertThat(index.links(byId::get).get(0).origin()).isEqualTo("external:npa");
    index.add(agency);
    assertThat(index.pending()).contains(initials.id());
    List<CopyLink> links = index.links(byId::get);
    assertThat(links.get(0).origin()).isEqualTo("external:northwind-press-agency");
    assertThat(links).isEqualTo(CopyIndex.detect(FINDER, List.of(initials, agency)));
  }

  @Test
  void detectionSplitsANeighbourhoodIntoThePartsItsVerifiedPairsJoin() {
    CopyIndex index = new CopyIndex(FINDER);
    corpus.forEach(index::add);
    int candidates = index.largestNeighbourhood();
    List<CopyLink> links = index.links(byId::get);
    assertThat(index.largestNeighbourhood()).isLessThan(candidates);
    // an article that neither copies nor is copied stands alone once detected
    java.util.Set<String> linked = new java.util.HashSet<>();
    for (CopyLink l : links) {
      if (l.derivedFrom() != null) {
        linked.add(l.articleId());
        linked.add(l.derivedFrom());
      }
      if (l.origin() != null) {
        linked.add(l.articleId());
      }
    }
    for (CopyLink l : links) {
      if (!linked.contains(l.articleId())) {
        for (CopyLink other : links) {
          if (!other.articleId().equals(l.articleId())) {
            assertThat(index.together(l.articleId(), other.articleId()))
                .as("%s with %s", l.articleId(), other.articleId())
                .isFalse();
          }
        }
      }
    }
    assertThat(linked).hasSizeLessThan(links.size());
  }

  @Test
  void aRestoredIndexGoesOnAsTheOneSaved() throws IOException {
    for (int cut : new int[] {1, corpus.size() / 2, corpus.size() - 1}) {
      CopyIndex first = new CopyIndex(FINDER);
      for (int k = 0; k < cut; k++) {
        first.add(corpus.get(k));
      }
      if (cut > 1) {
        first.links(byId::get);
      }
      // the last article before the cut is left pending: the restored index must detect it
      first.add(corpus.get(cut));
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      first.save(saved);
      CopyIndex restored = CopyIndex.restore(new ByteArrayInputStream(saved.toByteArray()), FINDER);
      assertThat(restored.size()).isEqualTo(cut + 1);
      assertThat(restored.pairsKept()).isEqualTo(first.pairsKept());
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      restored.save(again);
      assertThat(again.toByteArray()).isEqualTo(saved.toByteArray());
      for (int k = cut + 1; k < corpus.size(); k++) {
        restored.add(corpus.get(k));
      }
      assertThat(restored.links(byId::get))
          .as("restored after %d articles", cut + 1)
          .isEqualTo(CopyIndex.detect(FINDER, corpus));
    }
  }

  @Test
  void aSavedIndexOfAnotherFormatOrNoIndexIsRefusedWithAMessage() throws IOException {
    CopyIndex index = new CopyIndex(FINDER);
    index.add(corpus.get(0));
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    index.save(saved);
    byte[] bytes = saved.toByteArray();
    ByteBuffer.wrap(bytes).putInt(4, CopyIndex.FORMAT + 1);
    assertThatThrownBy(() -> CopyIndex.restore(new ByteArrayInputStream(bytes), FINDER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format " + (CopyIndex.FORMAT + 1));
    assertThatThrownBy(
            () -> CopyIndex.restore(new ByteArrayInputStream("{\"json\":1}".getBytes()), FINDER))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a saved copy index");
  }
}
