package io.corroborate.web;

import io.corroborate.ingest.ProblemListener;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.AnalysisStream;
import io.corroborate.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * A {@link DossierSource} over a dossier held in memory: the articles given at start-up are
 * analysed once, and articles accepted later are analysed alone and linked with all the others
 * again (phase 2 and 3 over every analysis, story ids continuing), so ids move as the contract
 * says. Readers see one immutable {@link DossierIndex} at a time; writers are serialised.
 * Thread-safe.
 */
public final class MemoryDossierSource implements DossierSource {

  private final Pipeline pipeline;
  private final ExecutorService pool;
  private final ProblemListener problems;
  private final Object writeLock = new Object();
  private final List<ArticleAnalysis> analyses = new ArrayList<>();
  private final StoryIds ids = new StoryIds();
  private volatile DossierIndex index;

  /**
   * Analyses {@code articles} with {@code pipeline} on {@code pool} and holds the result.
   *
   * @param problems receives articles that could not be analysed (they stand by their headline)
   */
  public MemoryDossierSource(
      Pipeline pipeline, List<Article> articles, ExecutorService pool, ProblemListener problems) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.pool = Objects.requireNonNull(pool, "pool");
    this.problems = Objects.requireNonNull(problems, "problems");
    synchronized (writeLock) {
      analyses.addAll(analyse(unique(articles, Set.of())));
      relink();
    }
  }

  /** The dossier as it stands. */
  public Dossier dossier() {
    return index.dossier();
  }

  private static List<Article> unique(List<Article> articles, Set<String> held) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      if (!held.contains(a.id())) {
        byId.putIfAbsent(a.id(), a);
      }
    }
    return new ArrayList<>(byId.values());
  }

  private List<ArticleAnalysis> analyse(List<Article> articles) {
    List<ArticleAnalysis> out = new ArrayList<>(articles.size());
    AnalysisStream stream = pipeline.analysisStream(pool, out::add, problems);
    for (Article a : articles) {
      stream.accept(a);
    }
    stream.finish();
    return out;
  }

  private void relink() {
    Dossier d = pipeline.link(List.copyOf(analyses), ids, Progress.NONE);
    Map<String, List<String>> aliases = new HashMap<>();
    Map<String, String> resolved = new HashMap<>();
    for (Story s : d.stories()) {
      List<String> old = ids.aliasesOf(s.id());
      aliases.put(s.id(), old);
      for (String a : old) {
        resolved.put(a, s.id());
      }
    }
    index = new DossierIndex(d, aliases, resolved);
  }

  @Override
  public StoryPage stories(StoryQuery query) {
    return index.stories(query);
  }

  @Override
  public Optional<StoryDossier> story(String id) {
    return index.story(id);
  }

  @Override
  public Optional<Article> article(String id) {
    return Optional.ofNullable(index.article(id));
  }

  @Override
  public Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(index.storyOf(articleId));
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    return index.search(text, limit);
  }

  @Override
  public boolean acceptsArticles() {
    return true;
  }

  @Override
  public List<AcceptedArticle> accept(List<Article> articles) {
    synchronized (writeLock) {
      Set<String> held = new LinkedHashSet<>();
      for (ArticleAnalysis a : analyses) {
        held.add(a.id());
      }
      List<Article> fresh = unique(articles, held);
      if (!fresh.isEmpty()) {
        List<ArticleAnalysis> added = analyse(fresh);
        int before = analyses.size();
        analyses.addAll(added);
        try {
          relink();
        } catch (RuntimeException e) {
          // nothing stored half: forget the new analyses and keep the dossier as it was
          analyses.subList(before, analyses.size()).clear();
          throw e;
        }
      }
      DossierIndex now = index;
      List<AcceptedArticle> out = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Article a : articles) {
        if (seen.add(a.id())) {
          Article held2 = now.article(a.id());
          out.add(new AcceptedArticle(a.id(), held2.source(), now.storyOf(a.id())));
        }
      }
      return out;
    }
  }
}
