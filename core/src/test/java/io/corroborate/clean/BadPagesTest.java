package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.ingest.RawDocument;
import io.corroborate.model.Article;
import io.corroborate.model.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages whose main text is not an article (comments, links, a poll, a gallery, code, a login wall)
 * and the general mechanisms that keep such text out of an article's body. The fixtures in {@code
 * clean/bad-pages} are written for this project; none is taken from real pages.
 */
class BadPagesTest {

  private final ArticleCleaner cleaner = new ArticleCleaner();

  private Article clean(String fixture) {
    String path = "/clean/bad-pages/" + fixture;
    try (InputStream in = BadPagesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return cleaner.clean(RawDocument.of(fixture, InputKind.HTML, html));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  @Test
  void aFooterNameOnTheWrapperOfThePageDoesNotEmptyIt() {
    Article a = clean("footer-wrapper.html");
    assertThat(a.body())
        .contains("two keepers will live at the Carn Point light")
        .contains("the first supply boat is due at the slipway");
  }

  @Test
  void repeatedBlocksWithANameAndADateAreCommentsWhateverTheirClass() {
    Article a = clean("comment-thread.html");
    assertThat(a.body())
        .contains("lost about a third of their blossom")
        .doesNotContain("south slope")
        .doesNotContain("smudge pots")
        .doesNotContain("farmgate_joe");
  }

  @Test
  void aPageOfCommentsOnlyGivesNoArticle() {
    Article a = clean("only-comments.html");
    assertThat(a.body())
        .doesNotContain("night tram")
        .doesNotContain("bus timetable")
        .doesNotContain("Mill Lane");
  }

  @Test
  void aShortArticleIsNotBeatenByALongerCommentThread() {
    Article a = clean("short-article-long-comments.html");
    assertThat(a.body())
        .contains("footbridge reopened on Friday morning")
        .contains("Cyclists must still dismount")
        .doesNotContain("Six weeks for a few planks")
        .doesNotContain("lighting on the path");
  }

  @Test
  void leakedScriptTextIsNotProse() {
    Article a = clean("leaked-script.html");
    assertThat(a.body())
        .contains("stay open until nine in the evening")
        .contains("homework club")
        .doesNotContain("siteQueue")
        .doesNotContain("function");
  }

  @Test
  void aPageOfCodeGivesNoArticle() {
    Article a = clean("code-page.html");
    assertThat(a.body()).doesNotContain("XMLHttpRequest").doesNotContain("addEventListener");
  }

  @Test
  void theHeadlinePrintedAgainAtTheTopOfTheBodyIsDropped() {
    Article a = clean("headline-repeated.html");
    assertThat(a.body()).startsWith("More than forty thousand people visited");
  }

  @Test
  void aPageOfLinksGivesNoArticle() {
    Article a = clean("all-links.html");
    assertThat(a.body()).doesNotContain("harbour wall").doesNotContain("choir");
  }

  @Test
  void aPollIsNotAnArticle() {
    Article a = clean("poll.html");
    assertThat(a.body()).doesNotContain("41%").doesNotContain("keeps traffic moving");
    assertThat(words(a.body())).isLessThan(20);
  }

  @Test
  void aGalleryGivesAShortBodyWithoutCaptions() {
    Article a = clean("gallery.html");
    assertThat(a.body()).doesNotContain("Photo: K. Maren").doesNotContain("Crews line up");
  }

  @Test
  void aLoginWallKeepsTheTeaserAndSaysTheRestIsMissing() {
    Article a = clean("login-wall.html");
    assertThat(a.body()).contains("will cut two dredging contracts").doesNotContain("Password");
    assertThat(a.truncated()).isTrue();
    assertThat(a.paywalled()).isTrue();
  }
}
