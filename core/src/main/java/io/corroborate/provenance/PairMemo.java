package io.corroborate.provenance;

import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Span;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What detection learnt of pairs of articles, kept by a {@link CopyIndex} between detections, so
 * that a neighbourhood detected again examines only the pairs it has not examined before. Only what
 * is a function of the two articles' words alone is kept: whether they share enough text and how
 * their passages align ({@link CopyFinder}'s verification), whether their sentences align on shared
 * words and how well (the lexical step of {@link RewriteDetector}), and the embedding alignment of
 * a pair examined as a rewrite, together with which sentences had vectors when it was made (vectors
 * made for an article's earlier pairs of the same detection take part in the scores). What depends
 * on the neighbourhood runs every time: which pairs are candidates, the copy groups, which pairs
 * win an article's few places for embedding, the directions (names, credits, dates), the shared
 * wording and the copy trees. A kept result is therefore what detection would compute again, and
 * detection with the memo gives the links it gives without.
 *
 * <p>A pair is known by the two articles' positions in the index and by a stamp of each article's
 * words ({@link #stamp}: its body and sentence spans): a result made from other words (an article
 * analysed again) is not used. The memo is bounded: when a neighbourhood is detected, its members
 * keep only the pairs that detection looked at, so an article holds at most the pairs of its last
 * detection, which the index keeps small. Dropping a pair costs only its examination again. Not
 * thread-safe.
 */
final class PairMemo {

  /** What is known of one pair; a part left null (or {@link #UNKNOWN}) is computed on need. */
  static final class Entry {
    static final byte UNKNOWN = 0;
    static final byte NO = 1;
    static final byte YES = 2;

    final long stampA;
    final long stampB;

    /** The text verification of the pair, or null when it was not verified. */
    CopyCheck copy;

    /** Whether the sentences align on shared words ({@link #YES} with {@link #lexicalScore}). */
    byte lexical = UNKNOWN;

    double lexicalScore;

    /** The pair's embedding alignment, or null when it was not examined. */
    Examined examined;

    Entry(long stampA, long stampB) {
      this.stampA = stampA;
      this.stampB = stampB;
    }
  }

  /**
   * The verification of a pair of texts, the earlier first: whether they share enough to be a copy,
   * and then whether they are the same words, whether they share most, and their passages aligned
   * with the earlier as the copy.
   */
  record CopyCheck(boolean shares, boolean same, boolean strong, PassageAlignment alignment) {
    static final CopyCheck NONE = new CopyCheck(false, false, false, null);
  }

  /**
   * An embedding alignment of a pair, the earlier first, made when the sentences in {@code
   * vectorsA} and {@code vectorsB} had vectors; {@code cells} is null when the pair is no rewrite.
   */
  record Examined(
      BitSet vectorsA,
      BitSet vectorsB,
      List<SentenceAligner.Cell> cells,
      double coverageA,
      double coverageB,
      double meanSimilarity) {}

  private final Map<Long, Entry> entries = new HashMap<>();
  private final Map<Integer, Set<Integer>> partners = new HashMap<>();
  private long reused;

  /** The pairs kept. */
  int size() {
    return entries.size();
  }

  /** How many pair results were served from the memo since it was made or restored. */
  long reused() {
    return reused;
  }

  /**
   * A stamp of what the kept results read of an article: its body and its sentence spans. Two
   * analyses with one stamp give every pair the same results.
   */
  static long stamp(ArticleAnalysis a) {
    String body = a.article().body();
    long h = Hashing.FNV_OFFSET;
    for (int i = 0; i < body.length(); i++) {
      h = (h ^ body.charAt(i)) * Hashing.FNV_PRIME;
    }
    h = Hashing.mix(h ^ body.length());
    for (Span s : a.sentences()) {
      h = Hashing.mix(h ^ (((long) s.start() << 32) | (s.end() & 0xffffffffL)));
    }
    return Hashing.mix(h ^ a.sentences().size());
  }

  /**
   * The memo as one detection sees it: the articles at positions {@code 0..n-1} of the detection
   * are those at {@code positions} of the index (in increasing order), with these stamps.
   */
  View view(int[] positions, long[] stamps) {
    for (int k = 1; k < positions.length; k++) {
      if (positions[k] <= positions[k - 1]) {
        throw new IllegalArgumentException(
            "positions must increase: " + Arrays.toString(positions));
      }
    }
    return new View(this, positions, stamps);
  }

  /** A view that keeps nothing: every pair is examined. */
  static View none() {
    return new View(null, null, null);
  }

  /**
   * Keeps what a detection looked at: its members' pairs are replaced by the pairs it looked at (so
   * a member's pairs with articles no longer in its neighbourhood go).
   */
  void keep(View v) {
    if (v.memo != this) {
      throw new IllegalArgumentException("a view of another memo");
    }
    for (int m : v.positions) {
      Set<Integer> ps = partners.remove(m);
      if (ps == null) {
        continue;
      }
      for (int x : ps) {
        entries.remove(PairList.key(m, x));
        Set<Integer> back = partners.get(x);
        if (back != null) {
          back.remove(m);
          if (back.isEmpty()) {
            partners.remove(x);
          }
        }
      }
    }
    for (Map.Entry<Long, Entry> e : v.touched.entrySet()) {
      put(e.getKey(), e.getValue());
    }
    reused += v.reused;
  }

  private void put(long key, Entry e) {
    entries.put(key, e);
    int a = PairList.first(key);
    int b = PairList.second(key);
    partners.computeIfAbsent(a, x -> new HashSet<>()).add(b);
    partners.computeIfAbsent(b, x -> new HashSet<>()).add(a);
  }

  /** Pair results of one detection, by the detection's positions. */
  static final class View {
    private final PairMemo memo;
    private final int[] positions;
    private final long[] stamps;
    private final Map<Long, Entry> touched = new HashMap<>();
    private long reused;

    private View(PairMemo memo, int[] positions, long[] stamps) {
      this.memo = memo;
      this.positions = positions;
      this.stamps = stamps;
    }

    /**
     * What is known of the pair of the detection's articles {@code a < b}: a kept entry when its
     * stamps are the articles' own, else a new one that the detection fills.
     */
    Entry pair(int a, int b) {
      if (a >= b) {
        throw new IllegalArgumentException("a pair is asked for in order: a=" + a + ", b=" + b);
      }
      if (memo == null) {
        return new Entry(0, 0);
      }
      long key = PairList.key(positions[a], positions[b]);
      Entry e = touched.get(key);
      if (e == null) {
        e = memo.entries.get(key);
        if (e == null || e.stampA != stamps[a] || e.stampB != stamps[b]) {
          e = new Entry(stamps[a], stamps[b]);
        }
        touched.put(key, e);
      }
      return e;
    }

    /** Counts a result served from the memo. */
    void reused() {
      reused++;
    }
  }

  /** Writes the kept pairs. */
  void write(DataOutputStream d) throws IOException {
    long[] keys = new long[entries.size()];
    int k = 0;
    for (long key : entries.keySet()) {
      keys[k++] = key;
    }
    Arrays.sort(keys);
    d.writeInt(keys.length);
    for (long key : keys) {
      Entry e = entries.get(key);
      d.writeLong(key);
      d.writeLong(e.stampA);
      d.writeLong(e.stampB);
      writeCopy(d, e.copy);
      d.writeByte(e.lexical);
      d.writeDouble(e.lexicalScore);
      writeExamined(d, e.examined);
    }
  }

  /**
   * Reads pairs written by {@link #write} for an index of {@code size} articles.
   *
   * @throws IOException when they cannot be read or name articles the index does not hold
   */
  static PairMemo read(DataInputStream d, int size) throws IOException {
    PairMemo memo = new PairMemo();
    int n = count(d.readInt());
    for (int i = 0; i < n; i++) {
      long key = d.readLong();
      int a = PairList.first(key);
      int b = PairList.second(key);
      if (a < 0 || a >= b || b >= size) {
        throw new IOException("the saved copy index is damaged: a kept pair " + a + ", " + b);
      }
      Entry e = new Entry(d.readLong(), d.readLong());
      e.copy = readCopy(d);
      e.lexical = d.readByte();
      if (e.lexical < Entry.UNKNOWN || e.lexical > Entry.YES) {
        throw new IOException("the saved copy index is damaged: a kept pair's lexical step");
      }
      e.lexicalScore = d.readDouble();
      e.examined = readExamined(d);
      memo.put(key, e);
    }
    return memo;
  }

  private static void writeCopy(DataOutputStream d, CopyCheck c) throws IOException {
    if (c == null) {
      d.writeByte(0);
      return;
    }
    if (!c.shares()) {
      d.writeByte(1);
      return;
    }
    d.writeByte(2);
    d.writeBoolean(c.same());
    d.writeBoolean(c.strong());
    PassageAlignment al = c.alignment();
    d.writeInt(al.passages().size());
    for (TokenPassage p : al.passages()) {
      d.writeInt(p.start());
      d.writeInt(p.end());
      d.writeInt(p.fromStart());
      d.writeInt(p.fromEnd());
    }
    d.writeInt(al.copyCovered());
    d.writeInt(al.copyTokens());
    d.writeInt(al.sourceCovered());
    d.writeInt(al.sourceTokens());
  }

  private static CopyCheck readCopy(DataInputStream d) throws IOException {
    byte kind = d.readByte();
    if (kind == 0) {
      return null;
    }
    if (kind == 1) {
      return CopyCheck.NONE;
    }
    if (kind != 2) {
      throw new IOException("the saved copy index is damaged: a kept pair's verification");
    }
    boolean same = d.readBoolean();
    boolean strong = d.readBoolean();
    int m = count(d.readInt());
    List<TokenPassage> passages = new ArrayList<>(m);
    try {
      for (int i = 0; i < m; i++) {
        passages.add(new TokenPassage(d.readInt(), d.readInt(), d.readInt(), d.readInt()));
      }
    } catch (IllegalArgumentException e) {
      throw new IOException("the saved copy index is damaged: " + e.getMessage(), e);
    }
    PassageAlignment al =
        new PassageAlignment(passages, d.readInt(), d.readInt(), d.readInt(), d.readInt());
    return new CopyCheck(true, same, strong, al);
  }

  private static void writeExamined(DataOutputStream d, Examined x) throws IOException {
    d.writeBoolean(x != null);
    if (x == null) {
      return;
    }
    writeBits(d, x.vectorsA());
    writeBits(d, x.vectorsB());
    d.writeBoolean(x.cells() != null);
    if (x.cells() != null) {
      d.writeInt(x.cells().size());
      for (SentenceAligner.Cell c : x.cells()) {
        d.writeInt(c.a());
        d.writeInt(c.b());
        d.writeDouble(c.similarity());
      }
      d.writeDouble(x.coverageA());
      d.writeDouble(x.coverageB());
      d.writeDouble(x.meanSimilarity());
    }
  }

  private static Examined readExamined(DataInputStream d) throws IOException {
    if (!d.readBoolean()) {
      return null;
    }
    BitSet va = readBits(d);
    BitSet vb = readBits(d);
    if (!d.readBoolean()) {
      return new Examined(va, vb, null, 0, 0, 0);
    }
    int m = count(d.readInt());
    List<SentenceAligner.Cell> cells = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      int a = d.readInt();
      int b = d.readInt();
      if (a < 0 || b < 0) {
        throw new IOException("the saved copy index is damaged: a kept pair's sentences");
      }
      cells.add(new SentenceAligner.Cell(a, b, d.readDouble()));
    }
    return new Examined(va, vb, List.copyOf(cells), d.readDouble(), d.readDouble(), d.readDouble());
  }

  private static void writeBits(DataOutputStream d, BitSet b) throws IOException {
    long[] words = b.toLongArray();
    d.writeInt(words.length);
    for (long w : words) {
      d.writeLong(w);
    }
  }

  private static BitSet readBits(DataInputStream d) throws IOException {
    long[] words = new long[count(d.readInt())];
    for (int i = 0; i < words.length; i++) {
      words[i] = d.readLong();
    }
    return BitSet.valueOf(words);
  }

  private static int count(int n) throws IOException {
    if (n < 0 || n > 1 << 24) {
      throw new IOException("the saved copy index is damaged: a count of " + n);
    }
    return n;
  }
}
