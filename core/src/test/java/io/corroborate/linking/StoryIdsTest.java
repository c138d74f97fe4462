package io.corroborate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Event;
import io.corroborate.model.StoryDraft;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Story and event ids as INTERFACES.md (Identity) says they move. */
class StoryIdsTest {

  private static StoryDraft story(String... articles) {
    return new StoryDraft(
        null, null, List.of(articles), List.of(new Event("tmp", null, null, List.of(articles))));
  }

  private static List<String> ids(List<StoryDraft> drafts) {
    List<String> out = new ArrayList<>();
    for (StoryDraft d : drafts) {
      out.add(d.id());
    }
    return out;
  }

  @Test
  void newClustersGetNewIdsInOrder() {
    StoryIds ids = new StoryIds();
    List<StoryDraft> out = ids.assign(List.of(story("a", "b"), story("c")));
    assertThat(ids(out)).containsExactly("s1", "s2");
    assertThat(out.get(0).events()).extracting(Event::id).containsExactly("e1");
    assertThat(out.get(1).events()).extracting(Event::id).containsExactly("e2");
  }

  @Test
  void aGrowingClusterKeepsItsId() {
    StoryIds ids = new StoryIds();
    ids.assign(List.of(story("a", "b"), story("c")));
    List<StoryDraft> out = ids.assign(List.of(story("c", "d"), story("a", "b", "e")));
    assertThat(ids(out)).containsExactly("s2", "s1");
  }

  @Test
  void whenTwoStoriesMergeTheOlderIdWinsAndTheOtherBecomesItsAlias() {
    StoryIds ids = new StoryIds();
    ids.assign(List.of(story("a", "b"), story("c", "d")));
    List<StoryDraft> out = ids.assign(List.of(story("c", "d", "a", "b")));
    assertThat(ids(out)).containsExactly("s1");
    assertThat(ids.resolve("s2")).isEqualTo("s1");
    assertThat(ids.aliasesOf("s1")).containsExactly("s2");
  }

  @Test
  void aSplitKeepsTheIdWithTheLargerPartAndTheRestIsNew() {
    StoryIds ids = new StoryIds();
    ids.assign(List.of(story("a", "b", "c")));
    List<StoryDraft> out = ids.assign(List.of(story("c"), story("a", "b")));
    assertThat(ids(out)).containsExactly("s2", "s1");
    assertThat(ids.resolve("s1")).isEqualTo("s1");
  }

  @Test
  void idsAreNeverReusedAndUntouchedStoriesStay() {
    StoryIds ids = new StoryIds();
    ids.assign(List.of(story("a"), story("b")));
    ids.assign(List.of(story("a", "b")));
    // only the touched story is given again: s1 holds a and b; new articles make new ids
    List<StoryDraft> out = ids.assign(List.of(story("x")));
    assertThat(ids(out)).containsExactly("s3");
    assertThat(ids.resolve("s1")).isEqualTo("s1");
    assertThat(ids.resolve("s2")).isEqualTo("s1");
  }

  @Test
  void theSameClustersInTheSameOrderGetTheSameIds() {
    List<List<StoryDraft>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      StoryIds ids = new StoryIds();
      ids.assign(List.of(story("a"), story("b", "c")));
      runs.add(ids.assign(List.of(story("b", "c", "d"), story("a", "e"), story("f"))));
    }
    assertThat(runs.get(1)).isEqualTo(runs.get(0));
  }

  @Test
  void aSavedStateContinuesWhereItStopped() {
    StoryIds first = new StoryIds();
    first.assign(List.of(story("a", "b"), story("c")));
    first.assign(List.of(story("a", "b", "c")));
    StoryIds restored = new StoryIds(first.state());
    List<StoryDraft> a = first.assign(List.of(story("a", "b", "c", "d"), story("z")));
    List<StoryDraft> b = restored.assign(List.of(story("a", "b", "c", "d"), story("z")));
    assertThat(b).isEqualTo(a);
    assertThat(restored.state()).isEqualTo(first.state());
    assertThat(restored.resolve("s2")).isEqualTo("s1");
  }
}
