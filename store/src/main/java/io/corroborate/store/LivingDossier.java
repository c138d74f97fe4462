package io.corroborate.store;

import io.corroborate.analysis.AnalysisJson;
import io.corroborate.analysis.NewsArticleAnalyzer;
import io.corroborate.analysis.StoryJson;
import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
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
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.CopyIndex;
import io.corroborate.stories.NewsStoryClusterer;
import io.corroborate.stories.StoryConfig;
import io.corroborate.stories.StreamClusterer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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
  // the copy index: its header (Base64) as state, one record per article as linking records
  static final String COPY_INDEX = "copy-index-header";
  static final String COPY_INDEX_RECORDS = "copy-index";
  static final String COPY_INDEX_OF = "copy-index-of";
  static final String CLUSTERER = "story-clusterer";
  static final String CLUSTERER_OF = "story-clusterer-of";
  static final String DRAFT_LABELS = "draft-labels";

  /** A token written with the saved linking state, new at every write of it. */
  static final String LINKING_WRITE = "linking-write";

  private final Store store;
  private final Pipeline pipeline;
  private final CopyFinder copyFinder = new CopyFinder();
  private final HeldLinking held;

  /** The operations over {@code store} with the phases of {@code pipeline}. */
  public LivingDossier(Store store, Pipeline pipeline) {
    this(store, pipeline, null);
  }

  /**
   * A living dossier that keeps the linking state it writes in {@code held}, for the next one made
   * with the same holder (a server that opens the store for each write) to take instead of reading
   * and parsing the saved state again.
   */
  public LivingDossier(Store store, Pipeline pipeline, HeldLinking held) {
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.held = held;
  }

  /**
   * The copy index and story clusterer as a living dossier last wrote them, kept in memory between
   * ingests, so that an ingest server does not read and parse the saved state of every article for
   * each new one. A held state is taken only when the store still holds the state it was written as
   * (the token written with it is unchanged: no other writer linked since), and it is taken out
   * while an ingest uses it, so an ingest that fails leaves nothing held and the next one reads the
   * store. Thread-safe.
   */
  public static final class HeldLinking {
    private String token;
    private CopyIndex index;
    private StreamClusterer clusterer;

    /** Nothing held yet. */
    public HeldLinking() {}

    synchronized CopyIndex takeIndex(Optional<String> written) {
      CopyIndex i = written.isPresent() && written.get().equals(token) ? index : null;
      index = null;
      return i;
    }

    synchronized StreamClusterer takeClusterer(Optional<String> written) {
      StreamClusterer c = written.isPresent() && written.get().equals(token) ? clusterer : null;
      clusterer = null;
      return c;
    }

    synchronized void hold(String token, CopyIndex index, StreamClusterer clusterer) {
      this.token = token;
      this.index = index;
      this.clusterer = clusterer;
    }
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
    Map<String, String> sourceInBatch = new HashMap<>();
    for (Article a : articles) {
      String hash = contentHash(a);
      String known = hashInBatch.get(a.id());
      String earlier = sourceInBatch.get(a.id());
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
        if (earlier != null && !earlier.equals(a.source())) {
          // the same article given twice in one run: said, as analyze says it
          problems.onProblem(Problem.sameArticle(a.source(), earlier, ": kept the first", true));
        }
        continue;
      }
      int revision = newest + 1;
      if (earlier != null && !earlier.equals(a.source())) {
        problems.onProblem(
            Problem.sameArticle(
                a.source(),
                earlier,
                " with another text: stored as its revision " + revision,
                false));
      }
      sourceInBatch.put(a.id(), a.source());
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
   * The dossier of {@code articles} as {@code analyze} gives it: each id once (the first kept, the
   * others reported), ingested in this order into a throwaway store in a temporary directory, then
   * read back whole; the store is deleted afterwards. Analyses are kept on disk, not in memory, and
   * the result is the one {@code ingest} of the same articles followed by {@code dossier --all}
   * gives.
   *
   * @throws StoreException when no temporary store can be made (the message names the directory)
   */
  public static Dossier analyze(
      List<Article> articles,
      Pipeline pipeline,
      ExecutorService pool,
      Progress progress,
      ProblemListener problems) {
    List<Article> unique = Pipeline.unique(articles, problems);
    Path scratch;
    try {
      scratch = Files.createTempDirectory("corroborate-analyze-");
    } catch (IOException e) {
      throw new StoreException(
          "cannot make a temporary store in "
              + System.getProperty("java.io.tmpdir")
              + ": "
              + e.getMessage(),
          e);
    }
    try {
      try (Store store = Stores.open(scratch.toString(), Stores.Mode.WRITE)) {
        LivingDossier living = new LivingDossier(store, pipeline);
        living.ingest(unique, pool, progress, problems);
        return living.dossier();
      }
    } finally {
      deleteTree(scratch);
    }
  }

  /** Deletes a temporary store's directory (what cannot be deleted is left). */
  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // a leftover in the temporary directory is all that is lost
    }
  }

  /**
   * Linking failed after this run's articles were committed: the same problem, told with what it
   * left undone as this run knows it, in place of the store's "nothing of this batch was kept" for
   * the linking transaction (a user told that would think the articles lost): they are kept, and
   * how they reach the stories.
   */
  private static StoreException linkingFailed(StoreException e, int stored) {
    if (stored == 0) {
      return e;
    }
    return e.leaving(
        "the stories were not brought up to date, but the "
            + (stored == 1 ? "new article is" : stored + " new articles are")
            + " stored: the next ingest links "
            + (stored == 1 ? "it" : "them"));
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

  /**
   * Phases 2 and 3 over the stored articles; answers {stories, synthesised, kept}. Analyses are
   * read from the store only where they are needed: the articles not yet in the saved copy index
   * and story clusterer, the members of copy neighbourhoods detected again, of stories and events
   * whose labels are not kept from the previous run, and of stories synthesised again. A story
   * whose fingerprint is unchanged is neither read nor synthesised.
   */
  private int[] relink(Progress progress) {
    List<String> articleIds = new ArrayList<>();
    List<String> covered = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    Map<String, Integer> revisionOf = new HashMap<>();
    store.forEachCurrentKey(
        s -> {
          String key = key(s);
          articleIds.add(s.articleId());
          covered.add(key);
          keyOf.put(s.articleId(), key);
          revisionOf.put(s.articleId(), s.revision());
        });
    Analyses analyses = new Analyses(revisionOf);
    CopyIndex index = savedIndex(covered);
    progress.start("finding copies", -1);
    List<CopyLink> copyLinks;
    try {
      for (int i = index.size(); i < articleIds.size(); i++) {
        index.add(analyses.get(articleIds.get(i)));
      }
      copyLinks = index.links(analyses::get);
    } finally {
      progress.finish();
    }
    CopyIndex.Records indexRecords;
    try {
      indexRecords = index.changes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String indexOf = SavedState.coverage(covered, covered.size());
    List<StoryDraft> drafts;
    String[] clusterer = {null, null}; // the saved clusterer and what it covers
    StreamClusterer[] heldClusterer = {null};
    DraftLabels labels = null;
    progress.start("clustering stories", -1);
    try {
      if (pipeline.stages().stories() instanceof NewsStoryClusterer stories) {
        List<String> keys = NewsStoryClusterer.groupKeysOf(articleIds, copyLinks);
        List<String> keyed = new ArrayList<>(covered.size());
        for (int i = 0; i < covered.size(); i++) {
          keyed.add(covered.get(i) + "\u0000" + keys.get(i));
        }
        StreamClusterer stream = savedClusterer(keyed, stories.config());
        for (int i = stream.size(); i < articleIds.size(); i++) {
          stream.add(analyses.get(articleIds.get(i)).profile(), keys.get(i));
        }
        labels = new DraftLabels(savedLabels(), keyOf, id -> analyses.get(id).profile());
        drafts = NewsStoryClusterer.drafts(stream, labels::of);
        clusterer[0] = SavedState.write(stream::save);
        heldClusterer[0] = stream;
        clusterer[1] = SavedState.coverage(keyed, keyed.size());
      } else {
        List<ArticleAnalysis> all = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
          all.add(analyses.get(id));
        }
        drafts = pipeline.stages().stories().cluster(all, copyLinks);
      }
    } finally {
      progress.finish();
    }
    StoryIds ids = new StoryIds(savedIds());
    List<StoryDraft> named = ids.assign(Pipeline.complete(drafts, articleIds));
    Map<String, String> storedPrints = store.storyFingerprints();
    Map<String, CopyLink> linkOf = new HashMap<>();
    for (CopyLink l : copyLinks) {
      linkOf.put(l.articleId(), l);
    }
    List<StoredStory> out = new ArrayList<>(named.size());
    Map<String, String> membership = new LinkedHashMap<>();
    Set<String> live = new HashSet<>();
    int kept = 0;
    progress.start("figures and quotes", articleIds.size());
    try {
      for (StoryDraft d : named) {
        live.add(d.id());
        List<CopyLink> storyLinks = new ArrayList<>();
        for (String id : d.articleIds()) {
          membership.put(id, d.id());
          CopyLink l = linkOf.get(id);
          if (l != null) {
            storyLinks.add(l);
          }
        }
        String print = fingerprint(d, d.articleIds(), storyLinks, keyOf);
        if (print.equals(storedPrints.get(d.id()))) {
          // the stored row and story stand: only the position is written
          out.add(
              new StoredStory(
                  new StoryRow(d.id(), null, null, null, 0, 0, 0, 0, List.of()),
                  out.size(),
                  print,
                  null));
          kept++;
        } else {
          List<ArticleAnalysis> members = new ArrayList<>(d.articleIds().size());
          Map<String, Article> articleById = new HashMap<>();
          for (String id : d.articleIds()) {
            ArticleAnalysis a = analyses.get(id);
            members.add(a);
            articleById.put(id, a.article());
          }
          Story s = pipeline.stages().synthesis().synthesize(d, members, storyLinks);
          out.add(
              new StoredStory(
                  row(s, articleById, List.of()), out.size(), print, StoryJson.write(s)));
        }
        progress.step(d.articleIds().size());
      }
    } finally {
      progress.finish();
    }
    StoryIds.State state = ids.state();
    Map<String, String> aliases = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : new java.util.TreeMap<>(state.aliases()).entrySet()) {
      if (live.contains(a.getValue())) {
        aliases.put(a.getKey(), a.getValue());
      }
    }
    String labelState = labels == null ? null : SavedState.write(labels::save);
    long through = store.lastSequence();
    String token = java.util.UUID.randomUUID().toString();
    store.write(
        b -> {
          b.putState(LINKING_WRITE, token);
          b.replaceStories(out, membership);
          b.replaceAliases(aliases);
          b.putState(STORY_IDS, StoryJson.write(state));
          if (indexRecords.replaceAll()) {
            b.dropRecords(COPY_INDEX_RECORDS);
          }
          b.putRecords(COPY_INDEX_RECORDS, indexRecords.records());
          b.putState(COPY_INDEX, Base64.getEncoder().encodeToString(indexRecords.header()));
          b.putState(COPY_INDEX_OF, indexOf);
          if (clusterer[0] != null) {
            b.putState(CLUSTERER, clusterer[0]);
            b.putState(CLUSTERER_OF, clusterer[1]);
            b.putState(DRAFT_LABELS, labelState);
          }
          b.putState(LINKED_THROUGH, Long.toString(through));
        });
    index.recordsSaved();
    if (held != null) {
      held.hold(token, index, heldClusterer[0]);
    }
    return new int[] {out.size(), out.size() - kept, kept};
  }

  /** What identifies a stored analysis: the article's id, revision, analysis version and text. */
  private static String key(StoredAnalysis s) {
    return s.articleId()
        + "\u0000"
        + s.revision()
        + "\u0000"
        + s.analysisVersion()
        + "\u0000"
        + s.contentHash();
  }

  /** The labels saved by the previous run (empty when there are none or they cannot be read). */
  private Map<String, NewsStoryClusterer.Label> savedLabels() {
    Optional<String> saved = store.state(DRAFT_LABELS);
    if (saved.isEmpty()) {
      return Map.of();
    }
    try {
      return SavedState.read(saved.get(), DraftLabels::read);
    } catch (IOException e) {
      return Map.of(); // labels are made again from the profiles
    }
  }

  /**
   * Analyses read from the store on demand; the most recently read are kept, so that an article
   * that several steps need is read once.
   */
  private final class Analyses {
    private static final int KEEP = 4096;
    private final Map<String, Integer> revisionOf;
    private final Map<String, ArticleAnalysis> recent =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
            return size() > KEEP;
          }
        };

    Analyses(Map<String, Integer> revisionOf) {
      this.revisionOf = revisionOf;
    }

    ArticleAnalysis get(String id) {
      ArticleAnalysis a = recent.get(id);
      if (a != null) {
        return a;
      }
      Integer revision = revisionOf.get(id);
      if (revision == null) {
        throw new StoreException("store " + store.name() + ": no current article " + id);
      }
      a = readAnalysis(id, revision);
      recent.put(id, a);
      return a;
    }
  }

  /**
   * The saved copy index when it covers a prefix of the current articles unchanged (same ids,
   * revisions and analyses, in the same order), so that only the articles after it are added;
   * otherwise (a revision, a reanalysis, an index of another format, damaged records) a new one,
   * fed every article. It is read from its records, one per article.
   */
  private CopyIndex savedIndex(List<String> covered) {
    int count = coveredCount(COPY_INDEX_OF, covered);
    if (held != null) {
      CopyIndex h = held.takeIndex(store.state(LINKING_WRITE));
      if (h != null && count == h.size()) {
        return h;
      }
    }
    Optional<String> header = store.state(COPY_INDEX);
    if (header.isPresent() && count >= 0) {
      try {
        CopyIndex.Restoring r =
            CopyIndex.restoring(Base64.getDecoder().decode(header.get()), copyFinder);
        if (r.size() == count) {
          store.forEachRecord(
              COPY_INDEX_RECORDS,
              (record, position) -> {
                try {
                  r.accept(position, record);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
          return r.done();
        }
      } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
        // derived data: made again from the articles
      }
    }
    return new CopyIndex(copyFinder);
  }

  /**
   * The saved story clusterer when it was fed a prefix of the current articles unchanged, each with
   * the copy-group key it has now (a key that changed would have clustered differently); otherwise
   * a new one, fed every article.
   */
  private StreamClusterer savedClusterer(List<String> keyed, StoryConfig config) {
    int count = coveredCount(CLUSTERER_OF, keyed);
    if (held != null) {
      StreamClusterer h = held.takeClusterer(store.state(LINKING_WRITE));
      if (h != null && count == h.size()) {
        return h;
      }
    }
    StreamClusterer c =
        saved(CLUSTERER, count, in -> StreamClusterer.restore(in, config), StreamClusterer::size);
    return c != null ? c : new StreamClusterer(config);
  }

  /**
   * A saved state value read back when its coverage mark names {@code count} (>= 0) of the current
   * articles ({@link #coveredCount}) and it holds as many, or null (none, another prefix, or
   * unreadable: derived data is then made again from the articles).
   */
  private <T> T saved(
      String name,
      int count,
      SavedState.Reader<T> reader,
      java.util.function.ToIntFunction<T> size) {
    Optional<String> saved = store.state(name);
    if (saved.isEmpty() || count < 0) {
      return null;
    }
    try {
      T value = SavedState.read(saved.get(), reader);
      return size.applyAsInt(value) == count ? value : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * How many of {@code covered} the coverage mark saved as {@code ofName} names, when it names a
   * prefix of them unchanged; -1 otherwise (none, or another prefix).
   */
  private int coveredCount(String ofName, List<String> covered) {
    Optional<String> of = store.state(ofName);
    if (of.isEmpty()) {
      return -1;
    }
    int count = SavedState.count(of.get());
    return count >= 0
            && count <= covered.size()
            && of.get().equals(SavedState.coverage(covered, count))
        ? count
        : -1;
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
      throw unreadable(s.articleId(), s.revision(), e);
    }
  }

  private StoreException unreadable(String id, int revision, IOException e) {
    return new StoreException(analysisOf(id, revision) + " cannot be read: " + e.getMessage(), e);
  }

  private String analysisOf(String id, int revision) {
    return "store "
        + store.name()
        + ": the analysis of article "
        + id
        + " (revision "
        + revision
        + ")";
  }

  /** The stored analysis of one revision, read and parsed. */
  private ArticleAnalysis readAnalysis(String id, int revision) {
    return read(new StoredAnalysis(id, revision, null, 0, analysisJson(id, revision)));
  }

  /** The article of a stored revision, read without the rest of its analysis. */
  private Article readArticle(String id, int revision) {
    try {
      return AnalysisJson.readArticle(analysisJson(id, revision));
    } catch (IOException e) {
      throw unreadable(id, revision, e);
    }
  }

  private String analysisJson(String id, int revision) {
    return store
        .analysis(id, revision)
        .orElseThrow(() -> new StoreException(analysisOf(id, revision) + " is missing"));
  }

  /**
   * The hash of everything phase 3 reads for one story: the linked story (id, title, articles,
   * events), each member's stored analysis (named by its key: id, revision, analysis version and
   * text hash; a stored analysis changes only with one of them), and the copy links. Equal
   * fingerprints mean the synthesis would be equal, since phase 3 is a pure function of these.
   */
  static String fingerprint(
      StoryDraft draft, List<String> members, List<CopyLink> links, Map<String, String> keyOf) {
    StringBuilder b = new StringBuilder("story-v2\n");
    b.append(draft).append('\n');
    for (String id : members) {
      b.append(keyOf.get(id)).append('\n');
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
    return dossierSince(null).dossier();
  }

  /**
   * The whole dossier as stored, with what names each article's stored analysis and each story's
   * inputs, so that a reader that holds it reads again only what changed ({@link
   * #dossierSince(Read)}).
   *
   * @param dossier the dossier
   * @param articleKeys each article's analysis key (id, revision, analysis version, text hash)
   * @param storyPrints each story's fingerprint
   */
  public record Read(
      Dossier dossier, Map<String, String> articleKeys, Map<String, String> storyPrints) {}

  /**
   * The whole dossier as stored, as {@link #dossier()}, reading from the store only the articles
   * whose analysis key and the stories whose fingerprint differ from {@code previous} (an earlier
   * answer of this method, or null to read everything); the others are taken from it. A writer
   * committing meanwhile can tear the picture (a story naming an article not read, a story gone):
   * the caller checks and reads again.
   *
   * @throws StoreException when a story listed a moment ago is gone (a concurrent writer)
   */
  public Read dossierSince(Read previous) {
    Map<String, String> articleKeys = new LinkedHashMap<>();
    List<Article> articles = new ArrayList<>();
    Map<String, String> prints = new LinkedHashMap<>();
    List<Story> stories = new ArrayList<>();
    if (previous == null) {
      // everything, in one pass over each table
      store.forEachCurrent(
          s -> {
            articleKeys.put(s.articleId(), key(s));
            articles.add(read(s).article());
          });
      for (StoredStory s : store.stories()) {
        prints.put(s.row().id(), s.fingerprint());
        stories.add(story(s));
      }
      return new Read(new Dossier(articles, stories), articleKeys, prints);
    }
    Map<String, Article> had = new HashMap<>();
    for (Article a : previous.dossier().articles()) {
      had.put(a.id(), a);
    }
    Map<String, Story> hadStories = new HashMap<>();
    for (Story s : previous.dossier().stories()) {
      hadStories.put(s.id(), s);
    }
    // the keys first: the changed analyses are read after that statement is done
    List<StoredAnalysis> keys = new ArrayList<>();
    store.forEachCurrentKey(keys::add);
    for (StoredAnalysis k : keys) {
      String key = key(k);
      articleKeys.put(k.articleId(), key);
      articles.add(
          key.equals(previous.articleKeys().get(k.articleId()))
              ? had.get(k.articleId())
              : readArticle(k.articleId(), k.revision()));
    }
    prints.putAll(store.storyFingerprints());
    for (Map.Entry<String, String> p : prints.entrySet()) {
      stories.add(
          p.getValue().equals(previous.storyPrints().get(p.getKey()))
              ? hadStories.get(p.getKey())
              : story(
                  store
                      .story(p.getKey())
                      .orElseThrow(
                          () ->
                              new StoreException(
                                  "store " + store.name() + " changed while it was read"))));
    }
    return new Read(new Dossier(articles, stories), articleKeys, prints);
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
      articles.add(readArticle(articleId, r.revision()));
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
