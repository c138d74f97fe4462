package io.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowedStoriesTest {

  private static final Map<String, Integer> OWNER =
      Map.of("a1", 0, "a2", 0, "a3", 0, "a4", 0, "a5", 1, "a6", 1, "a7", 1);

  @Test
  void windowsThatPlaceAnOverlapArticleJoinTheirEventsAndStories() {
    // window 0 owns a1-a4; window 1 takes a3 and a4 as its overlap, then owns a5-a7
    List<List<List<String>>> first =
        List.of(List.of(List.of("a1", "a2"), List.of("a3")), List.of(List.of("a4")));
    List<List<List<String>>> second =
        List.of(
            List.of(List.of("a3", "a5")),
            List.of(List.of("a4"), List.of("a6")),
            List.of(List.of("a7")));

    List<List<List<String>>> joined =
        WindowedStories.join(
            List.of(first, second), OWNER::get, id -> Long.parseLong(id.substring(1)));

    assertThat(joined)
        .containsExactly(
            List.of(List.of("a1", "a2"), List.of("a3", "a5")),
            List.of(List.of("a4"), List.of("a6")),
            List.of(List.of("a7")));
  }

  @Test
  void anOverlapArticleThatTheLaterWindowPlacesElsewhereStaysWhereItsOwnWindowPutIt() {
    // window 1 puts overlap a4 with a5 and a6: a4's own story (a3, a4) takes a5 and a6 along
    List<List<List<String>>> first =
        List.of(List.of(List.of("a1", "a2")), List.of(List.of("a3", "a4")));
    List<List<List<String>>> second =
        List.of(List.of(List.of("a4", "a5", "a6")), List.of(List.of("a7")));

    List<List<List<String>>> joined =
        WindowedStories.join(
            List.of(first, second), OWNER::get, id -> Long.parseLong(id.substring(1)));

    assertThat(joined)
        .containsExactly(
            List.of(List.of("a1", "a2")),
            List.of(List.of("a3", "a4", "a5", "a6")),
            List.of(List.of("a7")));
    assertThat(joined.stream().flatMap(List::stream).mapToInt(List::size).sum()).isEqualTo(7);
  }
}
