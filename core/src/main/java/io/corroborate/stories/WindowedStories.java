package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import io.corroborate.util.DisjointSets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Stories of a stream cut into windows (consecutive runs of the input order) that are clustered
 * apart, each by its own {@link StreamClusterer} (a Spark task), and then joined. Each window also
 * takes the last articles of the window before it (its overlap) ahead of its own, and two windows'
 * events that place one overlap article are one event, their stories one story; every article is
 * kept where its own window placed it. The stream clusterer depends on order, so the stories are
 * close to one stream's over the whole input, not equal: a story that grows across a border is
 * joined when the later window puts one of the overlap articles in it.
 */
public final class WindowedStories {

  private WindowedStories() {}

  /**
   * The stories of one window: its profiles (the overlap first, then its own) in input order with
   * their copy-group keys, as nested ids (stories, events, articles in arrival order).
   */
  public static List<List<List<String>>> cluster(
      StoryConfig config, List<ArticleProfile> profiles, List<String> keys) {
    if (profiles.size() != keys.size()) {
      throw new IllegalArgumentException(
          "profiles and keys differ in number: " + profiles.size() + ", " + keys.size());
    }
    StreamClusterer stream = new StreamClusterer(config);
    for (int i = 0; i < profiles.size(); i++) {
      stream.add(profiles.get(i), keys.get(i));
    }
    return stream.stories();
  }

  /**
   * Joins the windows' stories.
   *
   * @param windows each window's stories ({@link #cluster}), in window order
   * @param owner the window that owns an article (the one it is not overlap in)
   * @param position an article's place in the input
   * @return the stories as nested ids: stories by their first article, events by theirs, articles
   *     in input order
   */
  public static List<List<List<String>>> join(
      List<List<List<List<String>>>> windows,
      ToIntFunction<String> owner,
      ToLongFunction<String> position) {
    // every event of every window gets a number; an event's story is remembered by number too
    List<List<String>> events = new ArrayList<>();
    List<Integer> windowOf = new ArrayList<>();
    List<Integer> storyOf = new ArrayList<>();
    int stories = 0;
    for (int w = 0; w < windows.size(); w++) {
      for (List<List<String>> story : windows.get(w)) {
        for (List<String> event : story) {
          events.add(event);
          windowOf.add(w);
          storyOf.add(stories);
        }
        stories++;
      }
    }
    Map<String, Integer> ownEvent = new HashMap<>();
    for (int e = 0; e < events.size(); e++) {
      for (String id : events.get(e)) {
        if (owner.applyAsInt(id) == windowOf.get(e)) {
          ownEvent.putIfAbsent(id, e);
        }
      }
    }
    DisjointSets sameEvent = new DisjointSets(events.size());
    DisjointSets sameStory = new DisjointSets(stories);
    for (int e = 0; e < events.size(); e++) {
      for (String id : events.get(e)) {
        Integer own = ownEvent.get(id);
        if (own != null && own != e) {
          sameEvent.union(own, e);
          sameStory.union(storyOf.get(own), storyOf.get(e));
        }
      }
    }
    // each story's events, each event's own articles
    Map<Integer, Map<Integer, List<String>>> joined = new LinkedHashMap<>();
    for (int e = 0; e < events.size(); e++) {
      List<String> own = new ArrayList<>();
      for (String id : events.get(e)) {
        if (owner.applyAsInt(id) == windowOf.get(e) && ownEvent.get(id) == e) {
          own.add(id);
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      joined
          .computeIfAbsent(sameStory.find(storyOf.get(e)), k -> new LinkedHashMap<>())
          .computeIfAbsent(sameEvent.find(e), k -> new ArrayList<>())
          .addAll(own);
    }
    Comparator<String> byPosition = Comparator.comparingLong(position);
    Comparator<List<String>> byFirst =
        Comparator.comparingLong(l -> position.applyAsLong(l.get(0)));
    List<List<List<String>>> out = new ArrayList<>();
    for (Map<Integer, List<String>> story : joined.values()) {
      List<List<String>> evs = new ArrayList<>();
      for (List<String> ids : story.values()) {
        ids.sort(byPosition);
        evs.add(ids);
      }
      evs.sort(byFirst);
      out.add(evs);
    }
    out.sort(Comparator.comparing(s -> s.get(0), byFirst));
    return out;
  }
}
