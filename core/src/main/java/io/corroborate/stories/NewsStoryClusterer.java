package io.corroborate.stories;

import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Event;
import io.corroborate.model.NewsDate;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.nlp.Embedder;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.pipeline.Progress;
import io.corroborate.pipeline.StoryClusterer;
import io.corroborate.pipeline.StoryDraft;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's story clusterer: profiles every article (in parallel; the entity recogniser is the
 * expensive part, and its annotation is shared with the later stages through the analysis cache),
 * then feeds them one by one, in input order, to a {@link StreamClusterer}, so the batch result is
 * the stream's. Copies found by provenance are put with their source. Stories come out largest
 * first with their events by date; event ids ({@code e1}, {@code e2}, ...) are unique in the
 * dossier. Problems with the input (no text, no date, dates that cannot be right, duplicate ids)
 * are reported as warnings and clustered as well as they allow. Thread-safe.
 */
public final class NewsStoryClusterer implements StoryClusterer {

  private static final Logger LOG = LoggerFactory.getLogger(NewsStoryClusterer.class);

  private final StoryConfig config;
  private final Supplier<Embedder> embedder;
  private final DatePolicy dates;
  private final int threads;

  /**
   * A clusterer.
   *
   * @param embedder supplies the sentence embedder (null embedder: none)
   * @param threads threads that profile articles, at least 1
   */
  public NewsStoryClusterer(
      StoryConfig config, Supplier<Embedder> embedder, DatePolicy dates, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    this.config = Objects.requireNonNull(config, "config");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.threads = threads;
  }

  /** The product's settings: MiniLM embeddings, all cores, dates up to a year from today. */
  public static NewsStoryClusterer defaults() {
    return new NewsStoryClusterer(
        StoryConfig.DEFAULT,
        MiniLmEmbedder::shared,
        DatePolicy.of(Clock.systemUTC()),
        Runtime.getRuntime().availableProcessors());
  }

  @Override
  public List<StoryDraft> cluster(
      List<Article> articles, List<CopyLink> links, AnalysisCache cache) {
    return cluster(articles, links, cache, Progress.NONE);
  }

  @Override
  public List<StoryDraft> cluster(
      List<Article> articles, List<CopyLink> links, AnalysisCache cache, Progress progress) {
    Map<String, Article> unique = new LinkedHashMap<>();
    for (Article a : articles) {
      if (unique.putIfAbsent(a.id(), a) != null) {
        LOG.warn("stories: duplicate article id {} ({}): kept the first", a.id(), a.source());
      }
    }
    List<Article> input = new ArrayList<>(unique.values());
    if (input.isEmpty()) {
      return List.of();
    }
    List<ArticleProfile> profiles;
    progress.start("reading entities and dates", input.size());
    try {
      profiles = profiles(input, cache, progress);
    } finally {
      progress.finish();
    }
    report(input, profiles);
    CopyGroups groups = CopyGroups.of(input, links);
    StreamClusterer stream = new StreamClusterer(config);
    for (int i = 0; i < input.size(); i++) {
      stream.add(profiles.get(i), groups.keyOf(input.get(i).id()));
    }
    Map<String, ArticleProfile> byId = new HashMap<>();
    for (ArticleProfile p : profiles) {
      byId.put(p.id(), p);
    }
    return drafts(stream.stories(), byId);
  }

  private List<ArticleProfile> profiles(
      List<Article> input, AnalysisCache cache, Progress progress) {
    Embedder e = embedder.get();
    ProfileBuilder builder = new ProfileBuilder(cache, e, dates);
    int n = Math.min(threads, input.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "corroborate-stories");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<ArticleProfile>> futures = new ArrayList<>(input.size());
      for (Article a : input) {
        futures.add(pool.submit(() -> builder.profile(a)));
      }
      List<ArticleProfile> out = new ArrayList<>(input.size());
      for (int i = 0; i < input.size(); i++) {
        try {
          out.add(futures.get(i).get());
          progress.step(1);
        } catch (ExecutionException ex) {
          Article a = input.get(i);
          LOG.warn(
              "stories: {} could not be analysed ({}); clustered by its headline only",
              a.source(),
              ex.getCause().toString());
          out.add(ProfileBuilder.fallback(a, dates));
          progress.step(1);
        }
      }
      return out;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while profiling articles", ex);
    } finally {
      pool.shutdownNow();
    }
  }

  private void report(List<Article> input, List<ArticleProfile> profiles) {
    Map<String, String> bySource = new HashMap<>();
    for (Article a : input) {
      String other = bySource.putIfAbsent(a.source(), a.id());
      if (other != null) {
        LOG.warn(
            "stories: {} is given twice (articles {} and {}): both are clustered",
            a.source(),
            other,
            a.id());
      }
    }
    int undated = 0;
    for (int i = 0; i < input.size(); i++) {
      Article a = input.get(i);
      ArticleProfile p = profiles.get(i);
      if (a.published() != null && dates.believable(a.published().date()) == null) {
        LOG.warn(
            "stories: {} has an unbelievable date {}: ignored for clustering",
            a.source(),
            a.published());
      }
      if (p.date() == null) {
        undated++;
      }
      if (p.isEmpty()) {
        LOG.warn("stories: {} has no text to cluster on: it stands alone", a.source());
      }
    }
    if (undated > 0) {
      LOG.warn(
          "stories: {} of {} articles have no date, in their metadata or their text: their"
              + " events may be undated",
          undated,
          input.size());
    }
  }

  private static List<StoryDraft> drafts(
      List<List<List<String>>> stories, Map<String, ArticleProfile> byId) {
    List<List<List<String>>> ordered = new ArrayList<>(stories);
    ordered.sort((a, b) -> Integer.compare(size(b), size(a))); // stable: first arrival breaks ties
    List<StoryDraft> out = new ArrayList<>(ordered.size());
    int eventId = 0;
    for (List<List<String>> story : ordered) {
      List<ArticleProfile> all = new ArrayList<>();
      List<EventDraft> events = new ArrayList<>();
      for (List<String> ids : story) {
        List<ArticleProfile> members = ids.stream().map(byId::get).toList();
        all.addAll(members);
        events.add(new EventDraft(ids, members, EventDates.of(members)));
      }
      events.sort(
          (x, y) -> {
            if (x.date == null || y.date == null) {
              return x.date == null ? (y.date == null ? 0 : 1) : -1;
            }
            return x.date.compareTo(y.date);
          });
      List<Event> made = new ArrayList<>(events.size());
      for (EventDraft e : events) {
        eventId++;
        made.add(
            new Event(
                "e" + eventId,
                Titles.of(e.members),
                e.date == null ? null : NewsDate.of(e.date),
                e.ids));
      }
      List<String> articleIds = new ArrayList<>();
      for (EventDraft e : events) {
        articleIds.addAll(e.ids);
      }
      out.add(new StoryDraft(Titles.of(all), articleIds, made));
    }
    return out;
  }

  private record EventDraft(List<String> ids, List<ArticleProfile> members, LocalDate date) {}

  private static int size(List<List<String>> story) {
    int n = 0;
    for (List<String> e : story) {
      n += e.size();
    }
    return n;
  }
}
