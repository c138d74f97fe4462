package io.corroborate.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.nlp.Embedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Empty, tiny, boilerplate-only, unspaced-script and mass-duplicate corpora. */
class BadInputTest {

  /** An embedder that fails: none of these corpora may need one. */
  private static final Embedder NO_EMBEDDINGS =
      text -> {
        throw new AssertionError("no embedding needed here");
      };

  private final CopyFinder finder = new CopyFinder(ProvenanceConfig.DEFAULT, () -> NO_EMBEDDINGS);

  private static final String REPORT =
      "Floodwater from the breached Ostrava Lake dam reached the old town of Pellham before dawn"
          + " on Tuesday, officials said, and nine people were confirmed dead by the evening. Rescue"
          + " crews searched the streets on the eastern side of town throughout the night.";

  @Test
  void emptyAndOneWordArticlesStandAlone() {
    List<Article> in =
        List.of(
            Texts.raw("e1", ""),
            Texts.raw("e2", ""),
            Texts.raw("w1", "Flood"),
            Texts.raw("w2", "Flood"));
    List<CopyLink> out = finder.detect(in, new AnalysisCache());
    assertThat(out).extracting(CopyLink::relation).containsOnly(Relation.INDEPENDENT);
    assertThat(out).extracting(CopyLink::origin).containsOnlyNulls();
  }

  @Test
  void boilerplateOnlyArticlesAreNotCopies() {
    Article a =
        Texts.cleaned("a.txt", "Share post:\n\n[ad_1]\n\nSource link\n\nRelated articles\n");
    Article b =
        Texts.cleaned("b.txt", "Share post:\n\n[ad_1]\n\nSource link\n\nRelated articles\n");
    List<CopyLink> out = finder.detect(List.of(a, b), new AnalysisCache());
    assertThat(out).extracting(CopyLink::derivedFrom).containsOnlyNulls();
  }

  @Test
  void tenThousandIdenticalCopiesLinkToOneOriginInLinearTime() {
    List<Article> in = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      in.add(Texts.raw("c" + i, REPORT));
    }
    List<CopyLink> out = finder.detect(in, new AnalysisCache());
    assertThat(out).hasSize(10_000);
    assertThat(out.get(0).relation()).isEqualTo(Relation.INDEPENDENT);
    assertThat(out.subList(1, out.size()))
        .allSatisfy(
            l -> {
              assertThat(l.relation()).isEqualTo(Relation.VERBATIM);
              assertThat(l.origin()).isEqualTo("c0");
            });
    assertThat(new Independence(out).independentSources(in.stream().map(Article::id).toList()))
        .isEqualTo(1);
  }

  @Test
  void textsWithoutSpacesAreComparedCharacterByCharacter() {
    String zh = "星期二清晨，奥斯特拉瓦湖大坝决堤，洪水涌入佩勒姆老城。官员说，到晚上已确认九人死亡。救援人员整夜在城东的街道上搜索。";
    String th =
        "เขื่อนแตกเมื่อเช้าวันอังคาร น้ำท่วมเมืองเก่าอย่างรวดเร็ว เจ้าหน้าที่ยืนยันผู้เสียชีวิตเก้าราย";
    List<Article> in =
        List.of(
            Texts.raw("zh1", zh),
            Texts.raw("zh2", zh.substring(0, zh.lastIndexOf("救援"))),
            Texts.raw("th1", th + " ทีมกู้ภัยค้นหาตลอดคืน"),
            Texts.raw("th2", th));
    List<CopyLink> out = finder.detect(in, new AnalysisCache());
    assertThat(out.get(1).derivedFrom()).isEqualTo("zh1");
    assertThat(out.get(3).derivedFrom()).isEqualTo("th1");
    assertThat(out.get(0).derivedFrom()).isNull();
  }
}
