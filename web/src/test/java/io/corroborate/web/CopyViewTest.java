package io.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.InputKind;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.Relation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CopyViewTest {

  static Article article(String id, String outlet, String body) {
    return Article.builder()
        .id(id)
        .source(id + ".txt")
        .kind(InputKind.TEXT)
        .text(body)
        .body(body, OffsetMap.identity(body.length()))
        .outlet(outlet)
        .build();
  }

  @Test
  void marksTheWordsACopyDroppedAndAdded() {
    Article source =
        article(
            "asrc",
            "Wire",
            "Officials briefed by Morenskyy and Calder Valley engineers said the count rose."
                + "\n\nA second paragraph stays.");
    Article copy =
        article(
            "acopy",
            "Reprint",
            "Officials briefed by Calder Valley engineers said the count rose sharply."
                + "\n\nA second paragraph stays.");
    CopyLink link =
        new CopyLink(
            "acopy",
            Relation.PARTIAL,
            "asrc",
            "asrc",
            null,
            0.8,
            List.of(new AlignedPassage(0, 10, 0, 10)));
    CopyView v = CopyView.of(copy, source, link);
    String deleted = pieces(v.sourceSide(), "del");
    String inserted = pieces(v.copySide(), "ins");
    assertThat(deleted).contains("Morenskyy").contains("and").doesNotContain("Calder");
    assertThat(inserted).contains("sharply").doesNotContain("Officials");
    assertThat(v.sourceSide()).hasSize(2);
    assertThat(v.copySide()).hasSize(2);
    assertThat(v.deleted()).isEqualTo(2);
    assertThat(v.inserted()).isEqualTo(1);
    assertThat(v.similarity()).isEqualTo(80);
    assertThat(v.copy().outlet()).isEqualTo("Reprint");
  }

  private static String pieces(List<List<CopyView.Piece>> side, String kind) {
    return side.stream()
        .flatMap(List::stream)
        .filter(p -> p.kind().equals(kind))
        .map(CopyView.Piece::text)
        .collect(Collectors.joining("|"));
  }

  @Test
  void namesOutletsNeverByPath() {
    Article named = article("a1", "The Northgate Times", "x");
    assertThat(Outlets.name(named)).isEqualTo("The Northgate Times");
    Article byUrl =
        Article.builder()
            .id("a2")
            .source("crawl/site.warc#3")
            .kind(InputKind.WARC)
            .url("https://www.valley.example/news/1")
            .text("x")
            .body("x", OffsetMap.identity(1))
            .build();
    assertThat(Outlets.name(byUrl)).isEqualTo("valley.example");
    Article byFile =
        Article.builder()
            .id("a3")
            .source("examples/calder-dam/wire/newsmill-hub.txt")
            .kind(InputKind.TEXT)
            .text("x")
            .body("x", OffsetMap.identity(1))
            .build();
    assertThat(Outlets.name(byFile)).isEqualTo("newsmill-hub");
    assertThat(Outlets.safeUrl("javascript:alert(1)")).isNull();
    assertThat(Outlets.safeUrl(" JaVaScRiPt:alert(1)")).isNull();
    assertThat(Outlets.safeUrl("data:text/html,x")).isNull();
    assertThat(Outlets.safeUrl("https://a.example/p?q=1")).isEqualTo("https://a.example/p?q=1");
  }

  @Test
  void cursorsRoundTripAndForeignOnesAreRefused() {
    assertThat(DossierIndex.decodeCursor(DossierIndex.encodeCursor(42))).isEqualTo(42);
    assertThat(DossierIndex.decodeCursor(null)).isZero();
    assertThatThrownBy(() -> DossierIndex.decodeCursor("' OR 1=1 --"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierIndex.decodeCursor(DossierIndex.encodeCursor(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void searchWordsIgnoreQuerySyntax() {
    assertThat(DossierIndex.words("\"dam\" NEAR/2 flood* OR 1=1; --"))
        .containsExactly("dam", "near", "2", "flood", "or", "1", "1");
  }
}
