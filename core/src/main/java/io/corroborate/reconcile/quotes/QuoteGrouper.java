package io.corroborate.reconcile.quotes;

import io.corroborate.model.Article;
import io.corroborate.model.FoundQuote;
import io.corroborate.model.Quote;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.QuoteMention;
import io.corroborate.nlp.NameClusters;
import io.corroborate.provenance.Independence;
import io.corroborate.util.DisjointSets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups a story's quotes: two quotes are one when most of the shorter one's word pairs are in the
 * other (a copy that trims, cuts or repunctuates the quote) and their speakers do not disagree. A
 * group's speaker is the most used of its speakers after normalising names across the story, its
 * text the fullest wording, its independent sources counted by {@link Independence}. Output order
 * is deterministic: speakers with the most independent sources first, then their quotes. Stateless
 * and thread-safe.
 */
public final class QuoteGrouper {

  /** Share of the shorter quote's word pairs the longer must hold. */
  public static final double DEFAULT_MIN_CONTAINMENT = 0.6;

  /** Quotes shorter than this many words join a group only when their words are equal. */
  public static final int DEFAULT_MIN_WORDS = 4;

  private final double minContainment;
  private final int minWords;

  /** A grouper with the default thresholds. */
  public QuoteGrouper() {
    this(DEFAULT_MIN_CONTAINMENT, DEFAULT_MIN_WORDS);
  }

  /** A grouper with the given thresholds. */
  public QuoteGrouper(double minContainment, int minWords) {
    if (!(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException(
          "minContainment must be in (0, 1]: minContainment=" + minContainment);
    }
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be positive: minWords=" + minWords);
    }
    this.minContainment = minContainment;
    this.minWords = minWords;
  }

  private record Item(Article article, int order, FoundQuote found, QuoteWords words) {
    Quote quote() {
      return found.quote();
    }
  }

  /** The quote groups of a story's articles (in story order). */
  public List<QuoteGroup> group(List<ArticleQuotes> articles, Independence independence) {
    List<Item> items = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      ArticleQuotes aq = articles.get(a);
      for (FoundQuote f : aq.quotes()) {
        items.add(new Item(aq.article(), a, f, new QuoteWords(f.quote().text())));
        if (f.quote().speaker() != null) {
          speakers.add(f.quote().speaker());
        }
      }
    }
    NameClusters names = NameClusters.of(speakers);
    DisjointSets sets = new DisjointSets(items.size());
    // candidate pairs share a word pair (or, for short quotes, all their words)
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      Set<Integer> candidates = new LinkedHashSet<>();
      for (String p : it.words().pairs) {
        List<Integer> seen = index.computeIfAbsent(p, k -> new ArrayList<>());
        if (seen.size() < 64) {
          candidates.addAll(seen);
        }
        seen.add(i);
      }
      String all = String.join(" ", it.words().words);
      List<Integer> sameWords = index.computeIfAbsent("=" + all, k -> new ArrayList<>());
      candidates.addAll(sameWords);
      sameWords.add(i);
      for (int j : candidates) {
        if (same(items.get(j), it, names)) {
          sets.union(i, j);
        }
      }
    }
    Map<Integer, List<Item>> byRoot = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    List<QuoteGroup> groups = new ArrayList<>();
    for (List<Item> members : byRoot.values()) {
      groups.add(toGroup(members, names, independence));
    }
    return order(groups);
  }

  private boolean same(Item a, Item b, NameClusters names) {
    if (a.article() == b.article() && a.quote().start() == b.quote().start()) {
      return false;
    }
    String sa = a.quote().speaker();
    String sb = b.quote().speaker();
    if (sa != null && sb != null && !names.same(sa, sb)) {
      return false;
    }
    int shorter = Math.min(a.words().words.size(), b.words().words.size());
    if (shorter < minWords) {
      return a.words().words.equals(b.words().words) && shorter > 0;
    }
    return a.words().containment(b.words()) >= minContainment;
  }

  private QuoteGroup toGroup(List<Item> members, NameClusters names, Independence independence) {
    members.sort(Comparator.comparingInt(Item::order).thenComparingInt(i -> i.quote().start()));
    Item fullest = members.get(0);
    for (Item m : members) {
      boolean better =
          m.quote().direct() && !fullest.quote().direct()
              || m.quote().direct() == fullest.quote().direct()
                  && m.words().words.size() > fullest.words().words.size();
      if (better) {
        fullest = m;
      }
    }
    Map<String, Integer> speakerVotes = new LinkedHashMap<>();
    for (Item m : members) {
      if (m.quote().speaker() != null) {
        speakerVotes.merge(names.canonical(m.quote().speaker()), 1, Integer::sum);
      }
    }
    String speaker = best(speakerVotes);
    Map<String, Integer> roleVotes = new LinkedHashMap<>();
    for (Item m : members) {
      String s = m.quote().speaker();
      if (m.quote().role() != null
          && (speaker == null ? s == null : s != null && names.canonical(s).equals(speaker))) {
        roleVotes.merge(m.quote().role(), 1, Integer::sum);
      }
    }
    String role = best(roleVotes);
    List<String> articleIds = new ArrayList<>();
    List<QuoteMention> mentions = new ArrayList<>();
    boolean direct = false;
    for (Item m : members) {
      if (!articleIds.contains(m.article().id())) {
        articleIds.add(m.article().id());
      }
      Quote q = m.quote();
      direct |= q.direct();
      String sentence = m.found().sentenceText();
      mentions.add(
          new QuoteMention(
              m.article().id(),
              q.start(),
              q.end(),
              q.speaker(),
              q.verb(),
              q.direct(),
              sentence,
              m.found().sentence().start(),
              m.found().sentence().end()));
    }
    return new QuoteGroup(
        fullest.quote().text().replaceAll("\\s+", " ").strip(),
        speaker,
        role,
        articleIds,
        independence.independentSources(articleIds),
        mentions,
        direct);
  }

  /** The most voted key; ties go to the longer, then the alphabetically first. */
  private static String best(Map<String, Integer> votes) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      String k = e.getKey();
      int v = e.getValue();
      if (best == null
          || v > n
          || v == n
              && (k.length() > best.length()
                  || k.length() == best.length() && k.compareTo(best) < 0)) {
        best = k;
        n = v;
      }
    }
    return best;
  }

  /** Speakers by their quotes' independent sources, unattributed last; quotes likewise. */
  private static List<QuoteGroup> order(List<QuoteGroup> groups) {
    Map<String, Integer> weight = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      QuoteGroup g = groups.get(i);
      String k = g.speaker() == null ? "" : g.speaker();
      weight.merge(k, g.independentSources(), Integer::sum);
      first.putIfAbsent(k, i);
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      idx.add(i);
    }
    idx.sort(
        Comparator.comparing((Integer i) -> groups.get(i).speaker() == null)
            .thenComparing(
                i -> -weight.get(groups.get(i).speaker() == null ? "" : groups.get(i).speaker()))
            .thenComparing(
                i -> first.get(groups.get(i).speaker() == null ? "" : groups.get(i).speaker()))
            .thenComparing(i -> -groups.get(i).independentSources())
            .thenComparing(i -> -groups.get(i).articleIds().size())
            .thenComparing(i -> i));
    List<QuoteGroup> out = new ArrayList<>();
    for (int i : idx) {
      out.add(groups.get(i));
    }
    return out;
  }
}
