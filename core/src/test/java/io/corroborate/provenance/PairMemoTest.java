package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Analyses;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.InputKind;
import io.corroborate.model.OffsetMap;
import io.corroborate.model.Span;
import io.corroborate.stories.ProfileBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pairs a copy index keeps between detections: stamped, bounded, saved. */
class PairMemoTest {

  private static ArticleAnalysis analysis(String body, List<Span> sentences) {
    Article a =
        Article.builder()
            .id("a")
            .source("a.txt")
            .kind(InputKind.TEXT)
            .text(body)
            .body(body, OffsetMap.identity(body.length()))
            .build();
    return new ArticleAnalysis(
        1, a, sentences, List.of(), List.of(), ProfileBuilder.fallback(a, Analyses.DATES));
  }

  @Test
  void theStampTellsOtherWordsOrOtherSentences() {
    String body = "One sentence here. Another one there.";
    long stamp = PairMemo.stamp(analysis(body, List.of(new Span(0, 18), new Span(19, 37))));
    assertThat(PairMemo.stamp(analysis(body, List.of(new Span(0, 18), new Span(19, 37)))))
        .isEqualTo(stamp);
    assertThat(PairMemo.stamp(analysis(body, List.of(new Span(0, 37))))).isNotEqualTo(stamp);
    assertThat(PairMemo.stamp(analysis(body.replace("here", "HERE"), List.of())))
        .isNotEqualTo(PairMemo.stamp(analysis(body, List.of())));
  }

  @Test
  void aPairIsTakenFromTheMemoOnlyWithBothStampsUnchanged() {
    PairMemo memo = new PairMemo();
    PairMemo.View first = memo.view(new int[] {3, 7}, new long[] {11, 12});
    first.put(0, 1, first.get(0, 1).withLexical(PairMemo.YES, 1.5));
    memo.done(first);
    assertThat(memo.size()).isEqualTo(1);
    PairMemo.View same = memo.view(new int[] {3, 7}, new long[] {11, 12});
    assertThat(same.get(0, 1).lexicalScore()).isEqualTo(1.5);
    memo.done(same);
    PairMemo.View other = memo.view(new int[] {3, 7}, new long[] {11, 99});
    assertThat(other.get(0, 1).lexical()).isEqualTo(PairMemo.UNKNOWN);
    assertThatThrownBy(() -> memo.view(new int[] {3, 7}, new long[] {11, 12}).get(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDetectionKeepsOnlyThePairsItLookedAtOfItsMembers() {
    PairMemo memo = new PairMemo();
    PairMemo.View first = memo.view(new int[] {1, 2, 3, 5}, new long[4]);
    first.put(0, 1, first.get(0, 1).withLexical(PairMemo.NO, 0)); // 1-2
    first.put(1, 2, first.get(1, 2).withLexical(PairMemo.NO, 0)); // 2-3
    first.put(2, 3, first.get(2, 3).withLexical(PairMemo.NO, 0)); // 3-5
    memo.done(first);
    assertThat(memo.size()).isEqualTo(3);
    // 2 is detected again with 4 only: its pairs with 1 and 3 go, 3-5 stays
    PairMemo.View second = memo.view(new int[] {2, 4}, new long[2]);
    second.put(0, 1, second.get(0, 1).withLexical(PairMemo.NO, 0));
    memo.done(second);
    assertThat(memo.size()).isEqualTo(2);
    PairMemo.View third = memo.view(new int[] {3, 5}, new long[2]);
    assertThat(third.get(0, 1).lexical()).isEqualTo(PairMemo.NO);
    memo.done(third);
    assertThat(memo.view(new int[] {1, 2}, new long[2]).get(0, 1).lexical())
        .isEqualTo(PairMemo.UNKNOWN);
  }

  @Test
  void manyPairsDetectedAgainAndAgainStayBounded() {
    PairMemo memo = new PairMemo();
    for (int round = 0; round < 200; round++) {
      // each round detects ten articles of a hundred together, all their pairs looked at
      int[] positions = new int[10];
      for (int k = 0; k < 10; k++) {
        positions[k] = (round * 7 + k * 10) % 100;
      }
      java.util.Arrays.sort(positions);
      PairMemo.View v = memo.view(positions, new long[10]);
      for (int a = 0; a < 10; a++) {
        for (int b = a + 1; b < 10; b++) {
          v.put(a, b, v.get(a, b).withLexical(PairMemo.NO, 0));
        }
      }
      memo.done(v);
      assertThat(memo.size()).isLessThanOrEqualTo(100 * 9 / 2);
    }
  }

  @Test
  void keptPairsAreWrittenAndReadBack() throws IOException {
    PairMemo memo = new PairMemo();
    PairMemo.View v = memo.view(new int[] {0, 4, 9}, new long[] {5, 6, 7});
    BitSet some = new BitSet();
    some.set(0);
    some.set(3);
    PairMemo.Known copy =
        v.get(0, 1)
            .withCopy(
                new PairMemo.CopyCheck(
                    true,
                    false,
                    true,
                    new PassageAlignment(List.of(new TokenPassage(0, 9, 2, 11)), 9, 20, 9, 30)))
            .withLexical(PairMemo.YES, 1.25)
            .withExamined(
                new PairMemo.Examined(
                    some, some, List.of(new SentenceAligner.Cell(0, 3, 0.8)), 0.5, 0.6, 0.7));
    v.put(0, 1, copy);
    v.put(1, 2, v.get(1, 2).withCopy(PairMemo.CopyCheck.NONE));
    v.put(0, 2, v.get(0, 2).withExamined(new PairMemo.Examined(new BitSet(), some, null, 0, 0, 0)));
    memo.done(v);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    memo.write(new DataOutputStream(out), 10);
    PairMemo back =
        PairMemo.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())), 10);
    assertThat(back.size()).isEqualTo(3);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(new DataOutputStream(again), 10);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    PairMemo.View w = back.view(new int[] {0, 4, 9}, new long[] {5, 6, 7});
    assertThat(w.get(0, 1)).isEqualTo(copy);
    assertThat(w.get(1, 2).copy().shares()).isFalse();
    assertThat(w.get(0, 2).examined().cells()).isNull();
    // pairs of articles the index does not hold are refused
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bad);
    d.writeLong(5);
    d.writeLong(6);
    d.writeInt(1);
    d.writeByte((int) PairList.key(0, 5)); // one byte: the pair (0, 5) of an index of 2
    d.writeByte(0);
    assertThatThrownBy(
            () ->
                PairMemo.read(new DataInputStream(new ByteArrayInputStream(bad.toByteArray())), 2))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("damaged");
  }
}
