package io.corroborate.reconcile;

import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Figure;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureKind;
import io.corroborate.model.FigureMention;
import io.corroborate.model.FoundFigure;
import io.corroborate.nlp.Embedder;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.nlp.NameClusters;
import io.corroborate.phases.FigureStage;
import io.corroborate.phases.StoryContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figure stage of phase 3: takes every article's figures from its analysis, groups the mentions
 * that count the same thing across the story, and judges each group (conflicts, compatible
 * qualifiers, updates in date order, wording differences), counting independent sources through the
 * story's copy graph and independent claimants after normalising their names. Thread-safe.
 */
public final class FigureReconciler implements FigureStage {

  /** Longest sentence kept with a mention, in characters. */
  static final int MAX_SENTENCE = 600;

  private final Embedder embedder;

  /** The product's figure stage: the shared sentence embeddings. */
  public FigureReconciler() {
    this(null);
  }

  /**
   * A figure stage with the given sentence embeddings.
   *
   * @param embedder sentence embeddings, or null for the shared MiniLM model (loaded on first use)
   */
  public FigureReconciler(Embedder embedder) {
    this.embedder = embedder;
  }

  @Override
  public List<FigureGroup> reconcile(StoryContext story) {
    // the figures were found once, in phase 1; they are read from the analyses in story order
    int year = KeyFigures.storyYear(story.articles());
    List<Mention> mentions = new ArrayList<>();
    for (ArticleAnalysis analysis : story.analyses()) {
      Article a = analysis.article();
      for (FoundFigure f : analysis.figures()) {
        if (groupable(f.figure())) {
          Mention m = new Mention(mentions.size(), a, f);
          if (KeyFigures.admit(m, year)) {
            mentions.add(m);
          }
        }
      }
    }
    if (mentions.isEmpty()) {
      return List.of();
    }
    List<String> claimantNames = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.figure.claimant() != null) {
        claimantNames.add(m.figure.claimant());
      }
    }
    NameClusters names = NameClusters.of(claimantNames);
    for (Mention m : mentions) {
      m.claimant = m.figure.claimant() == null ? null : names.canonical(m.figure.claimant());
    }
    Embedder e = embedder != null ? embedder : MiniLmEmbedder.shared();
    List<List<Mention>> groups =
        new MentionGrouper(e, MentionGrouper.DEFAULT_MAX_RATIO, MentionGrouper.DEFAULT_THRESHOLD)
            .group(mentions);
    groups = MentionGrouper.joinRepeats(groups);
    List<FigureGroup> out = new ArrayList<>();
    List<Integer> firstOrder = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (List<Mention> g : groups) {
      FigureGroup fg = toGroup(g, story);
      out.add(fg);
      firstOrder.add(g.get(0).order);
      scores.add(KeyFigures.score(g, fg.independentSources()));
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      idx.add(i);
    }
    idx.sort(
        Comparator.<Integer>comparingDouble(i -> -scores.get(i))
            .thenComparingInt(i -> -articles(out.get(i)))
            .thenComparingInt(i -> -out.get(i).mentions().size())
            .thenComparingInt(firstOrder::get));
    List<FigureGroup> sorted = new ArrayList<>(Math.min(out.size(), KeyFigures.MAX_GROUPS));
    for (int i : idx) {
      if (sorted.size() == KeyFigures.MAX_GROUPS) {
        break;
      }
      sorted.add(out.get(i));
    }
    return sorted;
  }

  /**
   * Figures reconciliation considers: quantities with a number, not ordinals, and not a bare "one"
   * ("one soldier was still alive"), which every story has and no reader needs reconciled.
   */
  static boolean groupable(Figure f) {
    boolean one =
        f.value() != null
            && f.value() == 1.0
            && (f.kind() == FigureKind.COUNT || f.kind() == FigureKind.OTHER);
    return f.kind() != FigureKind.ORDINAL
        && !one
        && (f.value() != null || f.low() != null || f.high() != null);
  }

  private static int articles(FigureGroup g) {
    Set<String> ids = new LinkedHashSet<>();
    for (FigureMention m : g.mentions()) {
      ids.add(m.articleId());
    }
    return ids.size();
  }

  private static FigureGroup toGroup(List<Mention> group, StoryContext story) {
    GroupVerdict verdict = GroupVerdict.of(group);
    GroupStatus status = GroupStatus.of(group, verdict);
    Set<Mention> updates = new LinkedHashSet<>(verdict.updates());
    List<FigureMention> mentions = new ArrayList<>();
    Map<Mention, FigureMention> byMention = new LinkedHashMap<>();
    Set<String> articleIds = new LinkedHashSet<>();
    Set<String> claimants = new LinkedHashSet<>();
    Map<String, Integer> about = new LinkedHashMap<>();
    Map<FigureKind, Integer> kinds = new LinkedHashMap<>();
    for (Mention m : group) {
      FigureMention fm = mention(m, updates.contains(m));
      mentions.add(fm);
      byMention.put(m, fm);
      articleIds.add(m.articleId());
      if (m.claimant != null) {
        claimants.add(m.claimant);
      }
      String words = m.figure.counts() != null ? m.figure.counts() : m.description;
      if (words != null && !words.isBlank()) {
        about.merge(m.description.isBlank() ? words : m.description, 1, Integer::sum);
      }
      kinds.merge(m.figure.kind(), 1, Integer::sum);
    }
    List<FigureMention> updateMentions = new ArrayList<>();
    for (Mention u : verdict.updates()) {
      updateMentions.add(byMention.get(u));
    }
    return new FigureGroup(
        mostCommon(about),
        mostCommon(kinds),
        mentions,
        FigureGroup.CONFLICTING.equals(status.status()),
        verdict.compatible(),
        updateMentions,
        story.independence().independentSources(articleIds),
        claimants.size(),
        verdict.wordings(),
        List.copyOf(claimants),
        status.status(),
        status.why());
  }

  private static <T> T mostCommon(Map<T, Integer> counts) {
    T best = null;
    int n = -1;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private static FigureMention mention(Mention m, boolean update) {
    Figure f = m.figure;
    Article a = m.article;
    int ss = m.found.sentence().start();
    int se = m.found.sentence().end();
    String sentence = m.found.sentenceText();
    if (sentence.length() > MAX_SENTENCE) {
      sentence = sentence.substring(0, MAX_SENTENCE) + "\u2026";
    }
    return new FigureMention(
        a.id(),
        f.value(),
        f.low(),
        f.high(),
        f.qualifier(),
        f.counts(),
        f.claimant(),
        f.timeScope(),
        f.hedged(),
        a.published(),
        sentence,
        f.start(),
        f.end(),
        f.text(),
        f.unit(),
        ss,
        se,
        update);
  }
}
