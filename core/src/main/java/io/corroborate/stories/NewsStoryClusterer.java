package io.corroborate.stories;

import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Event;
import io.corroborate.model.NewsDate;
import io.corroborate.model.StoryDraft;
import io.corroborate.phases.StoryClusterer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's story clusterer: feeds the profiles phase 1 made, one by one and in input order, to
 * a {@link StreamClusterer}, so the batch result is the stream's. Copies found by provenance are
 * put with their source. Stories come out largest first with their events by date; ids are given
 * afterwards by {@code StoryIds}. Problems with the input (no text, no date, dates that cannot be
 * right, duplicate ids) are reported as warnings and clustered as well as they allow. Thread-safe.
 */
public final class NewsStoryClusterer implements StoryClusterer {

  private static final Logger LOG = LoggerFactory.getLogger(NewsStoryClusterer.class);

  private final StoryConfig config;
  private final DatePolicy dates;

  /**
   * A clusterer.
   *
   * @param dates which dates are believable (only for the warnings: profiles carry their dates)
   */
  public NewsStoryClusterer(StoryConfig config, DatePolicy dates) {
    this.config = Objects.requireNonNull(config, "config");
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /** The product's settings, dates believable up to a year after the clock's today. */
  public static NewsStoryClusterer defaults(Clock clock) {
    return new NewsStoryClusterer(StoryConfig.DEFAULT, DatePolicy.of(clock));
  }

  @Override
  public List<StoryDraft> cluster(List<ArticleAnalysis> analyses, List<CopyLink> links) {
    Map<String, ArticleAnalysis> unique = new LinkedHashMap<>();
    for (ArticleAnalysis a : analyses) {
      if (unique.putIfAbsent(a.id(), a) != null) {
        LOG.warn(
            "stories: duplicate article id {} ({}): kept the first", a.id(), a.article().source());
      }
    }
    if (unique.isEmpty()) {
      return List.of();
    }
    List<Article> input = new ArrayList<>(unique.size());
    List<ArticleProfile> profiles = new ArrayList<>(unique.size());
    for (ArticleAnalysis a : unique.values()) {
      input.add(a.article());
      profiles.add(a.profile());
    }
    report(input, profiles);
    return clusterProfiles(profiles, links);
  }

  /**
   * The stories of articles given by their story profiles alone, in input order (ids distinct), as
   * {@link #cluster} makes them: for a caller that holds the profiles but not whole analyses (a
   * Spark driver). Nothing is logged about the articles' sources and dates.
   */
  public List<StoryDraft> clusterProfiles(List<ArticleProfile> profiles, List<CopyLink> links) {
    List<String> keys = groupKeysOf(profiles.stream().map(ArticleProfile::id).toList(), links);
    StreamClusterer stream = new StreamClusterer(config);
    for (int i = 0; i < profiles.size(); i++) {
      stream.add(profiles.get(i), keys.get(i));
    }
    return drafts(stream, profiles);
  }

  /** The settings. */
  public StoryConfig config() {
    return config;
  }

  /**
   * The copy-group key of each article (in order) under the links: what {@link #cluster} feeds the
   * stream with. A stream fed with the same profiles and keys is in the same state, so a saved
   * stream goes on as long as the keys of the articles it holds do not change.
   */
  public static List<String> groupKeys(List<Article> articles, List<CopyLink> links) {
    return groupKeysOf(articles.stream().map(Article::id).toList(), links);
  }

  /** {@link #groupKeys} of the articles with these ids, in this order. */
  public static List<String> groupKeysOf(List<String> articleIds, List<CopyLink> links) {
    CopyGroups groups = CopyGroups.ofIds(articleIds, links);
    List<String> out = new ArrayList<>(articleIds.size());
    for (String id : articleIds) {
      out.add(groups.keyOf(id));
    }
    return out;
  }

  /**
   * What names a set of articles in a draft: a story's title, an event's title and date.
   *
   * @param title the title, or null when no member offers one
   * @param date the date most members give for the event they report, or null
   */
  public record Label(String title, LocalDate date) {}

  /** The label of these members (in this order), made from their profiles. */
  public static Label label(List<ArticleProfile> members) {
    return new Label(Titles.of(members), EventDates.of(members));
  }

  /** The stories of a stream fed with the given profiles (and no others), as {@link #cluster}. */
  public static List<StoryDraft> drafts(StreamClusterer stream, List<ArticleProfile> profiles) {
    Map<String, ArticleProfile> byId = new HashMap<>();
    for (ArticleProfile p : profiles) {
      byId.put(p.id(), p);
    }
    return drafts(stream, ids -> label(ids.stream().map(byId::get).toList()));
  }

  /**
   * The stories of a stream, as {@link #cluster}, each story and event named by {@code labelOf}
   * (given the ids of its articles in order), which must answer as {@link #label} of their
   * profiles: a caller that keeps labels from an earlier run need not read profiles again.
   */
  public static List<StoryDraft> drafts(
      StreamClusterer stream, Function<List<String>, Label> labelOf) {
    return drafts(stream.stories(), labelOf);
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

  /**
   * Drafts of stories given as nested ids (stories, events, articles), as {@link #cluster} makes
   * them from a stream's: each story and event named by {@code labelOf} of its articles in order
   * (see {@link #drafts(StreamClusterer, Function)}).
   */
  public static List<StoryDraft> draftsOf(
      List<List<List<String>>> stories, Function<List<String>, Label> labelOf) {
    return drafts(stories, labelOf);
  }

  private static List<StoryDraft> drafts(
      List<List<List<String>>> stories, Function<List<String>, Label> labelOf) {
    List<List<List<String>>> ordered = new ArrayList<>(stories);
    ordered.sort((a, b) -> Integer.compare(size(b), size(a))); // stable: first arrival breaks ties
    List<StoryDraft> out = new ArrayList<>(ordered.size());
    int eventId = 0;
    for (List<List<String>> story : ordered) {
      List<String> all = new ArrayList<>();
      List<EventDraft> events = new ArrayList<>();
      for (List<String> ids : story) {
        all.addAll(ids);
        Label l = labelOf.apply(ids);
        events.add(new EventDraft(ids, l.title(), l.date()));
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
            new Event("e" + eventId, e.title, e.date == null ? null : NewsDate.of(e.date), e.ids));
      }
      List<String> articleIds = new ArrayList<>();
      for (EventDraft e : events) {
        articleIds.addAll(e.ids);
      }
      out.add(new StoryDraft(null, labelOf.apply(all).title(), articleIds, made));
    }
    return out;
  }

  private record EventDraft(List<String> ids, String title, LocalDate date) {}

  private static int size(List<List<String>> story) {
    int n = 0;
    for (List<String> e : story) {
      n += e.size();
    }
    return n;
  }
}
