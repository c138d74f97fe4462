package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvenanceGraphTest {

  private static ArticleFacts facts(int i, String syndicatedFrom) {
    return new ArticleFacts(i, "a" + i, null, null, Set.of(), null, null, syndicatedFrom, 0);
  }

  private static PairLink copy(int source, int copy, boolean strong) {
    return new PairLink(
        source, copy, Relation.PARTIAL, 0.6, strong, List.of(), Direction.Reason.CONTAINMENT);
  }

  @Test
  void copiesOfASyndicatedReportShareItsOutsideOrigin() {
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, "nbc-news"), facts(1, null), facts(2, null)),
            List.of(copy(0, 1, true)));
    assertThat(out.get(0).relation()).isEqualTo(Relation.SYNDICATED);
    assertThat(out.get(0).origin()).isEqualTo("external:nbc-news");
    assertThat(out.get(0).derivedFrom()).isNull();
    assertThat(out.get(1).derivedFrom()).isEqualTo("a0");
    assertThat(out.get(1).origin()).isEqualTo("external:nbc-news");
    assertThat(out.get(2).origin()).isNull();
  }

  @Test
  void unnamedOutsideOriginsAreNumbered() {
    List<CopyLink> out =
        ProvenanceGraph.build(List.of(facts(0, ""), facts(1, null), facts(2, "")), List.of());
    assertThat(out).extracting(CopyLink::origin).containsExactly("external:1", null, "external:2");
  }

  @Test
  void aCopyOfTwoSourcesIsJoinedToBoth() {
    // 2 takes most of 0 and most of 1; it derives from one, and both trees share one origin
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, null), facts(1, null), facts(2, null)),
            List.of(copy(0, 2, true), copy(1, 2, true)));
    assertThat(out.get(2).derivedFrom()).isEqualTo("a0");
    assertThat(out.get(0).origin()).isEqualTo(out.get(1).origin()).isEqualTo(out.get(2).origin());
  }

  @Test
  void conflictingDirectionsNeverMakeACycle() {
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, null), facts(1, null), facts(2, null)),
            List.of(copy(0, 1, true), copy(1, 2, true), copy(2, 0, true)));
    long roots = out.stream().filter(l -> l.derivedFrom() == null).count();
    assertThat(roots).isEqualTo(1);
    assertThat(out).extracting(CopyLink::origin).containsOnly(out.get(0).origin());
  }
}
