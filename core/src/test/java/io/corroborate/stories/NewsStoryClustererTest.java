package io.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Analyses;
import io.corroborate.Fixtures;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Event;
import io.corroborate.model.NewsDate;
import io.corroborate.model.Relation;
import io.corroborate.model.StoryDraft;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's clusterer end to end on a fictional stream: real CoreNLP entities, real MiniLM
 * embeddings. Two stories (a dam breach and its inquiry in Marrowick; a ferry strike in Port
 * Hallam) from invented outlets.
 */
class NewsStoryClustererTest {

  private static List<Article> stream;
  private static final java.util.Map<String, ArticleAnalysis> ANALYSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static NewsStoryClusterer clusterer() {
    return new NewsStoryClusterer(StoryConfig.DEFAULT, Analyses.DATES);
  }

  /** Phase 1 of each article, once per article id and text. */
  private static List<ArticleAnalysis> analysed(List<Article> articles) {
    return articles.parallelStream()
        .map(
            a ->
                ANALYSED.computeIfAbsent(
                    a.id() + "\u0000" + a.text(), k -> Analyses.ANALYZER.analyze(a)))
        .toList();
  }

  @BeforeAll
  static void read() throws URISyntaxException {
    Path p =
        Path.of(
            NewsStoryClustererTest.class.getResource("/stories/fictional-stream.jsonl").toURI());
    List<Article> out = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(InputLimits.DEFAULTS), 2)
        .run(List.of(p), out::add, problem -> {}, Progress.NONE);
    stream = List.copyOf(out);
  }

  private static Map<String, String> sourceOf(List<Article> articles) {
    Map<String, String> m = new HashMap<>();
    for (Article a : articles) {
      m.put(a.id(), a.source());
    }
    return m;
  }

  private static Set<String> sources(StoryDraft d, Map<String, String> src) {
    Set<String> s = new HashSet<>();
    for (String id : d.articleIds()) {
      s.add(src.get(id));
    }
    return s;
  }

  @Test
  void findsTheDamStoryAndTheFerryStory() {
    List<StoryDraft> drafts = clusterer().cluster(analysed(stream), List.of());
    Map<String, String> src = sourceOf(stream);
    List<Set<String>> stories = drafts.stream().map(d -> sources(d, src)).toList();
    assertThat(stories).contains(Set.of("ph-0305", "sn-0306"));
    Set<String> dam = stories.stream().filter(s -> s.contains("hc-0303")).findFirst().orElseThrow();
    assertThat(dam).contains("vb-0303", "eo-0304");
    assertThat(dam).doesNotContain("ph-0305", "sn-0306");
  }

  @Test
  void theBreachAndTheInquiryAreDifferentEvents() {
    List<StoryDraft> drafts = clusterer().cluster(analysed(stream), List.of());
    Map<String, String> src = sourceOf(stream);
    Map<String, Event> eventOf = new HashMap<>();
    for (StoryDraft d : drafts) {
      for (Event e : d.events()) {
        for (String id : e.articleIds()) {
          eventOf.put(src.get(id), e);
        }
      }
    }
    assertThat(eventOf.get("hc-0303")).isSameAs(eventOf.get("vb-0303"));
    assertThat(eventOf.get("hc-0320")).isSameAs(eventOf.get("eo-0321"));
    assertThat(eventOf.get("hc-0303")).isNotSameAs(eventOf.get("hc-0320"));
    assertThat(eventOf.get("hc-0303").date()).isEqualTo(NewsDate.of(LocalDate.of(2026, 3, 3)));
    assertThat(eventOf.get("hc-0303").title()).isNotBlank();
  }

  @Test
  void everyArticleIsInOneEventOfItsStoryAndEventIdsAreUnique() {
    List<StoryDraft> drafts = clusterer().cluster(analysed(stream), List.of());
    Set<String> placed = new HashSet<>();
    Set<String> eventIds = new HashSet<>();
    for (StoryDraft d : drafts) {
      assertThat(d.title()).isNotBlank();
      List<String> inEvents = new ArrayList<>();
      for (Event e : d.events()) {
        assertThat(eventIds.add(e.id())).isTrue();
        inEvents.addAll(e.articleIds());
      }
      assertThat(inEvents).containsExactlyInAnyOrderElementsOf(d.articleIds());
      for (String id : d.articleIds()) {
        assertThat(placed.add(id)).isTrue();
      }
    }
    assertThat(placed).hasSize(stream.size());
  }

  @Test
  void givesTheSameResultForTheSameOrderWhateverTheThreads() {
    // analyses made in parallel (cached) and again one by one on this thread
    List<StoryDraft> a = clusterer().cluster(analysed(stream), List.of());
    List<ArticleAnalysis> sequential = stream.stream().map(Analyses.ANALYZER::analyze).toList();
    assertThat(sequential).isEqualTo(analysed(stream));
    List<StoryDraft> b = clusterer().cluster(sequential, List.of());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void aCopyFoundByProvenanceJoinsItsSourcesStory() {
    Article reprint =
        Fixtures.article(
            "reprint", null, "Subscribe to our newsletter for more stories like this one.", null);
    List<Article> input = new ArrayList<>(stream);
    input.add(reprint);
    Article source =
        stream.stream().filter(a -> a.source().equals("sn-0306")).findFirst().orElseThrow();
    CopyLink link =
        new CopyLink("reprint", Relation.VERBATIM, source.id(), source.id(), null, 0.95, List.of());
    List<StoryDraft> drafts = clusterer().cluster(analysed(input), List.of(link));
    StoryDraft withReprint =
        drafts.stream().filter(d -> d.articleIds().contains("reprint")).findFirst().orElseThrow();
    assertThat(withReprint.articleIds()).contains(source.id());
  }

  @Test
  void badInputIsClusteredWithoutAFuss() {
    List<Article> input = new ArrayList<>(stream);
    input.add(Fixtures.article("empty", null, "   ", null));
    input.add(
        Fixtures.article(
            "no-names", null, "it rained and then it stopped and then it rained again.", null));
    input.add(
        Fixtures.article(
            "future",
            null,
            "Ferry crews in Port Hallam walked out again over pay, the Hallam Ferry Union said.",
            NewsDate.of(LocalDate.of(2091, 1, 1))));
    input.add(
        Fixtures.article(
            "past",
            null,
            "The Calder dam was completed above Marrowick, the water board said.",
            NewsDate.of(LocalDate.of(1802, 6, 1))));
    input.add(stream.get(0)); // a duplicate id
    List<StoryDraft> drafts = clusterer().cluster(analysed(input), List.of());
    Set<String> placed = new HashSet<>();
    for (StoryDraft d : drafts) {
      placed.addAll(d.articleIds());
      for (Event e : d.events()) {
        if (e.date() != null) {
          assertThat(e.date().date().getYear()).isBetween(1900, 2030);
        }
      }
    }
    assertThat(placed).contains("empty", "no-names", "future", "past");
    assertThat(placed).hasSize(stream.size() + 4);
  }

  @Test
  void nothingInGivesNothingOut() {
    assertThat(clusterer().cluster(analysed(List.of()), List.of())).isEmpty();
  }
}
