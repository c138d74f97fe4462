package io.corroborate.pipeline;

import io.corroborate.analysis.AnalysisException;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.phases.Progress;
import io.corroborate.stories.DatePolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Wires the three phases: every article is analysed once (phase 1, in parallel, results kept in
 * input order), the analyses are linked (phase 2: copies, then stories fed one analysis at a time
 * in input order, with ids from {@link StoryIds}), and each story is synthesised from its analyses
 * and links (phase 3). Only analyses stay in memory, never a language parse. An article whose
 * analysis fails is reported once, naming its source and the part that failed, and stands in its
 * story by its headline. This class is the one place that wires the phases; the CLI, the web server
 * and a Spark job call it or the phases themselves. Thread-safe if its stages are.
 */
public final class Pipeline {

  private final Stages stages;
  private final Clock clock;

  /** A pipeline with the product's stages and the system clock. */
  public Pipeline() {
    this(Stages.defaults(), Clock.systemUTC());
  }

  /** A pipeline with the given stages. */
  public Pipeline(Stages stages) {
    this(stages, Clock.systemUTC());
  }

  /** A pipeline with the given stages and clock (dates of fallback analyses are judged by it). */
  public Pipeline(Stages stages, Clock clock) {
    this.stages = Objects.requireNonNull(stages, "stages");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The stages. */
  public Stages stages() {
    return stages;
  }

  /** Builds the dossier of the given articles on all cores, reporting nothing. */
  public Dossier analyze(List<Article> articles) {
    return analyze(articles, Progress.NONE);
  }

  /** Builds the dossier of the given articles on all cores; duplicates of an id are kept once. */
  public Dossier analyze(List<Article> articles, Progress progress) {
    ExecutorService pool = Workers.pool(Runtime.getRuntime().availableProcessors(), "analysis");
    try {
      return analyze(articles, progress, p -> {}, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The articles with each id once, the first kept; a later article with the id of an earlier one
   * from another source is reported (the same address, given id or text).
   */
  public static List<Article> unique(List<Article> articles, ProblemListener problems) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      Article first = byId.putIfAbsent(a.id(), a);
      if (first != null && !first.source().equals(a.source())) {
        problems.onProblem(
            Problem.sameArticle(a.source(), first.source(), ": kept the first", true));
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * Builds the dossier of the given articles: phase 1 on the executor, then phases 2 and 3.
   * Problems (an article that could not be analysed) go to {@code problems}.
   */
  public Dossier analyze(
      List<Article> articles, Progress progress, ProblemListener problems, ExecutorService pool) {
    List<Article> unique = unique(articles, problems);
    if (unique.isEmpty()) {
      return new Dossier(List.of(), List.of());
    }
    List<ArticleAnalysis> analyses = new ArrayList<>(unique.size());
    AnalysisStream stream = analysisStream(pool, analyses::add, problems);
    progress.start("analysing articles", unique.size());
    try {
      for (Article a : unique) {
        stream.accept(a);
        progress.step(1);
      }
      stream.finish();
    } finally {
      progress.finish();
    }
    return link(analyses, new StoryIds(), progress);
  }

  /**
   * Phase 1 as a stream: articles go in, their analyses come out to {@code sink} in the order the
   * articles went in, computed on the executor with a bounded window.
   */
  public AnalysisStream analysisStream(
      ExecutorService pool,
      java.util.function.Consumer<ArticleAnalysis> sink,
      ProblemListener problems) {
    return new AnalysisStream(pool, this::analyzeOne, sink, problems);
  }

  /**
   * The analysis of one article; when it fails, the failure is reported and the article gets a
   * headline-only analysis so that it still stands in a story.
   */
  ArticleAnalysis analyzeOne(Article a, ProblemListener problems) {
    try {
      return stages
          .analyzer()
          .analyze(a, warning -> problems.onProblem(new Problem(a.source(), warning, false)));
    } catch (AnalysisException e) {
      problems.onProblem(new Problem(a.source(), e.getMessage() + "; kept by its headline", false));
    } catch (RuntimeException | StackOverflowError e) {
      problems.onProblem(
          new Problem(
              a.source(),
              "analysis failed: "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())
                  + "; kept by its headline",
              false));
    }
    return NewsArticleAnalyzer.fallback(a, DatePolicy.of(clock));
  }

  /**
   * Phases 2 and 3 over analyses in input order: copies, stories with ids continuing from {@code
   * ids}, then each story synthesised. Every article ends in exactly one story.
   */
  public Dossier link(List<ArticleAnalysis> analyses, StoryIds ids, Progress progress) {
    return link(analyses, ids, progress, StoryReuse.NONE);
  }

  /**
   * Phases 2 and 3 as {@link #link(List, StoryIds, Progress)}, except that a story {@code reuse}
   * answers for is taken as it is instead of being synthesised again (a store keeps the stories
   * whose inputs did not change).
   */
  public Dossier link(
      List<ArticleAnalysis> analyses, StoryIds ids, Progress progress, StoryReuse reuse) {
    return link(analyses, null, ids, progress, reuse);
  }

  /**
   * Phases 2 and 3 as {@link #link(List, StoryIds, Progress, StoryReuse)} with the copy links
   * already found (by a copy index that kept them), or found by the copy stage when {@code links}
   * is null.
   */
  public Dossier link(
      List<ArticleAnalysis> analyses,
      List<CopyLink> given,
      StoryIds ids,
      Progress progress,
      StoryReuse reuse) {
    return link(analyses, given, null, ids, progress, reuse);
  }

  /**
   * Phases 2 and 3 as {@link #link(List, List, StoryIds, Progress, StoryReuse)} with the stories
   * already clustered (by a saved clusterer fed the new articles), or clustered by the story stage
   * when {@code givenDrafts} is null. Drafts carry no ids yet: {@code ids} gives them.
   */
  public Dossier link(
      List<ArticleAnalysis> analyses,
      List<CopyLink> given,
      List<StoryDraft> givenDrafts,
      StoryIds ids,
      Progress progress,
      StoryReuse reuse) {
    Objects.requireNonNull(reuse, "reuse");
    Map<String, ArticleAnalysis> byId = new LinkedHashMap<>();
    for (ArticleAnalysis a : analyses) {
      byId.putIfAbsent(a.id(), a);
    }
    List<ArticleAnalysis> unique = new ArrayList<>(byId.values());
    if (unique.isEmpty()) {
      return new Dossier(List.of(), List.of());
    }
    List<CopyLink> links = given;
    if (links == null) {
      progress.start("finding copies", -1);
      try {
        links = stages.copies().detect(unique);
      } finally {
        progress.finish();
      }
    }
    progress.start("clustering stories", -1);
    List<StoryDraft> drafts;
    try {
      List<StoryDraft> clustered =
          givenDrafts != null ? givenDrafts : stages.stories().cluster(unique, links);
      drafts = ids.assign(complete(clustered, unique.stream().map(ArticleAnalysis::id).toList()));
    } finally {
      progress.finish();
    }
    Map<String, CopyLink> linkOf = new HashMap<>();
    for (CopyLink l : links) {
      linkOf.put(l.articleId(), l);
    }
    List<Story> stories = new ArrayList<>(drafts.size());
    progress.start("figures and quotes", unique.size());
    try {
      for (StoryDraft d : drafts) {
        List<ArticleAnalysis> members = d.articleIds().stream().map(byId::get).toList();
        List<CopyLink> storyLinks = new ArrayList<>();
        for (String id : d.articleIds()) {
          CopyLink l = linkOf.get(id);
          if (l != null) {
            storyLinks.add(l);
          }
        }
        Story kept = reuse.reuse(d, members, storyLinks);
        stories.add(kept != null ? kept : stages.synthesis().synthesize(d, members, storyLinks));
        progress.step(d.articleIds().size());
      }
    } finally {
      progress.finish();
    }
    List<Article> articles = unique.stream().map(ArticleAnalysis::article).toList();
    return new Dossier(articles, stories);
  }

  /**
   * The drafts as linking hands them to phase 3: each article in the first draft that names it, and
   * every article no draft names (of {@code articleIds}, in order) in a story of its own.
   */
  public static List<StoryDraft> complete(List<StoryDraft> drafts, List<String> articleIds) {
    Set<String> placed = new HashSet<>();
    List<StoryDraft> out = new ArrayList<>();
    for (StoryDraft d : drafts) {
      List<String> ids = d.articleIds().stream().filter(placed::add).toList();
      if (!ids.isEmpty()) {
        out.add(new StoryDraft(d.id(), d.title(), ids, d.events()));
      }
    }
    for (String id : articleIds) {
      if (placed.add(id)) {
        out.add(new StoryDraft(null, null, List.of(id), List.of()));
      }
    }
    return out;
  }
}
