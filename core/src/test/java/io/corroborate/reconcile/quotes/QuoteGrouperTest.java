package io.corroborate.reconcile.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Analyses;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.InputKind;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.model.Relation;
import io.corroborate.provenance.Independence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {

  private static Article article(String id, String text) {
    return new ArticleCleaner()
        .clean(
            new RawDocument(id, InputKind.JSON_TEXT, text, null, id, null, null, null, null, null));
  }

  private static final String WIRE =
      "Floodwater reached the old town of Calvet on Tuesday.\n\n"
          + "\"Calvet is not the point here; the pumps are ready and we will hand them over to"
          + " any town that asks,\" Governor Ilse Morenskyy said.\n\n"
          + "\"We have no time to lose,\" she added.";

  private static final String REPRINT =
      "Floodwater reached the old town of Calvet on Tuesday.\n\n"
          + "\u201cCalvet is not the point here \u2014 the pumps are ready and we will hand them"
          + " over to any town that asks\u201d, said Governor Ilse Morenskiy.";

  private static final String TRUNCATED =
      "Calvet flooded.\n\n"
          + "\"The pumps are ready and we will hand them over...\" Morensky told the Courier.\n\n"
          + "\"Bring blankets,\" a volunteer said.";

  private static List<QuoteGroup> groups(List<Article> articles, List<CopyLink> links) {
    List<ArticleQuotes> found = new ArrayList<>();
    for (ArticleAnalysis a : Analyses.of(articles)) {
      found.add(new ArticleQuotes(a.article(), a.quotes()));
    }
    return new QuoteGrouper().group(found, new Independence(links));
  }

  @Test
  void groupsTheSameQuoteAcrossOutletsDespiteEditsAndCountsIndependentSources() {
    Article wire = article("wire", WIRE);
    Article reprint = article("reprint", REPRINT);
    Article truncated = article("trunc", TRUNCATED);
    List<CopyLink> links =
        List.of(
            CopyLink.independent(wire.id()),
            new CopyLink(
                reprint.id(), Relation.VERBATIM, wire.id(), wire.id(), null, 0.95, List.of()),
            CopyLink.independent(truncated.id()));
    List<QuoteGroup> gs = groups(List.of(wire, reprint, truncated), links);
    QuoteGroup pumps =
        gs.stream().filter(g -> g.text().contains("pumps are ready")).findFirst().orElseThrow();
    assertThat(pumps.articleIds()).containsExactly(wire.id(), reprint.id(), truncated.id());
    assertThat(pumps.independentSources()).isEqualTo(2);
    assertThat(pumps.speaker()).isEqualTo("Ilse Morenskyy");
    assertThat(pumps.role()).isEqualTo("Governor");
    assertThat(pumps.text()).startsWith("Calvet is not the point here");
    assertThat(pumps.direct()).isTrue();
    for (QuoteMention m : pumps.mentions()) {
      Article a =
          List.of(wire, reprint, truncated).stream()
              .filter(x -> x.id().equals(m.articleId()))
              .findFirst()
              .orElseThrow();
      assertThat(a.text().substring(m.start(), m.end())).contains("pumps are ready");
      assertThat(a.text().substring(m.sentenceStart(), m.sentenceEnd()))
          .contains(a.text().substring(m.start(), m.end()));
    }
  }

  @Test
  void withoutCopyLinksEveryArticleIsItsOwnSource() {
    List<QuoteGroup> gs =
        groups(List.of(article("wire", WIRE), article("reprint", REPRINT)), List.of());
    QuoteGroup pumps =
        gs.stream().filter(g -> g.text().contains("pumps are ready")).findFirst().orElseThrow();
    assertThat(pumps.independentSources()).isEqualTo(2);
  }

  @Test
  void keepsDifferentQuotesAndSpeakersApart() {
    List<QuoteGroup> gs =
        groups(List.of(article("wire", WIRE), article("trunc", TRUNCATED)), List.of());
    assertThat(gs)
        .extracting(QuoteGroup::text)
        .anyMatch(t -> t.contains("no time to lose"))
        .anyMatch(t -> t.contains("Bring blankets"));
    assertThat(gs)
        .filteredOn(g -> g.text().contains("Bring blankets"))
        .singleElement()
        .satisfies(g -> assertThat(g.speaker()).isNull());
  }

  @Test
  void ordersGroupsTheSameWayEveryTime() {
    List<Article> as =
        List.of(article("wire", WIRE), article("reprint", REPRINT), article("trunc", TRUNCATED));
    assertThat(groups(as, List.of())).isEqualTo(groups(as, List.of()));
  }
}
