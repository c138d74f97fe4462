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
    List<Article> articles = firstEcbArticles();
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
  void ecbDocumentsSavedAsChangedRecordsRestoreToTheIndexSaved() throws Exception {
    List<Article> articles = firstEcbArticles();
    AnalysisCache cache = new AnalysisCache();
    Map<String, ArticleAnalysis> ecb = new HashMap<>();
    CopyIndex uninterrupted = new CopyIndex(FINDER);
    CopyIndex restored = new CopyIndex(FINDER);
    Map<Integer, byte[]> kept = new java.util.TreeMap<>();
    byte[][] header = {null};
    int written = 0;
    int whole = 0;
    long reused = 0;
    for (int k = 0; k < articles.size(); k++) {
      Article a = articles.get(k);
      ArticleAnalysis analysis = analysis(a, CopyFinder.sentences(a, cache));
      ecb.put(a.id(), analysis);
      uninterrupted.add(analysis);
      restored.add(analysis);
      if ((k + 1) % 10 == 0 || k == articles.size() - 1) {
        List<CopyLink> links = uninterrupted.links(ecb::get);
        assertThat(restored.links(ecb::get)).as("after %d articles", k + 1).isEqualTo(links);
        written += keep(restored.changes(), kept, header);
        whole += k + 1;
        restored.recordsSaved();
        reused += restored.pairResultsReused();
        CopyIndex fresh = fromRecords(header[0], kept);
        same(saved(fresh), saved(uninterrupted), "after " + (k + 1) + " articles");
        restored = fresh;
      }
    }
    // the kept pairs come back with the records: detection after a restore reuses them
    assertThat(reused).isPositive();
    // the records written again are those of the neighbourhoods detected, not the whole index
    // (382 of the 2,110 that saving the whole index each time writes, when this was written)
    assertThat(written).isLessThan(whole / 3);
  }

  @Test
  void anIndexRestoredFromRecordsWithLinksPendingDetectsThem() throws IOException {
    CopyIndex first = new CopyIndex(FINDER);
    Map<Integer, byte[]> kept = new java.util.TreeMap<>();
    byte[][] header = {null};
    int cut = corpus.size() / 2;
    for (int k = 0; k < cut; k++) {
      first.add(corpus.get(k));
    }
    first.links(byId::get);
    CopyIndex.Records all = first.changes();
    assertThat(all.replaceAll()).isTrue();
    assertThat(all.records()).hasSize(cut);
    keep(all, kept, header);
    first.recordsSaved();
    first.add(corpus.get(cut));
    CopyIndex.Records some = first.changes();
    assertThat(some.replaceAll()).isFalse();
    assertThat(some.records()).containsKey(cut).hasSizeLessThan(cut);
    keep(some, kept, header);
    first.recordsSaved();
    CopyIndex restored = fromRecords(header[0], kept);
    same(saved(restored), saved(first), "restored with a link pending");
    assertThat(restored.pending()).isEqualTo(first.pending()).contains(corpus.get(cut).id());
    for (int k = cut + 1; k < corpus.size(); k++) {
      restored.add(corpus.get(k));
    }
    assertThat(restored.links(byId::get)).isEqualTo(CopyIndex.detect(FINDER, corpus));
  }

  @Test
  void damagedOrMissingRecordsAreRefusedWithAMessage() throws IOException {
    CopyIndex index = new CopyIndex(FINDER);
    corpus.subList(0, 3).forEach(index::add);
    index.links(byId::get);
    CopyIndex.Records r = index.changes();
    CopyIndex.Restoring missing = CopyIndex.restoring(r.header(), FINDER);
    missing.accept(0, r.records().get(0));
    assertThatThrownBy(() -> missing.accept(2, r.records().get(2)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("record 2 where 1 was due");
    CopyIndex.Restoring short_ = CopyIndex.restoring(r.header(), FINDER);
    short_.accept(0, r.records().get(0));
    assertThatThrownBy(short_::done).hasMessageContaining("1 of 3 records");
    CopyIndex.Restoring cut = CopyIndex.restoring(r.header(), FINDER);
    byte[] half = java.util.Arrays.copyOf(r.records().get(0), r.records().get(0).length / 2);
    assertThatThrownBy(() -> cut.accept(0, half)).isInstanceOf(IOException.class);
    byte[] header = r.header().clone();
    ByteBuffer.wrap(header).putInt(4, CopyIndex.FORMAT + 1);
    assertThatThrownBy(() -> CopyIndex.restoring(header, FINDER))
        .hasMessageContaining("format " + (CopyIndex.FORMAT + 1));
    assertThatThrownBy(() -> CopyIndex.restoring(new byte[3], FINDER))
        .hasMessageContaining("not a saved copy index");
  }

  /** The cleaned articles of the first 200 ECB+ dev documents (skips without the data). */
  private static List<Article> firstEcbArticles() throws Exception {
    List<Article> articles = new ArrayList<>();
    EcbDev.firstDocuments(
        200,
        first -> {
          new CorpusCleaner(new CorpusReader(), new ArticleCleaner(), 2)
              .run(List.of(first), articles::add, p -> {}, new Progress() {});
          return null;
        });
    return articles;
  }

  /** Applies changed records to {@code kept}; answers how many were written. */
  private static int keep(CopyIndex.Records r, Map<Integer, byte[]> kept, byte[][] header) {
    if (r.replaceAll()) {
      kept.clear();
    }
    kept.putAll(r.records());
    header[0] = r.header();
    return r.records().size();
  }

  private static CopyIndex fromRecords(byte[] header, Map<Integer, byte[]> kept)
      throws IOException {
    CopyIndex.Restoring r = CopyIndex.restoring(header, FINDER);
    for (Map.Entry<Integer, byte[]> e : kept.entrySet()) {
      r.accept(e.getKey(), e.getValue());
    }
    return r.done();
  }

  private static byte[] saved(CopyIndex index) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.save(out);
    return out.toByteArray();
  }

  /** Fails naming the first byte where two saved indexes differ. */
  private static void same(byte[] a, byte[] b, String what) {
    int at = java.util.Arrays.mismatch(a, b);
    assertThat(at)
        .as("%s: saved indexes of %d and %d bytes differ at byte", what, a.length, b.length)
        .isEqualTo(-1);
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
