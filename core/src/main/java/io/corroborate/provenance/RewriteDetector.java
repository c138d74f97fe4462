package io.corroborate.provenance;

import io.corroborate.model.Span;
import io.corroborate.nlp.Embedder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Finds articles that retell another sentence by sentence in other words. Candidates are pairs
 * whose content words overlap (MinHash and LSH on content words, then an exact check), then pairs
 * whose sentences already align in order on shared words; only those are embedded
 * (sentence-embedding model) and aligned in order, allowing one block moved ({@link
 * SentenceAligner#alignWithOneJump}), with a paraphrase decision per sentence pair ({@link
 * ParaphraseJudge}). A pair is a retelling when the alignment covers most of one article and much
 * of the other, or when it holds one long retold run (a retelling of part of the source followed by
 * the rewriter's own text). The decision rests on the structure of a telling: independent reports
 * of one event share facts, names and official statements, but not the order of a whole telling, so
 * their aligned sentences are few and scattered. Thread-safe if the embedder is.
 */
public final class RewriteDetector {

  /** Word overlap (Dice) a sentence needs with some sentence of the other text to be embedded. */
  static final double MIN_EMBEDDED_OVERLAP = 0.15;

  /**
   * Sentence pairs a retold run needs: a stretch of the alignment where consecutive pairs follow
   * each other in both texts (at most {@link #RUN_GAP} sentence skipped on either side). A
   * retelling that keeps only part of its source (the first half retold, then the rewriter's own
   * commentary) holds one long such run; independent reports of an event share facts in a loosely
   * similar order, so their aligned sentences scatter into short runs.
   */
  static final int MIN_RUN_SENTENCES = 6;

  /**
   * What the one jump back of the embedding alignment costs ({@link
   * SentenceAligner#alignWithOneJump}): about what one well-matched sentence pair adds (its score
   * less the paraphrase threshold), so that a moved block of one sentence never pays for itself and
   * a block of several does.
   */
  static final double JUMP_COST = 0.2;

  /** Sentences that may be skipped on either side between two pairs of a run. */
  static final int RUN_GAP = 1;

  /** Share of each text's words that a retold run must cover. */
  static final double MIN_RUN_COVERAGE = 0.45;

  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile(
          "\\s*(?:https?\\s*:|www\\s*\\.)", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Embedder embedder;
  private final RewriteConfig config;
  private final MinHashConfig wordHashing;

  /** A detector with the given embedder and settings. */
  public RewriteDetector(Embedder embedder, RewriteConfig config) {
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.config = Objects.requireNonNull(config, "config");
    this.wordHashing = new MinHashConfig(1, 128, 64, 2, MinHashConfig.DEFAULT_SEED ^ 0x776f726473L);
  }

  /** The MinHash settings of the content-word signatures that find candidate pairs. */
  MinHashConfig wordHashing() {
    return wordHashing;
  }

  /** The settings. */
  public RewriteConfig config() {
    return config;
  }

  /**
   * The LSH buckets of an article's content-word signature, one per band (see {@link
   * LshBands#bucket}), or none when the article is too short to be examined: any two articles that
   * {@link #detect} pairs as candidates share one of these buckets (buckets of different bands may
   * coincide; that only adds keys in common).
   */
  long[] buckets(NormalizedTokens tokens, String body) {
    SentenceWords words = SentenceWords.of(tokens, body);
    if (tokens.size() < 3 * config.minAlignedSentences() || words.words().length == 0) {
      return new long[0];
    }
    int[] sig = new MinHasher(wordHashing).signature(words.words());
    long[] out = new long[wordHashing.bands()];
    for (int band = 0; band < out.length; band++) {
      out[band] = LshBands.bucket(sig, band, wordHashing);
    }
    return out;
  }

  /**
   * The rewrite pairs among articles.
   *
   * @param bodies the articles' bodies
   * @param tokens the bodies' tokens
   * @param sentences the body spans of an article's sentences, computed on demand
   * @param group for each article, the copy group it already belongs to (text copies): pairs in one
   *     group are not examined
   * @param examine whether an article takes part (one of a set of identical texts is enough)
   */
  public List<RewriteMatch> detect(
      List<String> bodies,
      List<NormalizedTokens> tokens,
      IntFunction<List<Span>> sentences,
      int[] group,
      boolean[] examine) {
    return detect(bodies, tokens, sentences, group, examine, null);
  }

  /**
   * The rewrite pairs among articles as {@link #detect(List, List, IntFunction, int[], boolean[])},
   * and in {@code examined} (when not null) every pair examined with embeddings, a rewrite or not:
   * each article's examined pairs are its best few, so which pairs are examined depends on its
   * other examined pairs, and a caller that detects subsets must keep those together.
   */
  public List<RewriteMatch> detect(
      List<String> bodies,
      List<NormalizedTokens> tokens,
      IntFunction<List<Span>> sentences,
      int[] group,
      boolean[] examine,
      List<int[]> examined) {
    return detect(bodies, tokens, sentences, group, examine, examined, PairMemo.none());
  }

  /**
   * The rewrite pairs as {@link #detect(List, List, IntFunction, int[], boolean[], List)}, taking
   * each pair's lexical alignment and embedding alignment from {@code memo} when they were made
   * before (the embedding alignment only when the same sentences of both articles had vectors), and
   * leaving there those it makes. Which pairs are candidates and which win an article's places is
   * decided every time. Relies on the embedder giving a text's vector whatever it is embedded with.
   */
  List<RewriteMatch> detect(
      List<String> bodies,
      List<NormalizedTokens> tokens,
      IntFunction<List<Span>> sentences,
      int[] group,
      boolean[] examine,
      List<int[]> examined,
      PairMemo.View memo) {
    int n = bodies.size();
    SentenceWords[] words = new SentenceWords[n];
    int[][] sigs = new int[n][];
    MinHasher hasher = new MinHasher(wordHashing);
    for (int i = 0; i < n; i++) {
      words[i] = SentenceWords.of(tokens.get(i), bodies.get(i));
      if (examine[i]
          && tokens.get(i).size() >= 3 * config.minAlignedSentences()
          && words[i].words().length > 0) {
        sigs[i] = hasher.signature(words[i].words());
      }
    }
    long[] pairs = LshBands.candidates(sigs, wordHashing);
    Map<Integer, List<Span>> sentenceCache = new HashMap<>();
    Map<Integer, SentenceWords[]> sentenceWords = new HashMap<>();
    List<Lexical> lexical = new ArrayList<>();
    for (long key : pairs) {
      int a = PairList.first(key);
      int b = PairList.second(key);
      if (group[a] == group[b]) {
        continue;
      }
      PairMemo.Known known = memo.get(a, b);
      if (known.lexical() == PairMemo.UNKNOWN) {
        Lexical l = lexical(a, b, words, bodies, tokens, sentences, sentenceCache, sentenceWords);
        known =
            l == null
                ? known.withLexical(PairMemo.NO, 0)
                : known.withLexical(PairMemo.YES, l.score);
        memo.put(a, b, known);
      } else {
        memo.reused();
      }
      if (known.lexical() == PairMemo.YES) {
        lexical.add(new Lexical(a, b, known.lexicalScore()));
      }
    }
    // bound the embedding work: each article's best few pairs
    Map<Integer, Integer> taken = new TreeMap<>();
    lexical.sort(
        Comparator.comparingDouble((Lexical l) -> -l.score)
            .thenComparingInt(l -> l.a)
            .thenComparingInt(l -> l.b));
    List<RewriteMatch> out = new ArrayList<>();
    Map<Integer, float[][]> vectors = new HashMap<>();
    // the sentences of each article that have vectors: those its earlier pairs needed
    Map<Integer, BitSet> embedded = new HashMap<>();
    for (Lexical l : lexical) {
      if (taken.getOrDefault(l.a, 0) >= config.maxCandidatesPerArticle()
          || taken.getOrDefault(l.b, 0) >= config.maxCandidatesPerArticle()) {
        continue;
      }
      taken.merge(l.a, 1, Integer::sum);
      taken.merge(l.b, 1, Integer::sum);
      if (examined != null) {
        examined.add(new int[] {l.a, l.b});
      }
      SentenceWords[] sa =
          sentenceWords(l.a, bodies, tokens, sentences, sentenceCache, sentenceWords);
      SentenceWords[] sb =
          sentenceWords(l.b, bodies, tokens, sentences, sentenceCache, sentenceWords);
      BitSet withA = (BitSet) embedded.getOrDefault(l.a, new BitSet()).clone();
      BitSet withB = (BitSet) embedded.getOrDefault(l.b, new BitSet()).clone();
      needed(sa, sb, withA, withB);
      embedded.put(l.a, withA);
      embedded.put(l.b, withB);
      PairMemo.Known known = memo.get(l.a, l.b);
      PairMemo.Examined before = known.examined();
      RewriteMatch m;
      if (before != null
          && before.vectorsA().equals(withA)
          && before.vectorsB().equals(withB)
          && fits(before, sa.length, sb.length)) {
        memo.reused();
        m =
            before.cells() == null
                ? null
                : new RewriteMatch(
                    l.a,
                    l.b,
                    before.cells(),
                    sentenceCache.get(l.a),
                    sentenceCache.get(l.b),
                    before.coverageA(),
                    before.coverageB(),
                    before.meanSimilarity());
      } else {
        float[][] va = vectors(l.a, withA, bodies.get(l.a), sentenceCache.get(l.a), vectors);
        float[][] vb = vectors(l.b, withB, bodies.get(l.b), sentenceCache.get(l.b), vectors);
        m = examine(l.a, l.b, sa, sb, va, vb, sentenceCache);
        memo.put(
            l.a,
            l.b,
            known.withExamined(
                m == null
                    ? new PairMemo.Examined(withA, withB, null, 0, 0, 0)
                    : new PairMemo.Examined(
                        withA,
                        withB,
                        m.cells(),
                        m.coverageA(),
                        m.coverageB(),
                        m.meanSimilarity())));
      }
      if (m != null) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(RewriteMatch::a).thenComparingInt(RewriteMatch::b));
    return out;
  }

  /**
   * The lexical alignment of a candidate pair: its score when the two articles' sentences align in
   * order on shared words, or null when they do not (or are too unlike in length or words).
   */
  private Lexical lexical(
      int a,
      int b,
      SentenceWords[] words,
      List<String> bodies,
      List<NormalizedTokens> tokens,
      IntFunction<List<Span>> sentences,
      Map<Integer, List<Span>> sentenceCache,
      Map<Integer, SentenceWords[]> sentenceWords) {
    int ta = tokens.get(a).size();
    int tb = tokens.get(b).size();
    if (Math.max(ta, tb) > 3 * Math.min(ta, tb)) {
      return null;
    }
    int fewer = Math.min(words[a].words().length, words[b].words().length);
    int shared = Shingles.shared(words[a].words(), words[b].words());
    if (fewer == 0 || shared < config.minWordContainment() * fewer) {
      return null;
    }
    SentenceWords[] sa = sentenceWords(a, bodies, tokens, sentences, sentenceCache, sentenceWords);
    SentenceWords[] sb = sentenceWords(b, bodies, tokens, sentences, sentenceCache, sentenceWords);
    if (sa.length < config.minAlignedSentences() || sb.length < config.minAlignedSentences()) {
      return null;
    }
    double[][] sim = new double[sa.length][sb.length];
    boolean[][] ok = new boolean[sa.length][sb.length];
    for (int i = 0; i < sa.length; i++) {
      for (int j = 0; j < sb.length; j++) {
        sim[i][j] = SentenceWords.dice(sa[i], sb[j]);
        ok[i][j] = sim[i][j] >= config.lexicalSentenceOverlap();
      }
    }
    List<SentenceAligner.Cell> cells =
        SentenceAligner.align(sim, ok, config.lexicalSentenceOverlap());
    double ca = coverage(cells, sa, true);
    double cb = coverage(cells, sb, false);
    double cov = ta <= tb ? ca : cb;
    if (cov >= config.minLexicalCoverage() && Math.min(ca, cb) >= config.minLexicalCoverage() - 0.2
        || retoldRun(cells, sa, sb)) {
      return new Lexical(a, b, Math.min(ca, cb) + Math.max(ca, cb));
    }
    return null;
  }

  /**
   * Adds to {@code withA} and {@code withB} the sentences of each article that share some words
   * with a sentence of the other: only those can pass the decision, whose score is half word
   * overlap, so the others are not embedded for this pair.
   */
  private static void needed(SentenceWords[] sa, SentenceWords[] sb, BitSet withA, BitSet withB) {
    for (int i = 0; i < sa.length; i++) {
      for (int j = 0; j < sb.length; j++) {
        if (SentenceWords.dice(sa[i], sb[j]) >= MIN_EMBEDDED_OVERLAP) {
          withA.set(i);
          withB.set(j);
        }
      }
    }
  }

  /** Whether a kept alignment names only sentences the articles have (a sound saved index). */
  private static boolean fits(PairMemo.Examined x, int sentencesA, int sentencesB) {
    if (x.vectorsA().length() > sentencesA || x.vectorsB().length() > sentencesB) {
      return false;
    }
    if (x.cells() != null) {
      for (SentenceAligner.Cell c : x.cells()) {
        if (c.a() >= sentencesA || c.b() >= sentencesB) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Aligns two articles' sentences by embeddings ({@code null} where a sentence has no vector); the
   * match, or null when it is no rewrite.
   */
  private RewriteMatch examine(
      int a,
      int b,
      SentenceWords[] sa,
      SentenceWords[] sb,
      float[][] va,
      float[][] vb,
      Map<Integer, List<Span>> sentenceCache) {
    double[][] sim = new double[va.length][vb.length];
    double[][] cosine = new double[va.length][vb.length];
    boolean[][] ok = new boolean[va.length][vb.length];
    for (int i = 0; i < va.length; i++) {
      for (int j = 0; j < vb.length; j++) {
        double cos = va[i] == null || vb[j] == null ? 0 : Embedder.cosine(va[i], vb[j]);
        cosine[i][j] = cos;
        sim[i][j] = config.judge().score(cos, sa[i], sb[j]);
        ok[i][j] = !ParaphraseJudge.numbersConflict(sa[i], sb[j]);
      }
    }
    List<SentenceAligner.Cell> cells =
        SentenceAligner.alignWithOneJump(sim, ok, config.judge().threshold(), JUMP_COST);
    // a short article (four sentences) may leave one sentence unmatched and still be retold
    int needed = Math.min(config.minAlignedSentences(), Math.min(sa.length, sb.length) - 1);
    if (cells.size() < Math.max(3, needed)) {
      return null;
    }
    double ca = coverage(cells, sa, true);
    double cb = coverage(cells, sb, false);
    double mean = 0;
    for (SentenceAligner.Cell c : cells) {
      mean += cosine[c.a()][c.b()] / cells.size();
    }
    boolean whole =
        Math.max(ca, cb) >= config.minRewriteCoverage()
            && Math.min(ca, cb) >= config.minSourceCoverage();
    if (!(whole || retoldRun(cells, sa, sb)) || mean < config.minMeanSimilarity()) {
      return null;
    }
    return new RewriteMatch(a, b, cells, sentenceCache.get(a), sentenceCache.get(b), ca, cb, mean);
  }

  /**
   * The vectors of an article's sentences: those in {@code with}, embedding the ones not embedded
   * yet, and no others (null).
   */
  private float[][] vectors(
      int article, BitSet with, String body, List<Span> spans, Map<Integer, float[][]> cache) {
    float[][] v = cache.computeIfAbsent(article, i -> new float[spans.size()][]);
    List<Integer> missing = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = with.nextSetBit(0); i >= 0; i = with.nextSetBit(i + 1)) {
      if (v[i] == null) {
        missing.add(i);
        texts.add(spans.get(i).in(body));
      }
    }
    if (!texts.isEmpty()) {
      List<float[]> e = embedder.embedAll(texts);
      for (int k = 0; k < missing.size(); k++) {
        v[missing.get(k)] = e.get(k);
      }
    }
    return v;
  }

  private SentenceWords[] sentenceWords(
      int i,
      List<String> bodies,
      List<NormalizedTokens> tokens,
      IntFunction<List<Span>> sentences,
      Map<Integer, List<Span>> sentenceCache,
      Map<Integer, SentenceWords[]> sentenceWords) {
    SentenceWords[] cached = sentenceWords.get(i);
    if (cached != null) {
      return cached;
    }
    List<Span> spans = new ArrayList<>();
    for (Span s : sentences.apply(i)) {
      if (spans.size() >= config.maxSentences()) {
        break;
      }
      if (!s.in(bodies.get(i)).isBlank()) {
        spans.add(s);
      }
    }
    NormalizedTokens t = tokens.get(i);
    SentenceWords[] out = new SentenceWords[spans.size()];
    int k = 0;
    for (int s = 0; s < spans.size(); s++) {
      Span span = spans.get(s);
      while (k < t.size() && t.start(k) < span.start()) {
        k++;
      }
      int from = k;
      while (k < t.size() && t.start(k) < span.end()) {
        k++;
      }
      SentenceWords w = SentenceWords.of(t, bodies.get(i), from, k);
      if (WEB_ADDRESS.matcher(span.in(bodies.get(i))).lookingAt()) {
        // a web address left in the body is no part of the telling: it weighs nothing
        w = new SentenceWords(w.words(), w.numbers(), 0);
      }
      out[s] = w;
    }
    sentenceCache.put(i, spans);
    sentenceWords.put(i, out);
    return out;
  }

  /**
   * Whether the alignment holds a retold run: at least {@link #MIN_RUN_SENTENCES} pairs of distinct
   * sentences in a row (at most {@link #RUN_GAP} skipped between pairs on either side) covering at
   * least {@link #MIN_RUN_COVERAGE} of both texts' words.
   */
  static boolean retoldRun(List<SentenceAligner.Cell> cells, SentenceWords[] a, SentenceWords[] b) {
    int from = 0;
    for (int k = 1; k <= cells.size(); k++) {
      boolean breaks =
          k == cells.size()
              || cells.get(k).a() - cells.get(k - 1).a() > RUN_GAP + 1
              || cells.get(k).b() - cells.get(k - 1).b() > RUN_GAP + 1
              || cells.get(k).b() < cells.get(k - 1).b();
      if (!breaks) {
        continue;
      }
      List<SentenceAligner.Cell> run = cells.subList(from, k);
      long rowsA = run.stream().mapToInt(SentenceAligner.Cell::a).distinct().count();
      long rowsB = run.stream().mapToInt(SentenceAligner.Cell::b).distinct().count();
      if (Math.min(rowsA, rowsB) >= MIN_RUN_SENTENCES
          && coverage(run, a, true) >= MIN_RUN_COVERAGE
          && coverage(run, b, false) >= MIN_RUN_COVERAGE) {
        return true;
      }
      from = k;
    }
    return false;
  }

  /** Share of words in the aligned sentences of one side. */
  static double coverage(List<SentenceAligner.Cell> cells, SentenceWords[] side, boolean first) {
    boolean[] hit = new boolean[side.length];
    for (SentenceAligner.Cell c : cells) {
      hit[first ? c.a() : c.b()] = true;
    }
    int total = 0;
    int covered = 0;
    for (int i = 0; i < side.length; i++) {
      total += side[i].tokens();
      if (hit[i]) {
        covered += side[i].tokens();
      }
    }
    return total == 0 ? 0 : covered / (double) total;
  }

  private record Lexical(int a, int b, double score) {}
}
