package io.corroborate.web;

import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.Story;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable dossier with the lookups the server needs: stories by id and alias, articles by id,
 * story summaries, and an inverted index of words for the story list's word filter. Thread-safe
 * (immutable).
 */
final class DossierIndex {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final Dossier dossier;
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<String, String> storyOfArticle = new HashMap<>();
  private final Map<String, List<String>> aliases;
  private final Map<String, String> resolved;
  private final List<Entry> entries = new ArrayList<>();

  /** Word to the articles using it, made at the first query by words ({@link #postings()}). */
  private Map<String, Set<String>> postings;

  /**
   * Most bytes of rendered answers kept by {@link #memo}, gzipped: 256 MiB, the page and JSON of
   * some 3,000 stories of 50 articles.
   */
  static final long MEMO_BYTES = 256L * 1024 * 1024;

  private final LinkedHashMap<String, Rendered> memo = new LinkedHashMap<>(64, 0.75f, true);
  private long memoBytes;

  /** One story with what filters and sorts read. */
  private record Entry(
      StorySummary summary, Set<String> outlets, Set<String> languages, String words) {}

  DossierIndex(Dossier dossier, Map<String, List<String>> aliases, Map<String, String> resolved) {
    this.dossier = dossier;
    this.aliases = Map.copyOf(aliases);
    this.resolved = Map.copyOf(resolved);
    for (Article a : dossier.articles()) {
      articles.put(a.id(), a);
    }
    for (Story s : dossier.stories()) {
      stories.put(s.id(), s);
      for (String id : s.articleIds()) {
        storyOfArticle.put(id, s.id());
      }
      entries.add(entry(s));
    }
  }

  Dossier dossier() {
    return dossier;
  }

  /**
   * The answer kept under {@code key}, made from the text {@code make} renders when absent; the
   * least recently used answers are dropped beyond {@link #MEMO_BYTES}. Two threads may both make a
   * missing answer; one is kept.
   */
  Rendered memo(String key, java.util.function.Supplier<String> make) {
    synchronized (memo) {
      Rendered held = memo.get(key);
      if (held != null) {
        return held;
      }
    }
    Rendered made = Rendered.of(make.get());
    synchronized (memo) {
      Rendered before = memo.put(key, made);
      memoBytes += made.weight() - (before == null ? 0 : before.weight());
      for (var it = memo.entrySet().iterator(); memoBytes > MEMO_BYTES && it.hasNext(); ) {
        memoBytes -= it.next().getValue().weight();
        it.remove();
      }
    }
    return made;
  }

  /** Whether an answer is kept under {@code key}. */
  boolean kept(String key) {
    synchronized (memo) {
      return memo.containsKey(key);
    }
  }

  /** Whether the kept answers fill less than half of {@link #MEMO_BYTES}. */
  boolean memoHasRoom() {
    synchronized (memo) {
      return memoBytes < MEMO_BYTES / 2;
    }
  }

  /**
   * Takes over from {@code previous} (the index this one replaces) the texts made for stories that
   * did not change: a key of the form {@code "<kind> <storyId>"} names a text made from that
   * story's dossier alone (the story, its articles, its aliases), so it still holds when {@code
   * unchangedStories} names the story (same inputs, hence the same story and articles) and its
   * aliases are the same. Call before the index is shared.
   */
  void keepFrom(DossierIndex previous, Set<String> unchangedStories) {
    synchronized (previous.memo) {
      for (Map.Entry<String, Rendered> e : previous.memo.entrySet()) {
        String key = e.getKey();
        String story = key.substring(key.lastIndexOf(' ') + 1);
        if (unchangedStories.contains(story)
            && stories.containsKey(story)
            && Objects.equals(aliases.get(story), previous.aliases.get(story))) {
          memo.put(key, e.getValue());
          memoBytes += e.getValue().weight();
        }
      }
    }
  }

  Article article(String id) {
    return id == null ? null : articles.get(id);
  }

  String storyOf(String articleId) {
    return articleId == null ? null : storyOfArticle.get(articleId);
  }

  private Entry entry(Story s) {
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> languages = new LinkedHashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    StringBuilder text = new StringBuilder(s.title() == null ? "" : s.title());
    for (String id : s.articleIds()) {
      Article a = articles.get(id);
      outlets.add(Outlets.name(a).toLowerCase(Locale.ROOT));
      if (a.language() != null) {
        languages.add(a.language().toLowerCase(Locale.ROOT));
      }
      if (a.published() != null) {
        LocalDate d = a.published().date();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
      text.append(' ').append(a.title() == null ? "" : a.title());
    }
    int conflicts = 0;
    for (FigureGroup g : s.figures()) {
      if (g.conflicting()) {
        conflicts++;
      }
    }
    StorySummary summary =
        new StorySummary(
            s.id(),
            s.title(),
            first == null ? null : first.toString(),
            last == null ? null : last.toString(),
            s.articleIds().size(),
            outlets.size(),
            s.independentSources(),
            conflicts,
            aliases.getOrDefault(s.id(), List.of()));
    return new Entry(summary, outlets, languages, text.toString().toLowerCase(Locale.ROOT));
  }

  StoryPage stories(StoryQuery q) {
    int offset = decodeCursor(q.cursor());
    List<String> wanted = q.text() == null ? List.of() : words(q.text());
    String outlet = q.outlet() == null ? null : q.outlet().strip().toLowerCase(Locale.ROOT);
    String language = q.language() == null ? null : q.language().strip().toLowerCase(Locale.ROOT);
    List<Entry> matched = new ArrayList<>();
    for (Entry e : entries) {
      StorySummary s = e.summary();
      if (outlet != null && !outlet.isEmpty() && !e.outlets().contains(outlet)) {
        continue;
      }
      if (language != null && !language.isEmpty() && !e.languages().contains(language)) {
        continue;
      }
      if (q.since() != null
          && (s.lastDate() == null || s.lastDate().compareTo(q.since().toString()) < 0)) {
        continue;
      }
      if (q.until() != null
          && (s.firstDate() == null || s.firstDate().compareTo(q.until().toString()) > 0)) {
        continue;
      }
      if (!wanted.isEmpty() && !matchesWords(e, wanted)) {
        continue;
      }
      matched.add(e);
    }
    Comparator<StorySummary> latest =
        Comparator.comparing(
            StorySummary::lastDate, Comparator.nullsLast(Comparator.reverseOrder()));
    Comparator<StorySummary> order =
        switch (q.sort()) {
          case LATEST -> latest;
          case SIZE ->
              Comparator.comparingInt(StorySummary::articles).reversed().thenComparing(latest);
          case CONFLICTS ->
              Comparator.comparingInt(StorySummary::openConflicts).reversed().thenComparing(latest);
        };
    List<StorySummary> sorted =
        matched.stream().map(Entry::summary).sorted(order.thenComparing(StorySummary::id)).toList();
    int from = Math.min(offset, sorted.size());
    int to = Math.min(sorted.size(), from + q.limit());
    String next = to < sorted.size() ? encodeCursor(to) : null;
    return new StoryPage(sorted.subList(from, to), next);
  }

  private boolean matchesWords(Entry e, List<String> wanted) {
    Set<String> storyArticles = new LinkedHashSet<>(stories.get(e.summary().id()).articleIds());
    for (String w : wanted) {
      boolean inTitle = WORD.matcher(e.words()).results().anyMatch(m -> m.group().equals(w));
      if (inTitle) {
        continue;
      }
      Set<String> hits = postings().getOrDefault(w, Set.of());
      if (hits.stream().noneMatch(storyArticles::contains)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of every article's title and text, made when a story list is first filtered by words
   * rather than with the index: reading every text again took most of the time the server needs to
   * make its index after a change (seconds at 50,000 articles), and most indexes answer no such
   * query before the next change replaces them.
   */
  private synchronized Map<String, Set<String>> postings() {
    if (postings == null) {
      Map<String, Set<String>> p = new HashMap<>();
      for (Article a : dossier.articles()) {
        for (String w : words(a.title() + " " + a.body())) {
          p.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(a.id());
        }
      }
      postings = p;
    }
    return postings;
  }

  Optional<StoryDossier> story(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String current = stories.containsKey(id) ? id : resolved.get(id);
    if (current == null) {
      return Optional.empty();
    }
    Story s = stories.get(current);
    List<Article> list = s.articleIds().stream().map(articles::get).toList();
    return Optional.of(new StoryDossier(id, s, list, aliases.getOrDefault(current, List.of())));
  }

  /** Lower-case words (letters and digits) of a text; everything else separates them. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static String encodeCursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o" + offset).getBytes(StandardCharsets.UTF_8));
  }

  static int decodeCursor(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (s.startsWith("o") && s.length() < 12) {
        int n = Integer.parseInt(s.substring(1));
        if (n >= 0) {
          return n;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("cursor is not one this server gave: cursor=" + cursor);
  }
}
