package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who copied whom in the bundled fictional example corpus, and on bad input. */
class CopyFinderTest {

  private static List<Article> articles;
  private static Map<String, CopyLink> bySource;
  private static Map<String, Article> articleBySource;

  @BeforeAll
  static void detect() {
    articles = new ArrayList<>();
    new CorpusCleaner(new CorpusReader(), new ArticleCleaner(), 2)
        .run(
            List.of(Path.of("../examples/calder-dam")),
            articles::add,
            p -> {
              throw new AssertionError(p.toString());
            },
            new Progress() {});
    List<CopyLink> links = new CopyFinder().detect(articles, new AnalysisCache());
    Map<String, String> sourceOf =
        articles.stream().collect(Collectors.toMap(Article::id, CopyFinderTest::name));
    articleBySource =
        articles.stream().collect(Collectors.toMap(CopyFinderTest::name, Function.identity()));
    bySource = links.stream().collect(Collectors.toMap(l -> sourceOf.get(l.articleId()), l -> l));
  }

  private static String name(Article a) {
    String s = a.source();
    return s.substring(s.lastIndexOf('/') + 1);
  }

  private static String id(String name) {
    return articleBySource.get(name).id();
  }

  @Test
  void everyLinkedPairMattersAndUnrelatedArticlesDoNot() {
    CopyFinder finder = new CopyFinder();
    Map<String, CopyFinder.PairGate> gates =
        articles.stream().collect(Collectors.toMap(Article::id, finder::gate));
    int linked = 0;
    for (CopyLink l : bySource.values()) {
      if (l.derivedFrom() != null) {
        linked++;
        assertThat(finder.mayMatter(gates.get(l.articleId()), gates.get(l.derivedFrom())))
            .as(l.articleId() + " from " + l.derivedFrom())
            .isTrue();
      }
    }
    assertThat(linked).isGreaterThanOrEqualTo(3);
    // the same text matters; a text and one of a fifth its length with few words in common do not
    CopyFinder.PairGate dam = finder.gate(Texts.raw("a", articles.get(0).body()));
    assertThat(finder.mayMatter(dam, finder.gate(Texts.raw("b", articles.get(0).body())))).isTrue();
    CopyFinder.PairGate other =
        finder.gate(
            Texts.raw(
                "c",
                "The harbour ferry resumed its crossings on Monday after a week of repairs to"
                    + " the landing stage, the operator said in a short statement."));
    assertThat(finder.mayMatter(dam, other)).isFalse();
  }

  @Test
  void givesOneLinkPerArticleInOrder() {
    assertThat(bySource).hasSize(articles.size());
  }

  @Test
  void findsTheVerbatimReprintsOfTheWireReport() {
    for (String reprint : List.of("harbourline-gazette.html", "coastal-herald-0303")) {
      CopyLink l = bySource.get(reprint);
      assertThat(l.relation()).as(reprint).isEqualTo(Relation.VERBATIM);
      assertThat(l.derivedFrom()).as(reprint).isEqualTo(id("cpa-wire.txt"));
      assertThat(l.origin()).isEqualTo(id("cpa-wire.txt"));
      assertThat(l.creditedTo()).isEqualTo("Continental Press Agency");
    }
    CopyLink wire = bySource.get("cpa-wire.txt");
    assertThat(wire.relation()).isEqualTo(Relation.INDEPENDENT);
    assertThat(wire.origin()).as("the root carries its own id").isEqualTo(wire.articleId());
    assertThat(wire.derivedFrom()).isNull();
  }

  @Test
  void findsThePartialReprintWithItsCreditAndPassages() {
    CopyLink l = bySource.get("the-lantern-daily.txt");
    assertThat(l.relation()).isEqualTo(Relation.PARTIAL);
    assertThat(l.derivedFrom()).isEqualTo(id("cpa-wire.txt"));
    assertThat(l.creditedTo()).isEqualTo("Continental Press Agency");
    Article copy = articleBySource.get("the-lantern-daily.txt");
    Article wire = articleBySource.get("cpa-wire.txt");
    assertThat(l.evidence()).isNotEmpty();
    for (AlignedPassage p : l.evidence()) {
      String inCopy = copy.text().substring(p.start(), p.end()).replaceAll("\\s+", " ");
      String inWire = wire.text().substring(p.fromStart(), p.fromEnd()).replaceAll("\\s+", " ");
      assertThat(inCopy).isEqualTo(inWire);
    }
    assertThat(copy.text().substring(l.evidence().get(0).start())).startsWith("A section of");
  }

  @Test
  void findsTheSyndicatedCopyOfAReportOutsideTheCorpus() {
    CopyLink l = bySource.get("newsmill-hub.txt");
    assertThat(l.relation()).isEqualTo(Relation.SYNDICATED);
    assertThat(l.derivedFrom()).isNull();
    assertThat(l.origin()).isEqualTo("external:riverside-public-radio");
    assertThat(l.creditedTo()).isEqualTo("Riverside Public Radio");
  }

  @Test
  void findsTheRewriteAndItsSource() {
    CopyLink l = bySource.get("quickread-digest.txt");
    assertThat(l.relation()).isEqualTo(Relation.REWRITE);
    assertThat(l.derivedFrom()).isEqualTo(id("cpa-wire.txt"));
    assertThat(l.origin()).isEqualTo(id("cpa-wire.txt"));
    assertThat(l.evidence().size()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void leavesIndependentReportsOfTheSameEventAlone() {
    for (String own :
        List.of("northgate-times.html", "meridian-radio-0303", "estermont-crawl.warc#3")) {
      CopyLink l = bySource.get(own);
      assertThat(l.relation()).as(own).isEqualTo(Relation.INDEPENDENT);
      assertThat(l.derivedFrom()).as(own).isNull();
      assertThat(l.origin()).as(own).isNull();
    }
  }

  @Test
  void countsIndependentSourcesThroughOneFunction() {
    Independence ind = new Independence(new ArrayList<>(bySource.values()));
    List<String> wireFamily =
        List.of(
            id("cpa-wire.txt"),
            id("harbourline-gazette.html"),
            id("coastal-herald-0303"),
            id("the-lantern-daily.txt"),
            id("quickread-digest.txt"));
    assertThat(ind.independentSources(wireFamily)).isEqualTo(1);
    assertThat(ind.independentSources(articles.stream().map(Article::id).toList()))
        .isEqualTo(articles.size() - 4);
  }
}
