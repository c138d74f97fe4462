package io.corroborate.store;

import io.corroborate.analysis.AnalysisJson;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.analysis.StoryJson;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Event;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.NewsDate;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.AnalysisStream;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.StoryReuse;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.CopyIndex;
import io.corroborate.stories.NewsStoryClusterer;
import io.corroborate.stories.StoryConfig;
import io.corroborate.stories.StreamClusterer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The store's operations over the three phases. {@link #ingest} sends only new articles and new
 * revisions through phase 1 and commits them in batches of {@link #BATCH}, each one transaction;
 * then phase 2 runs over every stored current analysis in ingestion order with story ids continuing
 * from the saved state, and phase 3 only for stories whose inputs (linked articles, events,
 * analyses, copy links) changed: the others keep their stored JSON. The linking result is one more
 * transaction. A run that stopped between the two (a crash) is finished by the next. Not
 * thread-safe.
 */
public final class LivingDossier {

  /**
   * Articles committed per transaction while phase 1 runs: 64, or the system property {@code
   * corroborate.store.batch} (1 to 10,000; the crash test commits in small batches).
   */
  public static final int BATCH =
      Math.max(1, Math.min(10_000, Integer.getInteger("corroborate.store.batch", 64)));

  static final String STORY_IDS = "story-ids";
  static final String LINKED_THROUGH = "linked-through";
  static final String COPY_INDEX = "copy-index";
  static final String COPY_INDEX_OF = "copy-index-of";
  static final String CLUSTERER = "story-clusterer";
  static final String CLUSTERER_OF = "story-clusterer-of";

  private final Store store;
  private final Pipeline pipeline;
  private final CopyFinder copyFinder = new CopyFinder();

  /** The operations over {@code store} with the phases of {@code pipeline}. */
  public LivingDossier(Store store, Pipeline pipeline) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * What an ingest did.
   *
   * @param read articles read
   * @param added new articles stored
   * @param revised new revisions of stored articles
   * @param unchanged articles already stored with the same text (nothing done)
   * @param stories stories in the store afterwards
   * @param synthesized stories phase 3 ran for
   * @param kept stories whose stored synthesis was kept
   * @param linked whether phase 2 ran
   */
  public record IngestReport(
      int read,
      int added,
      int revised,
      int unchanged,
      int stories,
      int synthesized,
      int kept,
      boolean linked) {}

  /**
   * Adds articles: new ones and changed texts go through phase 1 once and are stored; then the
   * stories are brought up to date.
   */
  public IngestReport ingest(
      List<Article> articles, ExecutorService pool, Progress progress, ProblemListener problems) {
    Map<String, String> hashInBatch = new HashMap<>();
    Map<String, Integer> revisionInBatch = new HashMap<>();
    List<Article> todo = new ArrayList<>();
    int unchanged = 0;
    int added = 0;
    int revised = 0;
    List<Integer> revisions = new ArrayList<>();
    for (Article a : articles) {
      String hash = contentHash(a);
      String known = hashInBatch.get(a.id());
      int newest;
      if (known != null) {
        newest = revisionInBatch.get(a.id());
      } else {
        Optional<Revision> stored = store.current(a.id());
        known = stored.map(Revision::contentHash).orElse(null);
        newest = stored.map(Revision::revision).orElse(0);
      }
      if (hash.equals(known)) {
        unchanged++;
        continue;
      }
      int revision = newest + 1;
      hashInBatch.put(a.id(), hash);
      revisionInBatch.put(a.id(), revision);
      if (revision == 1) {
        added++;
      } else {
        revised++;
      }
      todo.add(a);
      revisions.add(revision);
    }
    List<NewRevision> pending = new ArrayList<>();
    int[] next = {0};
    AnalysisStream stream =
        pipeline.analysisStream(
            pool,
            analysis -> {
              pending.add(revision(analysis, revisions.get(next[0]++)));
              if (pending.size() >= BATCH) {
                commit(pending);
              }
            },
            problems);
    if (!todo.isEmpty()) {
      progress.start("analysing articles", todo.size());
      try {
        for (Article a : todo) {
          stream.accept(a);
          progress.step(1);
        }
        stream.finish();
      } finally {
        progress.finish();
      }
      commit(pending);
    }
    boolean behind = store.lastSequence() > linkedThrough();
    if (!behind) {
      int stories = store.stories().size();
      return new IngestReport(
          articles.size(), added, revised, unchanged, stories, 0, stories, false);
    }
    int[] counts;
    try {
      counts = relink(progress);
    } catch (StoreException e) {
      throw linkingFailed(e, added + revised);
    }
    return new IngestReport(
        articles.size(), added, revised, unchanged, counts[0], counts[1], counts[2], true);
  }

  /**
   * The linking transaction failed after this run's articles were committed: says that they are
   * kept (a user told "nothing was kept" would think them lost) and how they reach the stories.
   */
  private static StoreException linkingFailed(StoreException e, int stored) {
    if (stored == 0) {
      return e;
    }
    String m = e.getMessage();
    String rolledBack = "; nothing of this batch was kept";
    if (m.endsWith(rolledBack)) {
      m = m.substring(0, m.length() - rolledBack.length());
    }
    return new StoreException(
        m
            + "; the stories were not brought up to date, but the "
            + (stored == 1 ? "new article is" : stored + " new articles are")
            + " stored: the next ingest links "
            + (stored == 1 ? "it" : "them"),
        e);
  }

  /**
   * Runs phase 1 again for stored articles whose analysis is older than this program's, keeping
   * their ids and revisions, then brings the stories up to date. Answers how many were analysed.
   */
  public int reanalyze(ExecutorService pool, Progress progress, ProblemListener problems) {
    List<StoredAnalysis> old = store.currentOlderThan(NewsArticleAnalyzer.VERSION);
    List<StoredAnalysis> pending = new ArrayList<>();
    List<ArticleAnalysis> fresh = new ArrayList<>();
    AnalysisStream stream = pipeline.analysisStream(pool, fresh::add, problems);
    progress.start("analysing articles again", old.size());
    try {
      for (StoredAnalysis s : old) {
        stream.accept(read(s).article());
        progress.step(1);
        pending.add(s);
      }
      stream.finish();
    } finally {
      progress.finish();
    }
    for (int from = 0; from < fresh.size(); from += BATCH) {
      int to = Math.min(fresh.size(), from + BATCH);
      List<ArticleAnalysis> chunk = fresh.subList(from, to);
      List<StoredAnalysis> stored = pending.subList(from, to);
      store.write(
          b -> {
            for (int i = 0; i < chunk.size(); i++) {
              ArticleAnalysis a = chunk.get(i);
              b.replaceAnalysis(
                  stored.get(i).articleId(),
                  stored.get(i).revision(),
                  a.version(),
                  AnalysisJson.write(a));
            }
          });
    }
    if (!old.isEmpty() || store.lastSequence() > linkedThrough()) {
      relink(progress);
    }
    return old.size();
  }

  private void commit(List<NewRevision> pending) {
    if (pending.isEmpty()) {
      return;
    }
    List<NewRevision> batch = List.copyOf(pending);
    pending.clear();
    store.write(
        b -> {
          for (NewRevision r : batch) {
            b.addRevision(r);
          }
        });
  }

  private static NewRevision revision(ArticleAnalysis analysis, int revision) {
    Article a = analysis.article();
    byte[] raw = a.text().getBytes(StandardCharsets.UTF_8);
    return new NewRevision(
        a.id(),
        revision,
        a.source(),
        a.url(),
        a.title(),
        a.outlet(),
        a.published() == null ? null : a.published().toString(),
        a.language(),
        contentHash(a),
        raw,
        a.body(),
        analysis.version(),
        AnalysisJson.write(analysis));
  }

  /** The hash that tells a changed text: SHA-256 of the text as read. */
  static String contentHash(Article a) {
    return sha256(a.text());
  }

  private long linkedThrough() {
    return store.state(LINKED_THROUGH).map(Long::parseLong).orElse(0L);
  }

  /** Phases 2 and 3 over the stored analyses; answers {stories, synthesised, kept}. */
  private int[] relink(Progress progress) {
    List<ArticleAnalysis> analyses = new ArrayList<>();
    Map<String, String> analysisHash = new HashMap<>();
    List<String> covered = new ArrayList<>();
    store.forEachCurrent(
        s -> {
          ArticleAnalysis a = read(s);
          analyses.add(a);
          analysisHash.put(a.id(), sha256(s.analysisJson()));
          covered.add(
              s.articleId()
                  + "\u0000"
                  + s.revision()
                  + "\u0000"
                  + s.analysisVersion()
                  + "\u0000"
                  + s.contentHash());
        });
    Map<String, ArticleAnalysis> analysisById = new HashMap<>();
    for (ArticleAnalysis a : analyses) {
      analysisById.put(a.id(), a);
    }
    CopyIndex index = savedIndex(covered);
    progress.start("finding copies", -1);
    List<CopyLink> copyLinks;
    try {
      for (ArticleAnalysis a : analyses) {
        index.add(a);
      }
      copyLinks = index.links(analysisById::get);
    } finally {
      progress.finish();
    }
    String indexState = SavedState.write(index::save);
    String indexOf = SavedState.coverage(covered, covered.size());
    List<StoryDraft> drafts = null;
    String[] clusterer = {null, null}; // the saved clusterer and what it covers
    if (pipeline.stages().stories() instanceof NewsStoryClusterer stories) {
      List<Article> articleList = new ArrayList<>(analyses.size());
      List<ArticleProfile> profiles = new ArrayList<>(analyses.size());
      for (ArticleAnalysis a : analyses) {
        articleList.add(a.article());
        profiles.add(a.profile());
      }
      List<String> keys = NewsStoryClusterer.groupKeys(articleList, copyLinks);
      List<String> keyed = new ArrayList<>(covered.size());
      for (int i = 0; i < covered.size(); i++) {
        keyed.add(covered.get(i) + "\u0000" + keys.get(i));
      }
      StreamClusterer stream = savedClusterer(keyed, stories.config());
      for (int i = stream.size(); i < analyses.size(); i++) {
        stream.add(profiles.get(i), keys.get(i));
      }
      drafts = NewsStoryClusterer.drafts(stream, profiles);
      clusterer[0] = SavedState.write(stream::save);
      clusterer[1] = SavedState.coverage(keyed, keyed.size());
    }
    StoryIds ids = new StoryIds(savedIds());
    Map<String, StoredStory> stored = new HashMap<>();
    for (StoredStory s : store.stories()) {
      stored.put(s.row().id(), s);
    }
    Map<String, String> fingerprints = new HashMap<>();
    Set<String> kept = new HashSet<>();
    StoryReuse reuse =
        (draft, members, links) -> {
          String fp = fingerprint(draft, members, links, analysisHash);
          fingerprints.put(draft.id(), fp);
          StoredStory old = stored.get(draft.id());
          if (old == null || !old.fingerprint().equals(fp)) {
            return null;
          }
          try {
            Story s = StoryJson.readStory(old.storyJson());
            kept.add(draft.id());
            return s;
          } catch (IOException e) {
            return null; // an unreadable stored story is synthesised again
          }
        };
    Dossier d = pipeline.link(analyses, copyLinks, drafts, ids, progress, reuse);
    Map<String, Article> articleById = new HashMap<>();
    for (Article a : d.articles()) {
      articleById.put(a.id(), a);
    }
    StoryIds.State state = ids.state();
    Set<String> live = new HashSet<>();
    for (Story s : d.stories()) {
      live.add(s.id());
    }
    Map<String, String> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : new java.util.TreeMap<>(state.aliases()).entrySet()) {
      if (live.contains(a.getValue())) {
        aliases.put(a.getKey(), a.getValue());
      }
    }
    List<StoredStory> out = new ArrayList<>(d.stories().size());
    Map<String, String> membership = new LinkedHashMap<>();
    int position = 0;
    for (Story s : d.stories()) {
      for (String id : s.articleIds()) {
        membership.put(id, s.id());
      }
      String json = kept.contains(s.id()) ? stored.get(s.id()).storyJson() : StoryJson.write(s);
      out.add(
          new StoredStory(
              row(s, articleById, List.of()), position++, fingerprints.get(s.id()), json));
    }
    long through = store.lastSequence();
    store.write(
        b -> {
          b.replaceStories(out, membership);
          b.replaceAliases(aliases);
          b.putState(STORY_IDS, StoryJson.write(state));
          b.putState(COPY_INDEX, indexState);
          b.putState(COPY_INDEX_OF, indexOf);
          if (clusterer[0] != null) {
            b.putState(CLUSTERER, clusterer[0]);
            b.putState(CLUSTERER_OF, clusterer[1]);
          }
          b.putState(LINKED_THROUGH, Long.toString(through));
        });
    return new int[] {out.size(), out.size() - kept.size(), kept.size()};
  }

  /**
   * The saved copy index when it covers a prefix of the current articles unchanged (same ids,
   * revisions and analyses, in the same order), so that only the articles after it are added;
   * otherwise (a revision, a reanalysis, an index of another format) a new one, fed every article.
   */
  private CopyIndex savedIndex(List<String> covered) {
    CopyIndex index =
        saved(
            COPY_INDEX,
            COPY_INDEX_OF,
            covered,
            in -> CopyIndex.restore(in, copyFinder),
            CopyIndex::size);
    return index != null ? index : new CopyIndex(copyFinder);
  }

  /**
   * The saved story clusterer when it was fed a prefix of the current articles unchanged, each with
   * the copy-group key it has now (a key that changed would have clustered differently); otherwise
   * a new one, fed every article.
   */
  private StreamClusterer savedClusterer(List<String> keyed, StoryConfig config) {
    StreamClusterer c =
        saved(
            CLUSTERER,
            CLUSTERER_OF,
            keyed,
            in -> StreamClusterer.restore(in, config),
            StreamClusterer::size);
    return c != null ? c : new StreamClusterer(config);
  }

  /**
   * A saved state value whose coverage mark matches a prefix of {@code covered}, read back, or null
   * (none, another prefix, or unreadable: derived data is then made again from the articles).
   */
  private <T> T saved(
      String name,
      String ofName,
      List<String> covered,
      SavedState.Reader<T> reader,
      java.util.function.ToIntFunction<T> size) {
    Optional<String> of = store.state(ofName);
    Optional<String> saved = store.state(name);
    if (of.isEmpty() || saved.isEmpty()) {
      return null;
    }
    int count = SavedState.count(of.get());
    if (count < 0
        || count > covered.size()
        || !of.get().equals(SavedState.coverage(covered, count))) {
      return null;
    }
    try {
      T value = SavedState.read(saved.get(), reader);
      return size.applyAsInt(value) == count ? value : null;
    } catch (IOException e) {
      return null;
    }
  }

  private StoryIds.State savedIds() {
    Optional<String> json = store.state(STORY_IDS);
    if (json.isEmpty()) {
      return StoryIds.State.empty();
    }
    try {
      return StoryJson.readState(json.get());
    } catch (IOException e) {
      throw new StoreException("store " + store.name() + ": its story ids are unreadable: " + e);
    }
  }

  private ArticleAnalysis read(StoredAnalysis s) {
    try {
      return AnalysisJson.read(s.analysisJson());
    } catch (IOException e) {
      throw new StoreException(
          "store "
              + store.name()
              + ": the analysis of article "
              + s.articleId()
              + " (revision "
              + s.revision()
              + ") cannot be read: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The hash of everything phase 3 reads for one story: the linked story (id, title, articles,
   * events), each member's stored analysis, and the copy links. Equal fingerprints mean the
   * synthesis would be equal, since phase 3 is a pure function of these.
   */
  static String fingerprint(
      StoryDraft draft,
      List<ArticleAnalysis> members,
      List<CopyLink> links,
      Map<String, String> analysisHash) {
    StringBuilder b = new StringBuilder("story-v1\n");
    b.append(draft).append('\n');
    for (ArticleAnalysis a : members) {
      b.append(a.id()).append('=').append(analysisHash.get(a.id())).append('\n');
    }
    b.append(links);
    return sha256(b.toString());
  }

  /** The summary row of a story. */
  static StoryRow row(Story s, Map<String, Article> articles, List<String> aliases) {
    LocalDate first = null;
    LocalDate last = null;
    Set<String> outlets = new HashSet<>();
    for (String id : s.articleIds()) {
      Article a = articles.get(id);
      if (a == null) {
        continue;
      }
      if (a.outlet() != null && !a.outlet().isBlank()) {
        outlets.add(a.outlet().strip().toLowerCase(Locale.ROOT));
      }
      NewsDate p = a.published();
      if (p != null) {
        first = first == null || p.date().isBefore(first) ? p.date() : first;
        last = last == null || p.date().isAfter(last) ? p.date() : last;
      }
    }
    if (first == null) {
      for (Event e : s.events()) {
        if (e.date() != null) {
          LocalDate d = e.date().date();
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
    }
    int conflicts = 0;
    for (FigureGroup g : s.figures()) {
      if (g.conflicting()) {
        conflicts++;
      }
    }
    return new StoryRow(
        s.id(),
        s.title(),
        first == null ? null : first.toString(),
        last == null ? null : last.toString(),
        s.articleIds().size(),
        outlets.size(),
        s.independentSources(),
        conflicts,
        aliases);
  }

  /** The whole dossier as stored: every current article in ingestion order, every story. */
  public Dossier dossier() {
    List<Article> articles = new ArrayList<>();
    store.forEachCurrent(s -> articles.add(read(s).article()));
    List<Story> stories = new ArrayList<>();
    for (StoredStory s : store.stories()) {
      stories.add(story(s));
    }
    return new Dossier(articles, stories);
  }

  /**
   * One story's dossier: the story that answers for {@code id} (itself, or the story a retired id
   * now belongs to) with its articles; empty when no story answers.
   */
  public Optional<Dossier> dossier(String id) {
    Optional<String> live = store.resolve(id);
    if (live.isEmpty()) {
      return Optional.empty();
    }
    StoredStory stored =
        store
            .story(live.get())
            .orElseThrow(() -> new StoreException("store " + store.name() + ": lost " + live));
    Story s = story(stored);
    List<Article> articles = new ArrayList<>();
    for (String articleId : s.articleIds()) {
      Revision r =
          store
              .current(articleId)
              .orElseThrow(
                  () ->
                      new StoreException(
                          "store " + store.name() + ": story " + s.id() + " names " + articleId));
      String json =
          store
              .analysis(articleId, r.revision())
              .orElseThrow(() -> new StoreException("store " + store.name() + ": lost " + r));
      articles.add(
          read(new StoredAnalysis(articleId, r.revision(), r.contentHash(), 0, json)).article());
    }
    return Optional.of(new Dossier(articles, List.of(s)));
  }

  private Story story(StoredStory s) {
    try {
      return StoryJson.readStory(s.storyJson());
    } catch (IOException e) {
      throw new StoreException(
          "store " + store.name() + ": story " + s.row().id() + " cannot be read: " + e, e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
