package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.BlockKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    ClassNames.split(s, out);
    return out;
  }

  @Test
  void splitsAtPunctuationAndCamelCase() {
    assertThat(words("articleBody")).containsExactly("article", "body");
    assertThat(words("article__body--wide")).containsExactly("article", "body", "wide");
    assertThat(words("RelatedPosts2")).containsExactly("related", "posts2");
  }

  @Test
  void namesFurnitureByWholeWordsOnly() {
    assertThat(ClassNames.signals("share-bar", "") & ClassNames.FURNITURE).isNotZero();
    assertThat(ClassNames.signals("header-logo", "") & ClassNames.FURNITURE).isNotZero();
    assertThat(ClassNames.signals("shadow heading", "") & ClassNames.FURNITURE).isZero();
    assertThat(ClassNames.signals("", "comments") & ClassNames.NEVER_ARTICLE).isNotZero();
  }

  @Test
  void ignoresTaxonomyAndLayoutClassesAndNumberedIdentifiers() {
    assertThat(
            ClassNames.signals("post category-newsletter tag-sidebar", "") & ClassNames.FURNITURE)
        .isZero();
    assertThat(ClassNames.signals("no-sidebar", "") & ClassNames.FURNITURE).isZero();
    assertThat(ClassNames.signals("row player-2020-580", "") & ClassNames.FURNITURE).isZero();
    assertThat(ClassNames.signals("hidden-xs", "") & ClassNames.FURNITURE).isZero();
    assertThat(ClassNames.signals("hidden", "") & ClassNames.FURNITURE).isNotZero();
  }

  @Test
  void recognisesArticleBodyNames() {
    assertThat(ClassNames.signals("entry-content", "") & ClassNames.ARTICLE_BODY).isNotZero();
    assertThat(ClassNames.signals("", "storyBody") & ClassNames.ARTICLE_BODY).isNotZero();
    assertThat(ClassNames.signals("articletext", "") & ClassNames.ARTICLE_BODY).isNotZero();
  }

  @Test
  void headerAndTeaserAloneMayHoldALead() {
    assertThat(ClassNames.signals("article-header", "") & ClassNames.HEADER_ONLY).isNotZero();
    assertThat(ClassNames.signals("teaser share", "") & ClassNames.HEADER_ONLY).isZero();
  }

  @Test
  void saysWhichKindOfFurnitureANameIs() {
    assertThat(ClassNames.kindOf("wp-caption-text", "")).isEqualTo(BlockKind.PHOTO_CAPTION);
    assertThat(ClassNames.kindOf("social-share", "")).isEqualTo(BlockKind.SHARE_BAR);
    assertThat(ClassNames.kindOf("", "related-stories")).isEqualTo(BlockKind.RELATED_LINKS);
    assertThat(ClassNames.kindOf("modal", "")).isNull();
  }
}
