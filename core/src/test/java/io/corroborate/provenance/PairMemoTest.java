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
    first.pair(0, 1).lexical = PairMemo.Entry.YES;
    memo.keep(first);
    assertThat(memo.view(new int[] {3, 7}, new long[] {11, 12}).pair(0, 1).lexical)
        .isEqualTo(PairMemo.Entry.YES);
    assertThat(memo.view(new int[] {3, 7}, new long[] {11, 99}).pair(0, 1).lexical)
        .isEqualTo(PairMemo.Entry.UNKNOWN);
    assertThat(memo.view(new int[] {3, 5, 7}, new long[] {11, 0, 12}).pair(0, 2).lexical)
        .isEqualTo(PairMemo.Entry.YES);
    assertThatThrownBy(() -> memo.view(new int[] {3, 7}, new long[] {11, 12}).pair(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDetectionKeepsOnlyThePairsItLookedAtOfItsMembers() {
    PairMemo memo = new PairMemo();
    PairMemo.View first = memo.view(new int[] {1, 2, 3, 5}, new long[4]);
    first.pair(0, 1).lexical = PairMemo.Entry.NO; // 1-2
    first.pair(1, 2).lexical = PairMemo.Entry.NO; // 2-3
    first.pair(2, 3).lexical = PairMemo.Entry.NO; // 3-5
    memo.keep(first);
    assertThat(memo.size()).isEqualTo(3);
    // 2 is detected again with 4 only: its pairs with 1 and 3 go, 3-5 stays
    PairMemo.View second = memo.view(new int[] {2, 4}, new long[2]);
    second.pair(0, 1).lexical = PairMemo.Entry.NO;
    memo.keep(second);
    assertThat(memo.size()).isEqualTo(2);
    assertThat(memo.view(new int[] {3, 5}, new long[2]).pair(0, 1).lexical)
        .isEqualTo(PairMemo.Entry.NO);
    assertThat(memo.view(new int[] {1, 2}, new long[2]).pair(0, 1).lexical)
        .isEqualTo(PairMemo.Entry.UNKNOWN);
  }

  @Test
  void keptPairsAreWrittenAndReadBack() throws IOException {
    PairMemo memo = new PairMemo();
    PairMemo.View v = memo.view(new int[] {0, 4, 9}, new long[] {5, 6, 7});
    PairMemo.Entry copy = v.pair(0, 1);
    copy.copy =
        new PairMemo.CopyCheck(
            true,
            false,
            true,
            new PassageAlignment(List.of(new TokenPassage(0, 9, 2, 11)), 9, 20, 9, 30));
    copy.lexical = PairMemo.Entry.YES;
    copy.lexicalScore = 1.25;
    BitSet some = new BitSet();
    some.set(0);
    some.set(3);
    copy.examined =
        new PairMemo.Examined(
            some, some, List.of(new SentenceAligner.Cell(0, 3, 0.8)), 0.5, 0.6, 0.7);
    v.pair(1, 2).copy = PairMemo.CopyCheck.NONE;
    v.pair(0, 2).examined = new PairMemo.Examined(new BitSet(), some, null, 0, 0, 0);
    memo.keep(v);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    memo.write(new DataOutputStream(out));
    PairMemo back =
        PairMemo.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())), 10);
    assertThat(back.size()).isEqualTo(3);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(new DataOutputStream(again));
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    PairMemo.View w = back.view(new int[] {0, 4, 9}, new long[] {5, 6, 7});
    PairMemo.Entry read = w.pair(0, 1);
    assertThat(read.copy).isEqualTo(copy.copy);
    assertThat(read.lexicalScore).isEqualTo(1.25);
    assertThat(read.examined).isEqualTo(copy.examined);
    assertThat(w.pair(1, 2).copy.shares()).isFalse();
    assertThat(w.pair(0, 2).examined.cells()).isNull();
    // pairs of articles the index does not hold are refused
    assertThatThrownBy(
            () ->
                PairMemo.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())), 5))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("damaged");
  }
}
