package io.corroborate.provenance;

import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.util.DisjointSets;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Copy detection one article at a time (phase 2). Each article added leaves a few keys in the
 * index: its content hash, the LSH bands of its shingle signature, its passage fingerprints and the
 * LSH bands of its content-word signature. An article joins the <em>neighbourhood</em> of every
 * earlier article that {@link CopyFinder} could pair it with (same text, a shared band, enough
 * shared fingerprints, or a possible retelling). {@link #links} runs {@link CopyFinder} again on
 * the neighbourhoods that changed since it last ran, and only on those, with outlet and credit
 * names resolved over every article seen; then it splits each into the parts that detection's pairs
 * join (verified pairs, and pairs examined as rewrites, which compete for each article's few
 * places), so that candidates that shared nothing (articles on one topic, a common phrase) do not
 * chain into a neighbourhood that every later article must detect again.
 *
 * <p>Because the links of a set of articles depend only on those pairs (in the order the articles
 * were added) and on the names seen, articles no chain of pairs joins get the same links apart or
 * together; adding articles one at a time and asking for links after each gives the same links as
 * adding them all and asking once: the batch path is a loop over the stream. A neighbourhood whose
 * names resolve differently once a new name is seen ("AP" after "The Associated Press") is run
 * again. One bound is not local: a candidate bucket that more than {@link
 * LshBands#MAX_BUCKET_PAIRS_SIZE} articles share pairs only its first few in a one-shot run over
 * them all, while a smaller part pairs all of its own, so there the stream may verify a pair the
 * one-shot run never examines (a text shared that widely is mostly boilerplate).
 *
 * <p>Detecting a neighbourhood again does not examine again the pairs it examined before: the index
 * keeps what detection learnt of each pair that is a function of the two articles' words alone
 * (their text verification, lexical alignment and embedding alignment, {@link PairMemo}), stamped
 * with the words it was made from, and detection takes it from there; whatever depends on the
 * neighbourhood (candidates, the places pairs compete for, directions, origins) is decided again.
 * The links are those detection without it gives. Each article keeps only the pairs its last
 * detection looked at, so what is kept grows with the articles, as the neighbourhoods are small.
 *
 * <p>The index can be saved and restored ({@link #save}, {@link #restore}), the kept pairs with it;
 * a restored index goes on exactly as the one saved. A store keeps it as records instead, one per
 * article ({@link #changes}, {@link #restoring}), so that saving after an ingest writes only the
 * records the ingest changed. Not thread-safe.
 */
public final class CopyIndex {

  /** Format of {@link #save}; a saved index of another format is refused. */
  static final int FORMAT = 3;

  private static final int MAGIC = 0x43495831; // "CIX1"

  private static final int RECORDS_MAGIC = 0x43495232; // "CIR2"

  private final CopyFinder finder;
  private final NearDuplicateFinder near;
  private final MinHashConfig wordHashing;
  private final MinHasher wordHasher;
  private final RewriteConfig rewrites;

  private final List<Keys> keys = new ArrayList<>();
  private final Map<String, Integer> indexOf = new HashMap<>();
  private int[] parent = new int[16];
  private final Map<Integer, List<Integer>> members = new HashMap<>();
  private final List<CopyLink> links = new ArrayList<>();
  private final Set<Integer> dirtyRoots = new TreeSet<>();

  // the first article of each content hash and shingle band (-1: none), the holders of each
  // passage fingerprint and content-word band: primitive maps, as there are millions at scale
  private final Long2IntOpenHashMap contentFirst = firstOf();
  private final Long2IntOpenHashMap shingleBucketFirst = firstOf();
  private final KeyHolders fingerprintHolders = new KeyHolders();
  private final KeyHolders wordBuckets = new KeyHolders();

  private final Set<String> names = new LinkedHashSet<>();
  private final Map<String, List<Integer>> articlesByName = new HashMap<>();
  private OriginNames originNames = new OriginNames(List.of());
  private final Map<String, String> resolved = new HashMap<>();
  private PairMemo memo = new PairMemo();

  // records (#changes): the articles whose record differs from the one last saved or read (every
  // article until records are first saved); how many times records were saved; and each article's
  // generation, the save after its last detection, which its record carries
  private final BitSet changed = new BitSet();
  private boolean recordsSaved;
  private int generation;
  private int[] generations = new int[16];

  /** An empty index that detects copies with {@code finder}. */
  public CopyIndex(CopyFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
    ProvenanceConfig c = finder.config();
    this.near = new NearDuplicateFinder(c.hashing(), c.window(), c.minTokens());
    RewriteDetector probe = new RewriteDetector(new NoEmbedder(), c.rewrites());
    this.wordHashing = probe.wordHashing();
    this.wordHasher = new MinHasher(wordHashing);
    this.rewrites = c.rewrites();
  }

  /** The copy links of analyses added in this order, computed as a stream ({@link CopyIndex}). */
  public static List<CopyLink> detect(CopyFinder finder, List<ArticleAnalysis> analyses) {
    CopyIndex index = new CopyIndex(finder);
    Map<String, ArticleAnalysis> byId = new HashMap<>();
    Map<String, CopyFinder.Prepared> prepared = new HashMap<>();
    for (ArticleAnalysis a : analyses) {
      if (byId.putIfAbsent(a.id(), a) == null) {
        index.add(a.article(), prepared);
      }
    }
    return index.linksBy(
        ids ->
            finder.detected(
                ids.stream().map(byId::get).toList(), index.originNames, prepared::get));
  }

  /**
   * The copy links of articles (parsed through {@code cache}) added in this order, computed as a
   * stream.
   */
  public static List<CopyLink> detect(
      CopyFinder finder, List<Article> articles, io.corroborate.nlp.AnalysisCache cache) {
    CopyIndex index = new CopyIndex(finder);
    Map<String, Article> byId = new HashMap<>();
    Map<String, CopyFinder.Prepared> prepared = new HashMap<>();
    for (Article a : articles) {
      if (byId.putIfAbsent(a.id(), a) == null) {
        index.add(a, prepared);
      }
    }
    return index.linksBy(
        ids ->
            finder.detected(
                ids.stream().map(byId::get).toList(), cache, index.originNames, prepared::get));
  }

  /** How many articles the index holds. */
  public int size() {
    return keys.size();
  }

  /** Whether two held articles are in one neighbourhood (so that detection may pair them). */
  public boolean together(String a, String b) {
    Integer x = indexOf.get(a);
    Integer y = indexOf.get(b);
    return x != null && y != null && find(x) == find(y);
  }

  /** The number of articles in the largest neighbourhood (what one detection may cost). */
  public int largestNeighbourhood() {
    int max = 0;
    for (List<Integer> m : members.values()) {
      max = Math.max(max, m.size());
    }
    return max;
  }

  /** Whether the index holds an article. */
  public boolean contains(String articleId) {
    return indexOf.containsKey(articleId);
  }

  /**
   * Adds an article (an article already held is ignored); its neighbourhood is detected again at
   * the next {@link #links} call.
   */
  public void add(ArticleAnalysis analysis) {
    add(analysis.article(), null);
  }

  /** Adds an article; its prepared words go to {@code keep} when it is not null. */
  private void add(Article article, Map<String, CopyFinder.Prepared> keep) {
    if (!indexOf.containsKey(article.id())) {
      CopyFinder.Prepared p = finder.prepare(article);
      if (keep != null) {
        keep.put(article.id(), p);
      }
      addKeys(Keys.of(article, p, near, wordHasher, wordHashing, rewrites), null);
    }
  }

  /**
   * The copy links of every article held, in the order they were added. Neighbourhoods that changed
   * since the last call are detected again, reading their analyses from {@code analysisOf} (by
   * article id); the others keep their links.
   */
  public List<CopyLink> links(Function<String, ArticleAnalysis> analysisOf) {
    return linksBy(
        ids -> {
          List<ArticleAnalysis> analyses = new ArrayList<>(ids.size());
          int[] positions = new int[ids.size()];
          long[] stamps = new long[ids.size()];
          for (int k = 0; k < ids.size(); k++) {
            String id = ids.get(k);
            ArticleAnalysis a = analysisOf.apply(id);
            if (a == null) {
              throw new IllegalArgumentException(
                  "no analysis for article " + id + " held by the copy index");
            }
            analyses.add(a);
            positions[k] = indexOf.get(id);
            stamps[k] = PairMemo.stamp(a);
          }
          PairMemo.View view = memo.view(positions, stamps);
          try {
            return finder.detected(analyses, originNames, null, view);
          } finally {
            memo.done(view);
          }
        });
  }

  /**
   * How many pairs of articles the index keeps the examination of (the pairs the last detection of
   * each article looked at), so that detecting a neighbourhood again examines only new pairs.
   */
  public int pairsKept() {
    return memo.size();
  }

  /** Forgets the kept pairs (for tests: detection as without them). */
  void forgetPairs() {
    memo = new PairMemo();
  }

  /**
   * How many results of pair examinations were taken from those kept instead of made again, since
   * the index was made or restored.
   */
  public long pairResultsReused() {
    return memo.reused();
  }

  private List<CopyLink> linksBy(Function<List<String>, CopyFinder.Detected> detectGroup) {
    for (int root : List.copyOf(dirtyRoots)) {
      List<Integer> group = sorted(members.get(root));
      List<String> ids = new ArrayList<>(group.size());
      for (int i : group) {
        ids.add(keys.get(i).id);
      }
      CopyFinder.Detected found = detectGroup.apply(ids);
      for (int k = 0; k < group.size(); k++) {
        links.set(group.get(k), found.links().get(k));
        changed.set(group.get(k));
      }
      split(root, group, found.pairs());
    }
    dirtyRoots.clear();
    return List.copyOf(links);
  }

  /**
   * Splits a detected neighbourhood into the parts its verified and examined pairs join: candidates
   * that proved to share nothing stand apart again, so that a later article re-detects only the
   * parts it touches (detection of articles no chain of pairs joins is the same apart or together).
   * Each part's root is its first article.
   *
   * @param group the neighbourhood's members, in order
   * @param pairs verified and examined pairs, as positions in {@code group}
   */
  private void split(int root, List<Integer> group, List<int[]> pairs) {
    DisjointSets parts = new DisjointSets(group.size());
    for (int[] p : pairs) {
      parts.union(p[0], p[1]);
    }
    Map<Integer, List<Integer>> byPart = new java.util.LinkedHashMap<>();
    for (int k = 0; k < group.size(); k++) {
      byPart.computeIfAbsent(parts.find(k), x -> new ArrayList<>()).add(group.get(k));
    }
    members.remove(root);
    for (List<Integer> part : byPart.values()) {
      int first = part.get(0);
      for (int x : part) {
        parent[x] = first;
      }
      members.put(first, part);
    }
  }

  /** The positions of the articles whose neighbourhood is detected again at the next links. */
  private BitSet pendingPositions() {
    BitSet out = new BitSet();
    for (int root : dirtyRoots) {
      for (int i : members.get(root)) {
        out.set(i);
      }
    }
    return out;
  }

  /** The ids of articles whose neighbourhood is detected again at the next {@link #links}. */
  public Set<String> pending() {
    Set<String> out = new LinkedHashSet<>();
    for (int root : dirtyRoots) {
      for (int i : sorted(members.get(root))) {
        out.add(keys.get(i).id);
      }
    }
    return out;
  }

  private void addKeys(Keys k, CopyLink link) {
    addKeys(k, link, true);
  }

  /**
   * Adds an article's keys; with {@code join} false (a restore, whose neighbourhoods are read from
   * the saved index) the keys are only filed, for the articles that come later.
   */
  private void addKeys(Keys k, CopyLink link, boolean join) {
    int i = keys.size();
    keys.add(k);
    indexOf.put(k.id, i);
    changed.set(i);
    links.add(link);
    if (i == parent.length) {
      parent = Arrays.copyOf(parent, parent.length * 2);
      generations = Arrays.copyOf(generations, parent.length);
    }
    parent[i] = i;
    List<Integer> own = new ArrayList<>();
    own.add(i);
    members.put(i, own);
    if (link == null) {
      dirtyRoots.add(i);
    }
    joinNeighbours(i, k, join);
    learnNames(i, k);
  }

  /** Joins the article with every earlier article {@link CopyFinder} could pair it with. */
  private void joinNeighbours(int i, Keys k, boolean join) {
    if (k.usable) {
      int same = contentFirst.putIfAbsent(k.contentHash, i);
      if (same >= 0) {
        // a copy of an earlier text stands with it; that text's keys stand for both
        if (join) {
          union(same, i);
        }
        return;
      }
      for (long b : k.shingleBands) {
        int first = shingleBucketFirst.putIfAbsent(b, i);
        if (first >= 0 && join) {
          union(first, i);
        }
      }
      Map<Integer, Integer> shared = new HashMap<>();
      for (long f : k.fingerprints) {
        if (join) {
          fingerprintHolders.forEachPaired(f, j -> shared.merge(j, 1, Integer::sum));
        }
        fingerprintHolders.add(f, i);
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        int j = e.getKey();
        int fewer = Math.min(k.fingerprints.length, keys.get(j).fingerprints.length);
        int needed =
            fewer <= NearDuplicateFinder.SHORT_TEXT_FINGERPRINTS
                ? 1
                : NearDuplicateFinder.MIN_SHARED_FINGERPRINTS;
        if (e.getValue() >= needed) {
          union(j, i);
        }
      }
    }
    if (k.wordBands.length > 0) {
      Set<Integer> seen = new java.util.HashSet<>();
      for (long b : k.wordBands) {
        if (join) {
          wordBuckets.forEachPaired(
              b,
              j -> {
                if (seen.add(j) && mayRetell(k, keys.get(j))) {
                  union(j, i);
                }
              });
        }
        wordBuckets.add(b, i);
      }
    }
  }

  /** The cheap checks {@link RewriteDetector} makes before aligning a pair. */
  private boolean mayRetell(Keys a, Keys b) {
    if (Math.max(a.tokens, b.tokens) > 3 * Math.min(a.tokens, b.tokens)) {
      return false;
    }
    int fewer = Math.min(a.words.length, b.words.length);
    return fewer > 0 && Shingles.shared(a.words, b.words) >= rewrites.minWordContainment() * fewer;
  }

  /**
   * Adds the article's names; when a new name changes how names seen before resolve, the
   * neighbourhoods of the articles carrying them are detected again.
   */
  private void learnNames(int i, Keys k) {
    boolean grew = false;
    for (String n : k.names) {
      articlesByName.computeIfAbsent(n, x -> new ArrayList<>()).add(i);
      grew |= names.add(n);
    }
    if (!grew) {
      return;
    }
    originNames = new OriginNames(names);
    for (String n : names) {
      String now = originNames.canonical(n) + "\u0000" + originNames.canonicalSlug(n);
      String before = resolved.put(n, now);
      if (before != null && !before.equals(now)) {
        for (int j : articlesByName.get(n)) {
          dirtyRoots.add(find(j));
        }
      }
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static List<Integer> sorted(List<Integer> members) {
    List<Integer> out = new ArrayList<>(members);
    Collections.sort(out);
    return out;
  }

  /** Joins two neighbourhoods under the smaller root; the joined one is detected again. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return;
    }
    int root = Math.min(ra, rb);
    int other = Math.max(ra, rb);
    parent[other] = root;
    // the smaller list joins the larger, so that an article joining a large neighbourhood costs
    // little; members are kept unordered and sorted when a neighbourhood is detected
    List<Integer> into = members.get(root);
    List<Integer> from = members.remove(other);
    if (into.size() < from.size()) {
      List<Integer> t = into;
      into = from;
      from = t;
    }
    into.addAll(from);
    members.put(root, into);
    dirtyRoots.remove(other);
    dirtyRoots.add(root);
  }

  /**
   * Writes the index: every article's keys and links, the neighbourhoods and the pairs whose
   * examination is kept. Links not yet computed are computed again after {@link #restore}.
   */
  public void save(OutputStream out) throws IOException {
    // many small writes (the kept pairs' varints and flags): buffered, so that a compressing
    // stream underneath gets them in blocks
    DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    d.writeUTF(settings());
    d.writeInt(keys.size());
    BitSet pending = pendingPositions();
    for (int i = 0; i < keys.size(); i++) {
      keys.get(i).write(d);
      CopyLink l = pending.get(i) ? null : links.get(i);
      d.writeBoolean(l != null);
      if (l != null) {
        writeLink(d, l);
      }
    }
    for (int i = 0; i < keys.size(); i++) {
      d.writeInt(find(i));
    }
    memo.write(d, keys.size());
    d.flush();
  }

  /**
   * Reads an index written by {@link #save} with the same settings.
   *
   * @throws IOException when it cannot be read, or was written by another format or settings (the
   *     message says which)
   */
  public static CopyIndex restore(InputStream in, CopyFinder finder) throws IOException {
    DataInputStream d = new DataInputStream(in);
    CopyIndex index = empty(d, MAGIC, finder);
    int n = d.readInt();
    for (int i = 0; i < n; i++) {
      Keys k = Keys.read(d);
      CopyLink l = d.readBoolean() ? readLink(d) : null;
      index.addKeys(k, l, false);
    }
    // the neighbourhoods as saved (split by verified pairs), not as the keys alone would join them
    index.members.clear();
    for (int i = 0; i < n; i++) {
      int root = d.readInt();
      if (root < 0 || root > i || (root < i && index.parent[root] != root)) {
        throw new IOException("the saved copy index is damaged: neighbourhood of article " + i);
      }
      index.parent[i] = root;
      index.members.computeIfAbsent(root, x -> new ArrayList<>()).add(i);
    }
    index.memo = PairMemo.read(d, n);
    // an article restored with a link may have joined a neighbourhood whose links were pending
    index.dirtyRoots.clear();
    for (int i = 0; i < n; i++) {
      if (index.links.get(i) == null) {
        index.dirtyRoots.add(index.find(i));
      }
    }
    return index;
  }

  /**
   * The index as records to keep, so that a store rewrites only what changed: a small header and
   * one record per article (its keys, its link, its neighbourhood and the kept pairs whose later
   * article it is), of the articles whose record changed since records were last saved or read (new
   * articles and those of every neighbourhood detected since). Call {@link #recordsSaved} once they
   * are kept. Records of an index not made from records must replace any kept before ({@link
   * Records#replaceAll}).
   *
   * @param header what {@link #restoring} reads first: the format, settings, size and generation
   * @param records the changed records by position (what {@link Restoring#accept} reads)
   * @param replaceAll whether every record is here and records kept before must be dropped
   */
  public record Records(byte[] header, Map<Integer, byte[]> records, boolean replaceAll) {}

  /**
   * The header and the changed records ({@link Records}). Links not yet computed are written as
   * such, and computed again after a restore.
   */
  public Records changes() throws IOException {
    int gen = generation + 1;
    BitSet pending = pendingPositions();
    BitSet write = (BitSet) changed.clone();
    write.or(pending);
    // the pairs of articles detected since records were last saved or read are among those their
    // detections looked at; an index not made from records, or an article written only because its
    // neighbourhood is pending, has kept pairs found by a scan of the whole memo
    Map<Integer, List<Long>> pairs =
        memo.keptBySecond(write, recordsSaved && changed.equals(write));
    Map<Integer, byte[]> out = new java.util.TreeMap<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = write.nextSetBit(0); i >= 0; i = write.nextSetBit(i + 1)) {
      bytes.reset();
      DataOutputStream d = new DataOutputStream(bytes);
      keys.get(i).write(d);
      CopyLink l = pending.get(i) ? null : links.get(i);
      d.writeBoolean(l != null);
      if (l != null) {
        writeLink(d, l);
      }
      d.writeInt(find(i));
      // a record written again only because its neighbourhood is pending keeps its generation
      d.writeInt(changed.get(i) ? gen : generations[i]);
      memo.writePairs(d, i, pairs.getOrDefault(i, List.of()));
      d.flush();
      out.put(i, bytes.toByteArray());
    }
    bytes.reset();
    DataOutputStream h = new DataOutputStream(bytes);
    h.writeInt(RECORDS_MAGIC);
    h.writeInt(FORMAT);
    h.writeUTF(settings());
    h.writeInt(keys.size());
    h.writeInt(gen);
    h.flush();
    return new Records(bytes.toByteArray(), out, !recordsSaved);
  }

  /** Marks the records of the last {@link #changes} as kept: the next changes start from them. */
  public void recordsSaved() {
    memo.forgetTouched();
    for (int i = changed.nextSetBit(0); i >= 0; i = changed.nextSetBit(i + 1)) {
      generations[i] = generation + 1;
    }
    changed.clear();
    recordsSaved = true;
    generation++;
  }

  /**
   * Starts restoring an index from kept records: the header first, then {@link Restoring#accept}
   * for every record in position order, then {@link Restoring#done}.
   *
   * @throws IOException when the header is no copy index's, or of another format or settings
   */
  public static Restoring restoring(byte[] header, CopyFinder finder) throws IOException {
    DataInputStream d = new DataInputStream(new ByteArrayInputStream(header));
    if (header.length < 8) {
      throw new IOException("not a saved copy index");
    }
    CopyIndex index = empty(d, RECORDS_MAGIC, finder);
    int size = d.readInt();
    int generation = d.readInt();
    if (size < 0 || generation < 1) {
      throw new IOException("the saved copy index is damaged: its header");
    }
    return new Restoring(index, size, generation);
  }

  /** An index being restored from records ({@link #restoring}). */
  public static final class Restoring {
    private final CopyIndex index;
    private final int size;

    private Restoring(CopyIndex index, int size, int generation) {
      this.index = index;
      this.size = size;
      index.generation = generation;
    }

    /** How many records the header says there are. */
    public int size() {
      return size;
    }

    /**
     * Reads the record at {@code position}: the next one.
     *
     * @throws IOException when it is not the next, or damaged
     */
    public void accept(int position, byte[] record) throws IOException {
      CopyIndex x = index;
      int i = x.keys.size();
      if (position != i || i >= size) {
        throw new IOException(
            "the saved copy index is damaged: record " + position + " where " + i + " was due");
      }
      DataInputStream d = new DataInputStream(new ByteArrayInputStream(record));
      Keys k = Keys.read(d);
      CopyLink l = d.readBoolean() ? readLink(d) : null;
      x.addKeys(k, l, false);
      int root = d.readInt();
      int gen = d.readInt();
      if (root < 0 || root > i || (root < i && x.parent[root] != root)) {
        throw new IOException("the saved copy index is damaged: neighbourhood of article " + i);
      }
      if (gen < 1 || gen > x.generation) {
        throw new IOException("the saved copy index is damaged: generation of article " + i);
      }
      x.generations[i] = gen;
      if (root != i) {
        x.parent[i] = root;
        x.members.remove(i);
        x.members.get(root).add(i);
      }
      // a pair is kept while neither article's record was written again since it was
      int[] generations = x.generations;
      x.memo.readPairs(d, i, a -> generations[a] == gen);
    }

    /**
     * The restored index.
     *
     * @throws IOException when records are missing
     */
    public CopyIndex done() throws IOException {
      CopyIndex x = index;
      if (x.keys.size() != size) {
        throw new IOException(
            "the saved copy index is damaged: " + x.keys.size() + " of " + size + " records");
      }
      x.memo.restored(size);
      x.dirtyRoots.clear();
      for (int i = 0; i < size; i++) {
        if (x.links.get(i) == null) {
          x.dirtyRoots.add(x.find(i));
        }
      }
      x.changed.clear();
      x.recordsSaved = true;
      return x;
    }
  }

  private static Long2IntOpenHashMap firstOf() {
    Long2IntOpenHashMap m = new Long2IntOpenHashMap();
    m.defaultReturnValue(-1);
    return m;
  }

  /**
   * An empty index for what {@code d} holds, once its magic, format and settings are checked.
   *
   * @throws IOException when they are not this version's (the message says which)
   */
  private static CopyIndex empty(DataInputStream d, int magic, CopyFinder finder)
      throws IOException {
    if (d.readInt() != magic) {
      throw new IOException("not a saved copy index");
    }
    int format = d.readInt();
    if (format != FORMAT) {
      throw new IOException(
          "the saved copy index has format "
              + format
              + ", this version reads format "
              + FORMAT
              + ": link the stored articles again");
    }
    CopyIndex index = new CopyIndex(finder);
    if (!d.readUTF().equals(index.settings())) {
      throw new IOException(
          "the saved copy index was made with other copy-detection settings: link the stored"
              + " articles again");
    }
    return index;
  }

  /** What the keys depend on: a restored index must have been made with the same settings. */
  private String settings() {
    return finder.config().toString() + "|" + wordHashing;
  }

  private static void writeLink(DataOutputStream d, CopyLink l) throws IOException {
    d.writeUTF(l.articleId());
    d.writeUTF(l.relation().name());
    writeNullable(d, l.derivedFrom());
    writeNullable(d, l.origin());
    writeNullable(d, l.creditedTo());
    d.writeDouble(l.similarity());
    d.writeInt(l.evidence().size());
    for (AlignedPassage p : l.evidence()) {
      d.writeInt(p.start());
      d.writeInt(p.end());
      d.writeInt(p.fromStart());
      d.writeInt(p.fromEnd());
    }
  }

  private static CopyLink readLink(DataInputStream d) throws IOException {
    String id = d.readUTF();
    Relation r = Relation.valueOf(d.readUTF());
    String from = readNullable(d);
    String origin = readNullable(d);
    String credited = readNullable(d);
    double similarity = d.readDouble();
    int m = d.readInt();
    List<AlignedPassage> evidence = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      evidence.add(new AlignedPassage(d.readInt(), d.readInt(), d.readInt(), d.readInt()));
    }
    return new CopyLink(id, r, from, origin, credited, similarity, evidence);
  }

  private static void writeNullable(DataOutputStream d, String s) throws IOException {
    d.writeBoolean(s != null);
    if (s != null) {
      d.writeUTF(s);
    }
  }

  private static String readNullable(DataInputStream d) throws IOException {
    return d.readBoolean() ? d.readUTF() : null;
  }

  /** What the index keeps of one article. */
  private static final class Keys {
    final String id;
    final List<String> names;
    final boolean usable;
    final long contentHash;
    final int tokens;
    final long[] shingleBands;
    final long[] fingerprints;
    final long[] wordBands;
    final long[] words;

    private Keys(
        String id,
        List<String> names,
        boolean usable,
        long contentHash,
        int tokens,
        long[] shingleBands,
        long[] fingerprints,
        long[] wordBands,
        long[] words) {
      this.id = id;
      this.names = names;
      this.usable = usable;
      this.contentHash = contentHash;
      this.tokens = tokens;
      this.shingleBands = shingleBands;
      this.fingerprints = fingerprints;
      this.wordBands = wordBands;
      this.words = words;
    }

    static Keys of(
        Article a,
        CopyFinder.Prepared p,
        NearDuplicateFinder near,
        MinHasher wordHasher,
        MinHashConfig wc,
        RewriteConfig rc) {
      NormalizedTokens t = p.tokens();
      Sketch s = p.sketch();
      boolean usable = s.usable(near.minTokens());
      long[] bands = new long[0];
      long[] fps = new long[0];
      if (usable) {
        MinHashConfig c = near.config();
        bands = new long[c.bands()];
        for (int b = 0; b < bands.length; b++) {
          bands[b] = LshBands.bucket(s.signature(), b, c);
        }
        fps = new long[s.fingerprints().length];
        for (int f = 0; f < fps.length; f++) {
          fps[f] = s.fingerprints()[f] & ~LshBands.INDEX_MASK;
        }
        fps = Shingles.distinctSorted(fps);
      }
      long[] words = SentenceWords.of(t, a.body()).words();
      long[] wordBands = new long[0];
      if (t.size() >= 3 * rc.minAlignedSentences() && words.length > 0) {
        int[] sig = wordHasher.signature(words);
        wordBands = new long[wc.bands()];
        for (int b = 0; b < wordBands.length; b++) {
          wordBands[b] = LshBands.bucket(sig, b, wc);
        }
      }
      List<String> names = new ArrayList<>();
      for (String n : ArticleFacts.names(a)) {
        if (n != null) {
          names.add(n);
        }
      }
      return new Keys(
          a.id(),
          List.copyOf(names),
          usable,
          t.contentHash(),
          t.size(),
          bands,
          fps,
          wordBands,
          words);
    }

    void write(DataOutputStream d) throws IOException {
      d.writeUTF(id);
      d.writeInt(names.size());
      for (String n : names) {
        d.writeUTF(n);
      }
      d.writeBoolean(usable);
      d.writeLong(contentHash);
      d.writeInt(tokens);
      writeLongs(d, shingleBands);
      writeLongs(d, fingerprints);
      writeLongs(d, wordBands);
      writeLongs(d, words);
    }

    static Keys read(DataInputStream d) throws IOException {
      String id = d.readUTF();
      int m = d.readInt();
      List<String> names = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        names.add(d.readUTF());
      }
      return new Keys(
          id,
          List.copyOf(names),
          d.readBoolean(),
          d.readLong(),
          d.readInt(),
          readLongs(d),
          readLongs(d),
          readLongs(d),
          readLongs(d));
    }

    private static void writeLongs(DataOutputStream d, long[] v) throws IOException {
      d.writeInt(v.length);
      for (long x : v) {
        d.writeLong(x);
      }
    }

    private static long[] readLongs(DataInputStream d) throws IOException {
      int n = d.readInt();
      if (n < 0 || n > 1 << 24) {
        throw new IOException("corrupt copy index: an array of " + n + " values");
      }
      long[] v = new long[n];
      for (int i = 0; i < n; i++) {
        v[i] = d.readLong();
      }
      return v;
    }
  }

  /** Stands in where only the detector's settings are read. */
  private static final class NoEmbedder implements io.corroborate.nlp.Embedder {
    @Override
    public float[] embed(String text) {
      throw new UnsupportedOperationException("no embedding here");
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      throw new UnsupportedOperationException("no embedding here");
    }
  }
}
