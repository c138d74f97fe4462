package io.corroborate.pipeline;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.Story;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.provenance.Independence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the dossier from clean articles: copy detection over the corpus, stories and events, then
 * per story its figures and quotes. Stages exchange model records only; this class is the one place
 * that wires them. Thread-safe if its stages are.
 */
public final class Pipeline {

  private final Stages stages;

  /** A pipeline with the product's stages. */
  public Pipeline() {
    this(Stages.defaults());
  }

  /** A pipeline with the given stages. */
  public Pipeline(Stages stages) {
    this.stages = Objects.requireNonNull(stages, "stages");
  }

  /** Builds the dossier of the given articles; duplicates of an id are kept once. */
  public Dossier analyze(List<Article> articles) {
    return analyze(articles, new AnalysisCache());
  }

  /** Builds the dossier, sharing the given analyses. */
  public Dossier analyze(List<Article> articles, AnalysisCache cache) {
    return analyze(articles, cache, Progress.NONE);
  }

  /** Builds the dossier, sharing the given analyses and reporting progress by phase. */
  public Dossier analyze(List<Article> articles, AnalysisCache cache, Progress progress) {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.putIfAbsent(a.id(), a);
    }
    List<Article> unique = new ArrayList<>(byId.values());
    if (unique.isEmpty()) {
      return new Dossier(List.of(), List.of());
    }
    progress.start("finding copies", -1);
    List<CopyLink> links;
    try {
      links = stages.copies().detect(unique, cache);
    } finally {
      progress.finish();
    }
    Map<String, CopyLink> linkOf = new HashMap<>();
    for (CopyLink l : links) {
      linkOf.put(l.articleId(), l);
    }
    Independence independence = new Independence(links);
    List<StoryDraft> drafts =
        complete(stages.stories().cluster(unique, links, cache, progress), unique);

    List<Story> stories = new ArrayList<>(drafts.size());
    int n = 0;
    progress.start("figures and quotes", unique.size());
    try {
      for (StoryDraft d : drafts) {
        n++;
        List<Article> members = d.articleIds().stream().map(byId::get).toList();
        List<CopyLink> storyLinks = new ArrayList<>();
        for (String id : d.articleIds()) {
          CopyLink l = linkOf.get(id);
          if (l != null) {
            storyLinks.add(l);
          }
        }
        StoryContext ctx = new StoryContext(members, storyLinks, independence, cache);
        List<FigureGroup> figures = stages.figures().reconcile(ctx);
        List<QuoteGroup> quotes = stages.quotes().group(ctx);
        String title = d.title() != null ? d.title() : StoryTitles.title(members);
        stories.add(
            new Story("s" + n, title, d.articleIds(), d.events(), storyLinks, figures, quotes));
        progress.step(d.articleIds().size());
      }
    } finally {
      progress.finish();
    }
    return new Dossier(unique, stories);
  }

  /** Puts every article the clusterer left out into a story of its own. */
  private static List<StoryDraft> complete(List<StoryDraft> drafts, List<Article> articles) {
    Set<String> placed = new HashSet<>();
    List<StoryDraft> out = new ArrayList<>();
    for (StoryDraft d : drafts) {
      List<String> ids = d.articleIds().stream().filter(placed::add).toList();
      if (!ids.isEmpty()) {
        out.add(new StoryDraft(d.title(), ids, d.events()));
      }
    }
    for (Article a : articles) {
      if (placed.add(a.id())) {
        out.add(new StoryDraft(null, List.of(a.id()), List.of()));
      }
    }
    return out;
  }
}
