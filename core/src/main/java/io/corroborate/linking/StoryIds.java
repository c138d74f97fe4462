package io.corroborate.linking;

import io.corroborate.model.Event;
import io.corroborate.model.StoryDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Gives stories and events ids that keep their meaning as clusters change, as INTERFACES.md
 * (Identity) says: each old id goes to the new cluster that holds most of its articles (ties: the
 * cluster listed first); when several old ids go to one cluster the oldest keeps it and the others
 * become its aliases; a cluster that no old id goes to gets a new id; an old id whose articles all
 * moved elsewhere becomes an alias of the cluster holding most of them. Ids are {@code s1}, {@code
 * s2}, ... and {@code e1}, {@code e2}, ... in the order they were first given, never reused, so the
 * same clusters in the same order always get the same ids. Not thread-safe; its {@link State} is
 * what a store saves.
 */
public final class StoryIds {

  /**
   * What the ids remember between runs.
   *
   * @param stories each live story id with its articles
   * @param events each live event id with its articles
   * @param aliases each retired id with the id that now answers for it
   * @param nextStory the number the next new story id gets
   * @param nextEvent the number the next new event id gets
   */
  public record State(
      Map<String, List<String>> stories,
      Map<String, List<String>> events,
      Map<String, String> aliases,
      long nextStory,
      long nextEvent) {

    /** Validates and freezes the fields. */
    public State {
      stories = freeze(stories);
      events = freeze(events);
      aliases = Map.copyOf(aliases == null ? Map.of() : aliases);
      if (nextStory < 1 || nextEvent < 1) {
        throw new IllegalArgumentException(
            "counters start at 1: nextStory=" + nextStory + ", nextEvent=" + nextEvent);
      }
    }

    /** No ids given yet. */
    public static State empty() {
      return new State(Map.of(), Map.of(), Map.of(), 1, 1);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
      Map<String, List<String>> out = new TreeMap<>();
      if (m != null) {
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
      }
      return java.util.Collections.unmodifiableMap(out);
    }
  }

  private final Ledger stories;
  private final Ledger events;

  /** Ids continuing from a saved state. */
  public StoryIds(State state) {
    Objects.requireNonNull(state, "state");
    this.stories = new Ledger("s", state.stories(), state.aliases(), state.nextStory());
    this.events = new Ledger("e", state.events(), state.aliases(), state.nextEvent());
  }

  /** Ids with nothing given yet. */
  public StoryIds() {
    this(State.empty());
  }

  /**
   * The clusters with their ids. Every cluster, story or event, gets an id; ids of the previous
   * assignment move as the class comment says. The clusters' order is kept.
   */
  public List<StoryDraft> assign(List<StoryDraft> clusters) {
    List<List<String>> storyMembers = new ArrayList<>();
    List<List<String>> eventMembers = new ArrayList<>();
    for (StoryDraft d : clusters) {
      storyMembers.add(d.articleIds());
      for (Event e : d.events()) {
        eventMembers.add(e.articleIds());
      }
    }
    List<String> storyIds = stories.assign(storyMembers);
    List<String> eventIds = events.assign(eventMembers);
    List<StoryDraft> out = new ArrayList<>(clusters.size());
    int e = 0;
    for (int i = 0; i < clusters.size(); i++) {
      StoryDraft d = clusters.get(i);
      List<Event> named = new ArrayList<>(d.events().size());
      for (Event ev : d.events()) {
        named.add(new Event(eventIds.get(e++), ev.title(), ev.date(), ev.articleIds()));
      }
      out.add(d.withIds(storyIds.get(i), named));
    }
    return out;
  }

  /** The id that answers for the given one now: itself when live, its cluster's when an alias. */
  public String resolve(String id) {
    String r = stories.resolve(id);
    return r != null ? r : events.resolve(id);
  }

  /** The retired ids of a live story. */
  public List<String> aliasesOf(String storyId) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> a : stories.aliases.entrySet()) {
      if (a.getValue().equals(storyId)) {
        out.add(a.getKey());
      }
    }
    out.sort(Ledger.OLDEST_FIRST);
    return out;
  }

  /** What to save to continue later. */
  public State state() {
    Map<String, String> aliases = new HashMap<>(stories.aliases);
    aliases.putAll(events.aliases);
    return new State(stories.live, events.live, aliases, stories.next, events.next);
  }

  /** The ids of one kind of cluster. */
  private static final class Ledger {

    static final java.util.Comparator<String> OLDEST_FIRST =
        java.util.Comparator.comparingLong(Ledger::number).thenComparing(s -> s);

    final String prefix;
    Map<String, List<String>> live;
    final Map<String, String> aliases = new HashMap<>();
    long next;

    Ledger(String prefix, Map<String, List<String>> live, Map<String, String> aliases, long next) {
      this.prefix = prefix;
      this.live = new LinkedHashMap<>(live);
      aliases.forEach(
          (k, v) -> {
            if (k.startsWith(prefix)) {
              this.aliases.put(k, v);
            }
          });
      this.next = next;
    }

    static long number(String id) {
      try {
        return Long.parseLong(id.substring(1));
      } catch (NumberFormatException e) {
        return Long.MAX_VALUE;
      }
    }

    String resolve(String id) {
      if (live.containsKey(id)) {
        return id;
      }
      String seen = id;
      for (int hops = 0; hops < 64 && aliases.containsKey(seen); hops++) {
        seen = aliases.get(seen);
        if (live.containsKey(seen)) {
          return seen;
        }
      }
      return null;
    }

    List<String> assign(List<List<String>> clusters) {
      Map<String, Integer> clusterOf = new HashMap<>();
      for (int c = 0; c < clusters.size(); c++) {
        for (String a : clusters.get(c)) {
          clusterOf.put(a, c);
        }
      }
      // each old id goes to the cluster holding most of its articles (ties: the first listed)
      Map<Integer, List<String>> claims = new TreeMap<>();
      Map<String, Integer> wentTo = new LinkedHashMap<>();
      List<String> old = new ArrayList<>(live.keySet());
      old.sort(OLDEST_FIRST);
      for (String id : old) {
        int[] count = new int[clusters.size()];
        int best = -1;
        for (String a : live.get(id)) {
          Integer c = clusterOf.get(a);
          if (c != null) {
            count[c]++;
            if (best < 0 || count[c] > count[best] || count[c] == count[best] && c < best) {
              best = c;
            }
          }
        }
        if (best >= 0) {
          wentTo.put(id, best);
          claims.computeIfAbsent(best, k -> new ArrayList<>()).add(id);
        }
      }
      String[] ids = new String[clusters.size()];
      Map<String, String> retired = new LinkedHashMap<>();
      for (Map.Entry<Integer, List<String>> e : claims.entrySet()) {
        List<String> claimants = e.getValue(); // oldest first
        ids[e.getKey()] = claimants.get(0);
        for (String other : claimants.subList(1, claimants.size())) {
          retired.put(other, claimants.get(0));
        }
      }
      for (int c = 0; c < clusters.size(); c++) {
        if (ids[c] == null) {
          ids[c] = prefix + next++;
        }
      }
      Map<String, List<String>> now = new LinkedHashMap<>();
      for (int c = 0; c < clusters.size(); c++) {
        now.put(ids[c], List.copyOf(clusters.get(c)));
      }
      // old ids none of whose articles are in any cluster stay live only if nothing replaced them
      for (String id : old) {
        if (!wentTo.containsKey(id) && !now.containsKey(id)) {
          now.put(id, live.get(id));
        }
      }
      aliases.putAll(retired);
      // an alias never points at a retired id
      for (Map.Entry<String, String> a : aliases.entrySet()) {
        String target = a.getValue();
        for (int hops = 0; hops < 64 && retired.containsKey(target); hops++) {
          target = retired.get(target);
        }
        a.setValue(target);
      }
      live = now;
      return List.of(ids);
    }
  }
}
