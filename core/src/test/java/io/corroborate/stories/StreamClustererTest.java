package io.corroborate.stories;

import static io.corroborate.stories.Profiles.names;
import static io.corroborate.stories.Profiles.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.ArticleProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamClustererTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 3);

  /** Two fictional stories: a dam breach in Marrowick and a ferry strike in Port Hallam. */
  static List<ArticleProfile> twoStories() {
    List<ArticleProfile> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.add(
          Profiles.of(
              "dam" + i,
              MARCH.plusDays(i % 2),
              names("l:marrowick", "o:calder valley water board", "p:darian lonechild"),
              words("dam", "breach", "flood", "evacuate", "water", "valley", "reservoir", "rescue"),
              0,
              0.1 * i));
      out.add(
          Profiles.of(
              "ferry" + i,
              MARCH.plusDays(i % 3),
              names("l:port hallam", "o:hallam ferry union", "p:ilona varga"),
              words("ferry", "strike", "union", "wage", "crossing", "harbour", "talks", "cancel"),
              6,
              0.1 * i));
    }
    return out;
  }

  private static List<List<List<String>>> run(List<ArticleProfile> profiles) {
    StreamClusterer s = new StreamClusterer(StoryConfig.DEFAULT);
    for (ArticleProfile p : profiles) {
      s.add(p, null);
    }
    return s.stories();
  }

  @Test
  void separatesUnrelatedStories() {
    List<List<List<String>>> stories = run(twoStories());
    assertThat(stories).hasSize(2);
    for (List<List<String>> story : stories) {
      List<String> ids = story.stream().flatMap(List::stream).toList();
      assertThat(ids).hasSize(5);
      assertThat(ids.stream().map(id -> id.replaceAll("\\d", "")).distinct()).hasSize(1);
    }
  }

  @Test
  void theSameOrderGivesTheSameResult() {
    List<ArticleProfile> p = twoStories();
    Collections.shuffle(p, new Random(3));
    assertThat(run(p)).isEqualTo(run(p));
  }

  @Test
  void anyOrderFindsTheSameGroups() {
    List<ArticleProfile> p = twoStories();
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(p, new Random(seed));
      List<List<List<String>>> stories = run(p);
      assertThat(stories).hasSize(2);
    }
  }

  @Test
  void aCopyJoinsItsSourceEvenWhenItLooksUnrelated() {
    List<ArticleProfile> p = twoStories();
    StreamClusterer s = new StreamClusterer(StoryConfig.DEFAULT);
    for (ArticleProfile a : p) {
      s.add(a, a.id().equals("dam2") ? "copies:1" : null);
    }
    // a bare reprint with nothing in common with its source but the copy link
    s.add(
        Profiles.of(
            "reprint",
            MARCH,
            names("o:newsmill hub"),
            words("subscribe", "newsletter", "advert"),
            11,
            0),
        "copies:1");
    List<String> withReprint = storyOf(s, "reprint");
    assertThat(withReprint).contains("dam2", "dam0");
  }

  @Test
  void aCopyArrivingBeforeItsSourceStillEndsWithIt() {
    StreamClusterer s = new StreamClusterer(StoryConfig.DEFAULT);
    s.add(Profiles.of("reprint", MARCH, names("o:newsmill hub"), words("advert"), 11, 0), "g");
    for (ArticleProfile a : twoStories()) {
      s.add(a, a.id().equals("ferry3") ? "g" : null);
    }
    List<String> withReprint = storyOf(s, "reprint");
    assertThat(withReprint).contains("ferry3", "ferry0");
  }

  @Test
  void articlesWithNothingToMatchOnStandAlone() {
    StreamClusterer s = new StreamClusterer(StoryConfig.DEFAULT);
    for (ArticleProfile a : twoStories()) {
      s.add(a, null);
    }
    s.add(
        new ArticleProfile(
            "empty",
            null,
            null,
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            java.util.Map.of(),
            new float[0],
            null,
            false,
            java.util.Map.of()),
        null);
    assertThat(s.stories()).hasSize(3);
    assertThat(s.stories().get(2)).isEqualTo(List.of(List.of("empty")));
  }

  @Test
  void storiesFarApartInTimeStayApart() {
    List<ArticleProfile> p = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      p.add(
          Profiles.of(
              "old" + i,
              LocalDate.of(2019, 6, 1).plusDays(i),
              names("l:marrowick", "o:calder valley water board"),
              words("dam", "inspection", "report", "seepage", "valley"),
              0,
              0.05 * i));
      p.add(
          Profiles.of(
              "new" + i,
              MARCH.plusDays(i),
              names("l:marrowick", "o:calder valley water board"),
              words("dam", "inspection", "report", "seepage", "valley"),
              0,
              0.05 * i));
    }
    List<List<List<String>>> stories = run(p);
    for (List<List<String>> story : stories) {
      List<String> ids = story.stream().flatMap(List::stream).toList();
      assertThat(ids.stream().map(id -> id.replaceAll("\\d", "")).distinct()).hasSize(1);
    }
  }

  @Test
  void countsStoriesAndEvents() {
    StreamClusterer s = new StreamClusterer(StoryConfig.DEFAULT);
    for (ArticleProfile a : twoStories()) {
      s.add(a, null);
    }
    assertThat(s.size()).isEqualTo(10);
    assertThat(s.storyCount()).isEqualTo(2);
    assertThat(s.eventCount()).isGreaterThanOrEqualTo(2);
  }

  /** The articles of the story holding {@code id}. */
  private static List<String> storyOf(StreamClusterer s, String id) {
    return s.stories().stream()
        .filter(st -> st.stream().flatMap(List::stream).anyMatch(id::equals))
        .findFirst()
        .orElseThrow()
        .stream()
        .flatMap(List::stream)
        .toList();
  }
}
