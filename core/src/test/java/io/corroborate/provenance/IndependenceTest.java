package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndependenceTest {

  @Test
  void copiesAndSharedOriginsCountOnce() {
    List<CopyLink> links =
        List.of(
            new CopyLink("wire", Relation.INDEPENDENT, null, "wire", null, 0, List.of()),
            new CopyLink("reprint", Relation.VERBATIM, "wire", "wire", null, 1, List.of()),
            new CopyLink("digest", Relation.REWRITE, "reprint", "wire", null, 0.8, List.of()),
            new CopyLink(
                "farm1", Relation.SYNDICATED, null, "external:nbc-news", "NBC News", 0, List.of()),
            new CopyLink(
                "farm2", Relation.SYNDICATED, null, "external:nbc-news", "NBC News", 0, List.of()),
            CopyLink.independent("own"));
    Independence ind = new Independence(links);
    assertThat(ind.independentSources(List.of("wire", "reprint", "digest"))).isEqualTo(1);
    assertThat(ind.independentSources(List.of("farm1", "farm2", "own"))).isEqualTo(2);
    assertThat(ind.independentSources(List.of("own", "unknown"))).isEqualTo(2);
    assertThat(ind.rootOf("digest")).isEqualTo("wire");
  }
}
