package io.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.InputKind;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyGroupsTest {

  static Article article(String id) {
    String text = "Text of " + id + ".";
    return Article.builder()
        .id(id)
        .source(id + ".txt")
        .kind(InputKind.TEXT)
        .text(text)
        .body(text, OffsetMap.identity(text.length()))
        .build();
  }

  private static CopyLink copy(String id, String from, String origin) {
    return new CopyLink(id, Relation.VERBATIM, from, origin, null, 0.9, List.of());
  }

  @Test
  void aCopyItsSourceAndEveryCopyOfOneOriginShareAGroup() {
    List<Article> articles =
        List.of(article("a"), article("b"), article("c"), article("d"), article("e"));
    CopyGroups g =
        CopyGroups.of(
            articles,
            List.of(
                copy("b", "a", "a"),
                copy("a", null, "a"),
                copy("c", null, "external:cpa-wire"),
                copy("d", null, "external:cpa-wire"),
                CopyLink.independent("e")));
    assertThat(g.keyOf("a")).isNotNull().isEqualTo(g.keyOf("b"));
    assertThat(g.keyOf("c")).isNotNull().isEqualTo(g.keyOf("d")).isNotEqualTo(g.keyOf("a"));
    assertThat(g.keyOf("e")).isNotNull().isNotEqualTo(g.keyOf("a")).isNotEqualTo(g.keyOf("c"));
    assertThat(g.keyOf("zz")).isNull();
  }

  @Test
  void linksToUnknownArticlesAreIgnored() {
    CopyGroups g =
        CopyGroups.of(
            List.of(article("a"), article("b")),
            List.of(copy("a", "zz", null), copy("x", "a", null), copy("b", "x", null)));
    assertThat(g.keyOf("a")).isNotNull().isNotEqualTo(g.keyOf("b"));
    assertThat(g.keyOf("x")).isNull();
  }
}
