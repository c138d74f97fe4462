package io.corroborate.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchStateTest {

  @Test
  void savesAndLoadsEveryField(@TempDir Path dir) throws IOException {
    WatchState s = new WatchState();
    FeedState f = s.feed("https://news.test/feed.xml");
    f.markSeen(List.of("guid:1", "link:https://news.test/a"));
    f.validators("\"v7\"", "Tue, 14 Jan 2025 09:30:00 GMT");
    f.polled(Instant.parse("2026-01-14T09:00:00Z"));
    f.added(3);
    f.failed("HTTP 500", Instant.parse("2026-01-14T09:20:00Z"));
    Path file = dir.resolve("state.json");

    s.save(file);
    WatchState back = WatchState.load(file);

    assertThat(back.toJson()).isEqualTo(s.toJson());
    FeedState g = back.feed("https://news.test/feed.xml");
    assertThat(g.seenKeys()).containsExactly("guid:1", "link:https://news.test/a");
    assertThat(g.etag()).isEqualTo("\"v7\"");
    assertThat(g.failures()).isEqualTo(1);
    assertThat(g.lastError()).isEqualTo("HTTP 500");
    assertThat(g.articlesAdded()).isEqualTo(3);
    assertThat(g.nextPoll()).isEqualTo(Instant.parse("2026-01-14T09:20:00Z"));
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void aMissingFileIsEmptyStateAndABadOneIsNamed(@TempDir Path dir) throws IOException {
    assertThat(WatchState.load(dir.resolve("none.json")).feeds()).isEmpty();
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"version\": 9, \"feeds\": []}");
    assertThatThrownBy(() -> WatchState.load(bad))
        .hasMessageStartingWith(bad + ": watch state version 9");
  }

  @Test
  void seenKeysStayBoundedToTheFeedAndSomeSlack() {
    FeedState f = new FeedState("https://news.test/feed.xml");
    for (int i = 0; i < 100; i++) {
      f.markSeen(List.of("guid:" + i));
    }
    f.retain(List.of("guid:0", "guid:1"), 10);
    assertThat(f.seenKeys()).hasSize(10).endsWith("guid:0", "guid:1").contains("guid:99");
  }
}
