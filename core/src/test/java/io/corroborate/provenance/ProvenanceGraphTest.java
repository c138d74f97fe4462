package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvenanceGraphTest {

  private static ArticleFacts facts(int i, String syndicatedFrom) {
    return facts(i, syndicatedFrom, 1000L + i);
  }

  private static ArticleFacts facts(int i, String syndicatedFrom, long textHash) {
    return new ArticleFacts(
        i, "a" + i, null, null, Set.of(), null, null, syndicatedFrom, 0, textHash);
  }

  private static PairLink copy(int source, int copy, boolean strong) {
    return new PairLink(
        source, copy, Relation.PARTIAL, 0.6, strong, List.of(), Direction.Reason.CONTAINMENT);
  }

  /** A partial copy of the source's characters [fromStart, fromEnd) at [start, end) of the copy. */
  private static PairLink passage(
      int source, int copy, int start, int end, int fromStart, int fromEnd) {
    return new PairLink(
        source,
        copy,
        Relation.PARTIAL,
        0.6,
        false,
        List.of(new AlignedPassage(start, end, fromStart, fromEnd)),
        Direction.Reason.CONTAINMENT);
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
  void unnamedOutsideOriginsAreNamedByTheirTextNotByACounter() {
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, "", 0x1234_5678_9abc_def0L), facts(1, null), facts(2, "", 42L)),
            List.of(copy(0, 1, true)));
    assertThat(out.get(0).origin()).isEqualTo("external:123456789abc");
    assertThat(out.get(1).origin()).as("its copy shares it").isEqualTo("external:123456789abc");
    assertThat(out.get(2).origin()).isEqualTo("external:000000000000");
    // the same text names the same origin whatever else the corpus holds, and in any position
    List<CopyLink> alone =
        ProvenanceGraph.build(
            List.of(facts(0, null), facts(1, "", 0x1234_5678_9abc_def0L)), List.of());
    assertThat(alone.get(1).origin()).isEqualTo("external:123456789abc");
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

  @Test
  void aCopyOfAnotherPartOfACopyHasThatCopyAsOrigin() {
    // B (1) copies its characters [0, 100) from C (0) and writes [100, 300) itself; A (2) copies
    // B's [150, 250): the text A took was never C's, so A's origin is B, not C
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, null), facts(1, null), facts(2, null)),
            List.of(passage(0, 1, 0, 100, 500, 600), passage(1, 2, 40, 140, 150, 250)));
    assertThat(out.get(1).derivedFrom()).isEqualTo("a0");
    assertThat(out.get(1).origin()).isEqualTo("a0");
    assertThat(out.get(2).derivedFrom()).isEqualTo("a1");
    assertThat(out.get(2).origin()).isEqualTo("a1");
    assertThat(out.get(0).origin()).isEqualTo("a0");
  }

  @Test
  void aCopyOfTheCopiedPartOfACopyGoesBackToTheFirstSource() {
    // A (2) copies B's [20, 90), which B took from C: the root of A's text is C
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, null), facts(1, null), facts(2, null)),
            List.of(passage(0, 1, 0, 100, 500, 600), passage(1, 2, 0, 70, 20, 90)));
    assertThat(out.get(2).derivedFrom()).isEqualTo("a1");
    assertThat(out.get(2).origin()).isEqualTo("a0");
    assertThat(out.get(1).origin()).isEqualTo("a0");
  }

  @Test
  void aCopyOfASyndicatedArticleKeepsTheOutsideOrigin() {
    // B republishes an NBC report and copies a passage of C; whatever part of B A takes is NBC's
    List<CopyLink> out =
        ProvenanceGraph.build(
            List.of(facts(0, null), facts(1, "nbc-news"), facts(2, null)),
            List.of(passage(0, 1, 0, 100, 500, 600), passage(1, 2, 40, 140, 150, 250)));
    assertThat(out.get(2).origin()).isEqualTo(out.get(1).origin());
  }
}
