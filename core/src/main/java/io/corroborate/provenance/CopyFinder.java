package io.corroborate.provenance;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.model.AlignedPassage;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Relation;
import io.corroborate.model.Span;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.nlp.Embedder;
import io.corroborate.nlp.Layer;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.util.DisjointSets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who copied whom in a corpus: one {@link CopyLink} per article. Near-duplicates and shared
 * passages are found by {@link NearDuplicateFinder} and checked on exact shingle sets; shared
 * passages are aligned ({@link PassageAligner}); rewrites are found by {@link RewriteDetector};
 * each pair's direction is decided by {@link Direction}; {@link ProvenanceGraph} builds the copy
 * trees and their origins. The pipeline's copy stage ({@code CopyFinder::detect}). Thread-safe; the
 * embedding model is loaded on first need.
 */
public final class CopyFinder {

  private final ProvenanceConfig config;
  private final NearDuplicateFinder finder;
  private final PassageAligner aligner;
  private final Supplier<Embedder> embedder;

  /** The product's settings and embedding model. */
  public CopyFinder() {
    this(ProvenanceConfig.DEFAULT, MiniLmEmbedder::shared);
  }

  /** A finder with the given settings and embedding model (supplied on first need). */
  public CopyFinder(ProvenanceConfig config, Supplier<Embedder> embedder) {
    this.config = Objects.requireNonNull(config, "config");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.finder = new NearDuplicateFinder(config.hashing(), config.window(), config.minTokens());
    this.aligner = new PassageAligner(config.hashing().shingleSize(), config.maxGap());
  }

  /** The copy links of the articles, one per article, in their order. */
  public List<CopyLink> detect(List<Article> articles, AnalysisCache cache) {
    return detect(articles, cache, null);
  }

  /**
   * The copy links of the articles as {@link #detect(List, AnalysisCache)}, with names resolved by
   * {@code originNames} (or by the articles' own names when it is null).
   */
  public List<CopyLink> detect(
      List<Article> articles, AnalysisCache cache, OriginNames originNames) {
    return detect(articles, i -> sentences(articles.get(i), cache), originNames);
  }

  /**
   * The copy links of analysed articles, one per article, in their order; sentences come from the
   * analyses, so nothing is parsed again.
   */
  public List<CopyLink> detect(List<ArticleAnalysis> analyses) {
    return detect(analyses, null);
  }

  /**
   * The copy links of analysed articles as {@link #detect(List)}, with outlet and credit names
   * resolved by {@code originNames} (built from a larger corpus than these articles), or by the
   * articles' own names when it is null.
   */
  public List<CopyLink> detect(List<ArticleAnalysis> analyses, OriginNames originNames) {
    List<Article> articles = new ArrayList<>(analyses.size());
    for (ArticleAnalysis a : analyses) {
      articles.add(a.article());
    }
    return detect(articles, i -> analyses.get(i).sentences(), originNames);
  }

  /** The settings. */
  public ProvenanceConfig config() {
    return config;
  }

  /**
   * The outlet and credited names of an article, from which a corpus's {@link OriginNames} are
   * built.
   */
  public static List<String> originNames(Article a) {
    return ArticleFacts.names(a);
  }

  /**
   * Every bucket an article falls in at a candidate step of {@link #detect(List)}: its content hash
   * (exact duplicates), the LSH bands of its shingle signature, its passage fingerprints and the
   * LSH bands of its content-word signature (rewrites), each as a 64-bit key. Two articles that
   * detection compares share a key, and every bucket's members share its key whatever the bucket's
   * size, so articles grouped by the connected components of shared keys keep every candidate pair
   * (and every bucket) within a group. Keys of different steps may collide: that only joins groups.
   */
  public long[] blockingKeys(Article a) {
    NormalizedTokens t = NormalizedTokens.of(withoutAddressLines(a.body()));
    long[] sh = finder.shingles(t);
    Sketch s = finder.sketch(t.contentHash(), t.size(), sh);
    long[] words =
        new RewriteDetector(new LazyEmbedder(embedder), config.rewrites()).buckets(t, a.body());
    if (!s.usable(config.minTokens())) {
      return NearDuplicateFinder.tagged(3, words);
    }
    long[] near = finder.blockingKeys(s);
    long[] a3 = NearDuplicateFinder.tagged(3, words);
    long[] out = Arrays.copyOf(near, near.length + a3.length);
    System.arraycopy(a3, 0, out, near.length, a3.length);
    return out;
  }

  /**
   * What a distributed copy stage keeps of an article to tell which pairs sharing a blocking key
   * can matter to detection ({@link #mayMatter}).
   *
   * @param contentHash hash of the article's words
   * @param tokens number of words
   * @param shingles distinct shingles, sorted
   * @param words distinct content words (hashes), sorted
   */
  public record PairGate(long contentHash, int tokens, long[] shingles, long[] words)
      implements java.io.Serializable {}

  /** The {@link PairGate} of an article, from the words detection reads. */
  public PairGate gate(Article a) {
    NormalizedTokens t = NormalizedTokens.of(withoutAddressLines(a.body()));
    return new PairGate(
        t.contentHash(),
        t.size(),
        Shingles.distinctSorted(finder.shingles(t)),
        SentenceWords.of(t, a.body()).words());
  }

  /**
   * Whether detection could link two articles or examine them as a rewrite: false only when it
   * certainly does neither, because they share too few shingles to be a copy (and not the same
   * words) and are too unlike in length or content words to pass the first check of a retelling.
   * Articles that no chain of such pairs joins are detected alike apart or together, so a
   * distributed stage may split the groups that shared keys make along these pairs.
   */
  public boolean mayMatter(PairGate x, PairGate y) {
    if (x.contentHash() == y.contentHash()
        || config.sharesEnough(
            Shingles.shared(x.shingles(), y.shingles()),
            x.shingles().length,
            y.shingles().length)) {
      return true;
    }
    if (Math.max(x.tokens(), y.tokens()) > 3 * Math.min(x.tokens(), y.tokens())) {
      return false;
    }
    int fewer = Math.min(x.words().length, y.words().length);
    return fewer > 0
        && Shingles.shared(x.words(), y.words()) >= config.rewrites().minWordContainment() * fewer;
  }

  private List<CopyLink> detect(
      List<Article> articles, java.util.function.IntFunction<List<Span>> sentencesOf) {
    return detect(articles, sentencesOf, null);
  }

  /** What detection computes of one article's words before comparing it with others. */
  record Prepared(NormalizedTokens tokens, long[] shingles, Sketch sketch) {}

  /** The words, shingles and sketch of an article. */
  Prepared prepare(Article a) {
    NormalizedTokens t = NormalizedTokens.of(withoutAddressLines(a.body()));
    long[] sh = finder.shingles(t);
    return new Prepared(t, sh, finder.sketch(t.contentHash(), t.size(), sh));
  }

  private List<CopyLink> detect(
      List<Article> articles,
      java.util.function.IntFunction<List<Span>> sentencesOf,
      OriginNames given) {
    return detect(articles, sentencesOf, given, null);
  }

  private List<CopyLink> detect(
      List<Article> articles,
      java.util.function.IntFunction<List<Span>> sentencesOf,
      OriginNames given,
      java.util.function.Function<String, Prepared> prepared) {
    return detected(articles, sentencesOf, given, prepared).links();
  }

  /**
   * The links of a detection and the pairs that tie articles together (positions in the list
   * given): the verified pairs the links were made from, and the pairs examined as rewrites, which
   * compete for each article's few places; articles no chain of these joins are detected alike
   * apart or together.
   */
  record Detected(List<CopyLink> links, List<int[]> pairs) {}

  /**
   * Detection as {@link #detect(List, OriginNames)}, with pairs, taking each article's words from
   * {@code prepared} (by id) where it answers, so that a caller that prepared them does not make
   * them again.
   */
  Detected detected(
      List<ArticleAnalysis> analyses,
      OriginNames originNames,
      java.util.function.Function<String, Prepared> prepared) {
    return detected(analyses, originNames, prepared, PairMemo.none());
  }

  /**
   * Detection as {@link #detected(List, OriginNames, java.util.function.Function)}, taking the
   * results of pairs examined before from {@code memo} and leaving there those it makes.
   */
  Detected detected(
      List<ArticleAnalysis> analyses,
      OriginNames originNames,
      java.util.function.Function<String, Prepared> prepared,
      PairMemo.View memo) {
    List<Article> articles = new ArrayList<>(analyses.size());
    for (ArticleAnalysis a : analyses) {
      articles.add(a.article());
    }
    return detected(articles, i -> analyses.get(i).sentences(), originNames, prepared, memo);
  }

  /** Detection of articles parsed through {@code cache}, with pairs, words as above. */
  Detected detected(
      List<Article> articles,
      AnalysisCache cache,
      OriginNames originNames,
      java.util.function.Function<String, Prepared> prepared) {
    return detected(
        articles, i -> sentences(articles.get(i), cache), originNames, prepared, PairMemo.none());
  }

  private Detected detected(
      List<Article> articles,
      java.util.function.IntFunction<List<Span>> sentencesOf,
      OriginNames given,
      java.util.function.Function<String, Prepared> prepared) {
    return detected(articles, sentencesOf, given, prepared, PairMemo.none());
  }

  private Detected detected(
      List<Article> articles,
      java.util.function.IntFunction<List<Span>> sentencesOf,
      OriginNames given,
      java.util.function.Function<String, Prepared> prepared,
      PairMemo.View memo) {
    int n = articles.size();
    OriginNames originNames = given;
    if (originNames == null) {
      List<String> names = new ArrayList<>();
      for (Article a : articles) {
        names.addAll(ArticleFacts.names(a));
      }
      originNames = new OriginNames(names);
    }
    List<ArticleFacts> facts = new ArrayList<>(n);
    List<NormalizedTokens> tokens = new ArrayList<>(n);
    List<long[]> shingles = new ArrayList<>(n);
    List<Sketch> sketches = new ArrayList<>(n);
    List<String> bodies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      Prepared p = prepared == null ? null : prepared.apply(a.id());
      if (p == null) {
        p = prepare(a);
      }
      NormalizedTokens t = p.tokens();
      facts.add(ArticleFacts.of(i, a, originNames, t.contentHash()));
      tokens.add(t);
      shingles.add(p.shingles());
      sketches.add(p.sketch());
      bodies.add(a.body());
    }
    long[][] distinct = new long[n][];
    List<PairLink> pairs = new ArrayList<>();
    DisjointSets sets = new DisjointSets(n);
    for (Candidate c : finder.candidates(sketches)) {
      PairLink p = textCopy(c, articles, facts, tokens, shingles, distinct, memo);
      if (p != null) {
        pairs.add(p);
        sets.union(c.a(), c.b());
      }
    }
    boolean[] isCopy = new boolean[n];
    for (PairLink p : pairs) {
      isCopy[p.copy()] = true;
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = sets.find(i);
    }
    RewriteDetector rewrites = new RewriteDetector(new LazyEmbedder(embedder), config.rewrites());
    List<int[]> examined = new ArrayList<>();
    List<RewriteMatch> retold =
        rewrites.detect(
            bodies, tokens, sentencesOf, group, onePerText(tokens, isCopy), examined, memo);
    if (!retold.isEmpty()) {
      List<long[]> sorted = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        sorted.add(distinct(i, shingles, distinct));
      }
      SharedWording wording = new SharedWording(sorted, group, retold);
      int[] carried = groupSize(group);
      for (RewriteMatch m : retold) {
        pairs.add(rewrite(m, articles, facts, carried, wording));
      }
    }
    // verified pairs, and every pair examined as a rewrite: an article's examined pairs compete
    // for its few places, so they must be detected together again
    List<int[]> joined = new ArrayList<>(pairs.size() + examined.size());
    for (PairLink p : pairs) {
      joined.add(new int[] {p.source(), p.copy()});
    }
    joined.addAll(examined);
    return new Detected(ProvenanceGraph.build(facts, pairs), joined);
  }

  private static final java.util.regex.Pattern ADDRESS_LINE =
      java.util.regex.Pattern.compile("(?im)^[ \\t]*(?:https?[ \\t]*:|www[ \\t]*\\.)[^\\n]*$");

  /**
   * The body with lines that are web addresses blanked (same length, so offsets hold): a link left
   * in a body is no part of the reporting and says nothing of who copied whom.
   */
  static String withoutAddressLines(String body) {
    java.util.regex.Matcher m = ADDRESS_LINE.matcher(body);
    if (!m.find()) {
      return body;
    }
    StringBuilder sb = new StringBuilder(body);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    } while (m.find());
    return sb.toString();
  }

  /**
   * The verified text copy of a candidate pair, or null when they do not share enough. The
   * verification (shared shingles and aligned passages) is a function of the two texts alone and is
   * taken from {@code memo} when it was made before; the direction is decided every time.
   */
  private PairLink textCopy(
      Candidate c,
      List<Article> articles,
      List<ArticleFacts> facts,
      List<NormalizedTokens> tokens,
      List<long[]> shingles,
      long[][] distinct,
      PairMemo.View memo) {
    int a = c.a();
    int b = c.b();
    PairMemo.Known known = memo.get(a, b);
    PairMemo.CopyCheck check = known.copy();
    if (check != null) {
      memo.reused();
    } else {
      check = verify(c, tokens, shingles, distinct);
      memo.put(a, b, known.withCopy(check));
    }
    if (!check.shares()) {
      return null;
    }
    boolean same = check.same();
    boolean strong = check.strong();
    PassageAlignment al = check.alignment();
    Direction.Decision d =
        Direction.decide(
            facts.get(a),
            facts.get(b),
            al.copyCoverage(),
            al.sourceCoverage(),
            tokens.get(a).size(),
            tokens.get(b).size());
    int copy = d.copy().index();
    int source = d.source().index();
    boolean copyIsA = copy == a;
    double copyCoverage = copyIsA ? al.copyCoverage() : al.sourceCoverage();
    double sourceCoverage = copyIsA ? al.sourceCoverage() : al.copyCoverage();
    Relation relation =
        copyCoverage >= config.verbatimCoverage() && sourceCoverage >= config.verbatimCoverage()
            ? Relation.VERBATIM
            : Relation.PARTIAL;
    List<AlignedPassage> evidence = new ArrayList<>();
    for (TokenPassage p : al.passages()) {
      Span inA = textSpan(articles.get(a), tokens.get(a), p.start(), p.end());
      Span inB = textSpan(articles.get(b), tokens.get(b), p.fromStart(), p.fromEnd());
      evidence.add(
          copyIsA
              ? new AlignedPassage(inA.start(), inA.end(), inB.start(), inB.end())
              : new AlignedPassage(inB.start(), inB.end(), inA.start(), inA.end()));
    }
    if (!copyIsA) {
      evidence.sort(
          java.util.Comparator.comparingInt(AlignedPassage::start)
              .thenComparingInt(AlignedPassage::fromStart));
    }
    double similarity = same ? 1 : copyCoverage;
    return new PairLink(source, copy, relation, similarity, strong, evidence, d.reason());
  }

  /** Whether a candidate pair shares enough text, and then its passages aligned. */
  private PairMemo.CopyCheck verify(
      Candidate c, List<NormalizedTokens> tokens, List<long[]> shingles, long[][] distinct) {
    int a = c.a();
    int b = c.b();
    long[] da = distinct(a, shingles, distinct);
    long[] db = distinct(b, shingles, distinct);
    boolean same = c.sameContent() && tokens.get(a).sameWords(tokens.get(b));
    int shared = same ? da.length : Shingles.shared(da, db);
    if (!same && !config.sharesEnough(shared, da.length, db.length)) {
      return PairMemo.CopyCheck.NONE;
    }
    boolean strong = same || config.sharesMost(shared, da.length, db.length);
    PassageAlignment al =
        aligner.align(shingles.get(a), tokens.get(a).size(), shingles.get(b), tokens.get(b).size());
    return new PairMemo.CopyCheck(true, same, strong, al);
  }

  private PairLink rewrite(
      RewriteMatch m,
      List<Article> articles,
      List<ArticleFacts> facts,
      int[] carried,
      SharedWording wording) {
    Direction.Decision d =
        Direction.decideRetelling(
            facts.get(m.a()),
            facts.get(m.b()),
            m.coverageA(),
            m.coverageB(),
            new Direction.Signals(
                carried[m.a()],
                wording.outside(m.a(), m.b()),
                Specificity.of(articles.get(m.a()).body())),
            new Direction.Signals(
                carried[m.b()],
                wording.outside(m.b(), m.a()),
                Specificity.of(articles.get(m.b()).body())));
    boolean copyIsA = d.copy().index() == m.a();
    Article aa = articles.get(m.a());
    Article ab = articles.get(m.b());
    List<AlignedPassage> evidence = new ArrayList<>();
    for (SentenceAligner.Cell c : m.cells()) {
      Span sa = aa.toTextSpan(m.sentencesA().get(c.a()));
      Span sb = ab.toTextSpan(m.sentencesB().get(c.b()));
      AlignedPassage p =
          copyIsA
              ? new AlignedPassage(sa.start(), sa.end(), sb.start(), sb.end())
              : new AlignedPassage(sb.start(), sb.end(), sa.start(), sa.end());
      evidence.add(p);
    }
    evidence = mergeSentencePassages(evidence);
    boolean strong = Math.max(m.coverageA(), m.coverageB()) >= config.strongContainment();
    return new PairLink(
        d.source().index(),
        d.copy().index(),
        Relation.REWRITE,
        m.meanSimilarity(),
        strong,
        evidence,
        d.reason());
  }

  /** For each article, how many articles are in its group of text copies, itself included. */
  private static int[] groupSize(int[] group) {
    int[] count = new int[group.length];
    for (int g : group) {
      count[g]++;
    }
    int[] out = new int[group.length];
    for (int i = 0; i < group.length; i++) {
      out[i] = count[group[i]];
    }
    return out;
  }

  /** Joins aligned sentence pairs that share a sentence (one split in two, two merged). */
  static List<AlignedPassage> mergeSentencePassages(List<AlignedPassage> in) {
    List<AlignedPassage> sorted = new ArrayList<>(in);
    sorted.sort(
        java.util.Comparator.comparingInt(AlignedPassage::start)
            .thenComparingInt(AlignedPassage::fromStart));
    List<AlignedPassage> out = new ArrayList<>();
    for (AlignedPassage p : sorted) {
      if (!out.isEmpty()) {
        AlignedPassage last = out.get(out.size() - 1);
        boolean sameCopy = last.start() == p.start() && last.end() == p.end();
        boolean sameSource = last.fromStart() == p.fromStart() && last.fromEnd() == p.fromEnd();
        if (sameCopy || sameSource) {
          out.set(
              out.size() - 1,
              new AlignedPassage(
                  Math.min(last.start(), p.start()),
                  Math.max(last.end(), p.end()),
                  Math.min(last.fromStart(), p.fromStart()),
                  Math.max(last.fromEnd(), p.fromEnd())));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  /**
   * One article of each set of identical texts takes part in rewrite detection: the first that
   * copies nothing, else the first, so that a retelling hangs from the original rather than from
   * one of its reprints.
   */
  private static boolean[] onePerText(List<NormalizedTokens> tokens, boolean[] isCopy) {
    int n = tokens.size();
    java.util.Map<Long, Integer> chosen = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (tokens.get(i).size() == 0) {
        continue;
      }
      long h = tokens.get(i).contentHash();
      Integer c = chosen.get(h);
      if (c == null || (isCopy[c] && !isCopy[i])) {
        chosen.put(h, i);
      }
    }
    boolean[] out = new boolean[n];
    for (int i : chosen.values()) {
      out[i] = true;
    }
    return out;
  }

  private static long[] distinct(int i, List<long[]> shingles, long[][] cache) {
    if (cache[i] == null) {
      cache[i] = Shingles.distinctSorted(shingles.get(i));
    }
    return cache[i];
  }

  /** The text span of tokens {@code [from, to)} of an article's body. */
  private static Span textSpan(Article a, NormalizedTokens t, int from, int to) {
    if (to <= from || t.size() == 0) {
      return a.toTextSpan(new Span(0, 0));
    }
    return a.toTextSpan(new Span(t.start(from), t.end(to - 1)));
  }

  /** The body spans of an article's sentences, from the shared analysis. */
  static List<Span> sentences(Article a, AnalysisCache cache) {
    List<Span> out = new ArrayList<>();
    if (a.body().isBlank()) {
      return out;
    }
    List<CoreMap> ss =
        cache.of(a).annotation(Layer.TOKENS).get(CoreAnnotations.SentencesAnnotation.class);
    if (ss == null) {
      return out;
    }
    for (CoreMap s : ss) {
      Integer b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (b != null && e != null && b < e && e <= a.body().length()) {
        out.add(new Span(b, e));
      }
    }
    return out;
  }

  /** Loads the embedding model only when a rewrite candidate needs it. */
  private static final class LazyEmbedder implements Embedder {
    private final Supplier<Embedder> supplier;
    private Embedder loaded;

    LazyEmbedder(Supplier<Embedder> supplier) {
      this.supplier = supplier;
    }

    private synchronized Embedder get() {
      if (loaded == null) {
        loaded = supplier.get();
      }
      return loaded;
    }

    @Override
    public float[] embed(String text) {
      return get().embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      return get().embedAll(texts);
    }
  }
}
