package io.corroborate.provenance;

import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Span;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What detection learnt of pairs of articles, kept by a {@link CopyIndex} between detections, so
 * that a neighbourhood detected again examines only the pairs it has not examined before. Only what
 * is a function of the two articles' words alone is kept: whether they share enough text and how
 * their passages align ({@link CopyFinder}'s verification), whether their sentences align on shared
 * words and how well (the lexical step of {@link RewriteDetector}, its cheap checks included), and
 * the embedding alignment of a pair examined as a rewrite, together with which sentences had
 * vectors when it was made (vectors made for an article's earlier pairs of the same detection take
 * part in the scores). What depends on the neighbourhood runs every time: which pairs are
 * candidates, the copy groups, which pairs win an article's few places for embedding, the
 * directions (names, credits, dates), the shared wording and the copy trees. A kept result is
 * therefore what detection would compute again, and detection with the memo gives the links it
 * gives without.
 *
 * <p>A pair is known by the two articles' positions in the index. Each article carries a stamp of
 * its words ({@link #stamp}: its body and sentence spans); an article whose stamp changed (analysed
 * again) has its pairs examined again. The memo is bounded: a pair is kept only while it was looked
 * at by the last detection of both its articles (each detection has a serial number; an article
 * remembers its last, a pair the last that looked at it), so an article holds at most the pairs of
 * its last detection, which the index keeps small; pairs no longer kept are dropped when the table
 * grows and are not saved. Dropping a pair costs only its examination again. Not thread-safe.
 */
final class PairMemo {

  /** Lexical step not made. */
  static final byte UNKNOWN = 0;

  /** The pair failed the lexical step (or its cheap checks). */
  static final byte NO = 1;

  /** The pair passed the lexical step, with a score. */
  static final byte YES = 2;

  /**
   * What is known of one pair, the earlier article first; immutable, the common ones shared.
   *
   * @param copy the text verification, or null when not made
   * @param lexical {@link #UNKNOWN}, {@link #NO} or {@link #YES}
   * @param lexicalScore the lexical score when {@link #YES}
   * @param examined the embedding alignment, or null when not made
   */
  record Known(CopyCheck copy, byte lexical, double lexicalScore, Examined examined) {
    static final Known EMPTY = new Known(null, UNKNOWN, 0, null);
    private static final Known NOT_LEXICAL = new Known(null, NO, 0, null);
    private static final Known NO_COPY = new Known(CopyCheck.NONE, UNKNOWN, 0, null);
    private static final Known NEITHER = new Known(CopyCheck.NONE, NO, 0, null);

    Known withCopy(CopyCheck c) {
      return shared(new Known(c, lexical, lexicalScore, examined));
    }

    Known withLexical(byte l, double score) {
      return shared(new Known(copy, l, score, examined));
    }

    Known withExamined(Examined x) {
      return new Known(copy, lexical, lexicalScore, x);
    }

    /** The shared instance equal to {@code k}, or {@code k}. */
    private static Known shared(Known k) {
      if (k.examined != null || k.lexical == YES) {
        return k;
      }
      if (k.copy == null) {
        return k.lexical == NO ? NOT_LEXICAL : EMPTY;
      }
      if (k.copy == CopyCheck.NONE) {
        return k.lexical == NO ? NEITHER : NO_COPY;
      }
      return k;
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

  // per article, by position in the index
  private long[] stamps = new long[16];
  private int[] last = new int[16]; // serial of the article's last detection, 0 for none
  private int serial;
  // serial of the detection under way, NONE for none (not 0: the serial of every pair and article
  // of a restored memo, whose pairs would otherwise all count as kept between detections)
  private static final int NONE = -1;
  private int active = NONE;

  // per pair: an open-addressing table, key 0 free (no pair has key 0, since a < b)
  private long[] keys = new long[64];
  private int[] serials = new int[64];
  private Known[] known = new Known[64];
  private int used;

  private long reused;

  // the pairs detections looked at since {@link #forgetTouched}: where the kept pairs of the
  // articles
  // they detected are, so that saving those articles' records need not scan the whole table
  private final it.unimi.dsi.fastutil.longs.LongArrayList touched =
      new it.unimi.dsi.fastutil.longs.LongArrayList();

  /** The pairs kept. */
  int size() {
    int n = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0 && live(s)) {
        n++;
      }
    }
    return n;
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
   * are those at {@code positions} of the index (in increasing order), with these stamps. Once the
   * detection is {@link #done}, these articles keep only the pairs it looked at.
   */
  View view(int[] positions, long[] stamps) {
    for (int k = 1; k < positions.length; k++) {
      if (positions[k] <= positions[k - 1]) {
        throw new IllegalArgumentException(
            "positions must increase: " + Arrays.toString(positions));
      }
    }
    active = ++serial;
    for (int k = 0; k < positions.length; k++) {
      int p = positions[k];
      grow(p);
      if (this.stamps[p] != stamps[k]) {
        // an article with other words than its kept pairs were made from keeps none of them
        this.stamps[p] = stamps[k];
        last[p] = -1;
      }
    }
    return new View(this, positions, active);
  }

  /** Ends a detection: its articles keep the pairs it looked at, and only those. */
  void done(View v) {
    if (v.memo != this || v.now != active) {
      throw new IllegalStateException("not the detection under way");
    }
    for (int p : v.positions) {
      last[p] = v.now;
    }
    active = NONE;
  }

  /** A view that keeps nothing: every pair is examined. */
  static View none() {
    return new View(null, null, 0);
  }

  private void grow(int position) {
    if (position >= last.length) {
      int n = Math.max(position + 1, last.length * 2);
      last = Arrays.copyOf(last, n);
      stamps = Arrays.copyOf(stamps, n);
    }
  }

  /**
   * Whether the pair in slot {@code s} is kept: both articles' last detection looked at it, or the
   * detection under way did.
   */
  private boolean live(int s) {
    return live(keys[s], serials[s]);
  }

  private boolean live(long key, int serialOf) {
    return serialOf == active
        || serialOf == last[PairList.first(key)] && serialOf == last[PairList.second(key)];
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int s = (int) Hashing.mix(key) & mask;
    while (keys[s] != 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  /** Files a pair (a free slot is taken; the table is rebuilt when it fills). */
  private void put(long key, int serialOf, Known k) {
    int s = slot(key);
    if (keys[s] == 0) {
      if ((used + 1) * 4 > keys.length * 3) {
        rebuild();
        s = slot(key);
      }
      keys[s] = key;
      used++;
    }
    serials[s] = serialOf;
    known[s] = k;
  }

  /** Drops the pairs no longer kept, and doubles the table when what is kept fills half of it. */
  private void rebuild() {
    long[] oldKeys = keys;
    int[] oldSerials = serials;
    Known[] oldKnown = known;
    int live = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != 0 && live(s)) {
        live++;
      }
    }
    int capacity = oldKeys.length;
    while (live * 2 > capacity) {
      capacity *= 2;
    }
    keys = new long[capacity];
    serials = new int[capacity];
    known = new Known[capacity];
    used = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      long key = oldKeys[s];
      if (key != 0 && live(key, oldSerials[s])) {
        int t = slot(key);
        keys[t] = key;
        serials[t] = oldSerials[s];
        known[t] = oldKnown[s];
        used++;
      }
    }
  }

  /** Pair results of one detection, by the detection's positions. */
  static final class View {
    private final PairMemo memo;
    private final int[] positions;
    private final int now;

    private View(PairMemo memo, int[] positions, int now) {
      this.memo = memo;
      this.positions = positions;
      this.now = now;
    }

    /**
     * What is known of the pair of the detection's articles {@code a < b}: what the memo kept when
     * both articles' last detection looked at it with their present words, or what this detection
     * learnt of it so far.
     */
    Known get(int a, int b) {
      if (a >= b) {
        throw new IllegalArgumentException("a pair is asked for in order: a=" + a + ", b=" + b);
      }
      if (memo == null) {
        return Known.EMPTY;
      }
      long key = PairList.key(positions[a], positions[b]);
      memo.touched.add(key);
      int s = memo.slot(key);
      if (memo.keys[s] == 0) {
        memo.put(key, now, Known.EMPTY);
        return Known.EMPTY;
      }
      int was = memo.serials[s];
      if (was == now) {
        return memo.known[s];
      }
      memo.serials[s] = now;
      if (was == memo.last[positions[a]] && was == memo.last[positions[b]]) {
        return memo.known[s];
      }
      memo.known[s] = Known.EMPTY;
      return Known.EMPTY;
    }

    /**
     * Records what this detection learnt of the pair {@code a < b} (asked for with {@link #get}).
     */
    void put(int a, int b, Known k) {
      if (memo != null) {
        long key = PairList.key(positions[a], positions[b]);
        memo.touched.add(key);
        memo.put(key, now, k);
      }
    }

    /** Counts a result served from the memo. */
    void reused() {
      if (memo != null) {
        memo.reused++;
      }
    }
  }

  /** Writes the kept pairs and the articles' stamps, for an index of {@code size} articles. */
  void write(DataOutputStream d, int size) throws IOException {
    long[] kept = new long[used];
    int n = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0 && live(s)) {
        kept[n++] = keys[s];
      }
    }
    kept = Arrays.copyOf(kept, n);
    Arrays.sort(kept);
    boolean[] stamped = new boolean[size];
    for (long key : kept) {
      stamped[PairList.first(key)] = true;
      stamped[PairList.second(key)] = true;
    }
    for (int i = 0; i < size; i++) {
      d.writeLong(stamped[i] ? stamps[i] : 0);
    }
    d.writeInt(n);
    long previous = 0;
    for (long key : kept) {
      writeVarLong(d, key - previous);
      previous = key;
      write(d, known[slot(key)]);
    }
  }

  /**
   * Writes, for the article at {@code position}, its stamp and the kept pairs whose later article
   * it is (what {@link #readPairs} reads back): the part of the memo an index keeps with the
   * article's own record, so that a save writes only the records of the articles a detection looked
   * at.
   */
  void writePairs(DataOutputStream d, int position, List<Long> pairKeys) throws IOException {
    d.writeLong(position < stamps.length ? stamps[position] : 0);
    d.writeInt(pairKeys.size());
    for (long key : pairKeys) {
      d.writeInt(PairList.first(key));
      write(d, known[slot(key)]);
    }
  }

  /**
   * The kept pairs whose later article is marked in {@code of}, by that article, each list in
   * increasing order of the earlier article. With {@code detectedOnly} (every article marked was
   * detected since {@link #forgetTouched}, or has no kept pair) only the pairs detections looked at
   * since are read, not the whole table.
   */
  java.util.Map<Integer, List<Long>> keptBySecond(BitSet of, boolean detectedOnly) {
    // an article detected since the pairs were last touched keeps only pairs its last detection
    // looked at: those are read when there are fewer of them than pairs in the table
    boolean touchedOnly = detectedOnly && touched.size() < used;
    int n = touchedOnly ? touched.size() : keys.length;
    java.util.Map<Integer, List<Long>> out = new java.util.HashMap<>();
    for (int t = 0; t < n; t++) {
      long key = touchedOnly ? touched.getLong(t) : keys[t];
      int s = touchedOnly ? slot(key) : t;
      if (key != 0 && keys[s] == key && live(s) && of.get(PairList.second(key))) {
        out.computeIfAbsent(PairList.second(key), x -> new ArrayList<>()).add(key);
      }
    }
    // a pair looked at twice is touched twice
    out.replaceAll((second, l) -> l.stream().sorted().distinct().toList());
    return out;
  }

  /**
   * Reads what {@link #writePairs} wrote for the article at {@code position} into this memo (being
   * restored): its stamp, and each pair for which {@code kept} answers true given the earlier
   * article (a pair whose earlier article's record was written again since is no longer kept).
   */
  void readPairs(DataInputStream d, int position, java.util.function.IntPredicate kept)
      throws IOException {
    grow(position);
    long stamp = d.readLong();
    int n = count(d.readInt());
    for (int i = 0; i < n; i++) {
      int a = d.readInt();
      if (a < 0 || a >= position) {
        throw new IOException(
            "the saved copy index is damaged: a kept pair " + a + ", " + position);
      }
      Known k = read(d);
      if (kept.test(a)) {
        put(PairList.key(a, position), 0, k);
      }
    }
    stamps[position] = stamp;
  }

  /** Starts anew the pairs detections looked at (once the records they changed are saved). */
  void forgetTouched() {
    touched.clear();
  }

  /**
   * Ends a restore by records: an article left without kept pairs has no stamp (as {@link #write}
   * writes it).
   */
  void restored(int size) {
    boolean[] stamped = new boolean[size];
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0) {
        stamped[PairList.first(keys[s])] = true;
        stamped[PairList.second(keys[s])] = true;
      }
    }
    for (int i = 0; i < size && i < stamps.length; i++) {
      if (!stamped[i]) {
        stamps[i] = 0;
      }
    }
  }

  /**
   * Reads what {@link #write} wrote for an index of {@code size} articles.
   *
   * @throws IOException when it cannot be read or names articles the index does not hold
   */
  static PairMemo read(DataInputStream d, int size) throws IOException {
    PairMemo memo = new PairMemo();
    memo.grow(Math.max(0, size - 1));
    for (int i = 0; i < size; i++) {
      memo.stamps[i] = d.readLong();
    }
    int n = count(d.readInt());
    int capacity = 64;
    while (n * 2 > capacity) {
      capacity *= 2;
    }
    memo.keys = new long[capacity];
    memo.serials = new int[capacity];
    memo.known = new Known[capacity];
    long key = 0;
    for (int i = 0; i < n; i++) {
      long delta = readVarLong(d);
      if (delta <= 0) {
        throw new IOException("the saved copy index is damaged: kept pairs out of order");
      }
      key += delta;
      int a = PairList.first(key);
      int b = PairList.second(key);
      if (a < 0 || a >= b || b >= size) {
        throw new IOException("the saved copy index is damaged: a kept pair " + a + ", " + b);
      }
      // every article's last detection is serial 0, and so is every kept pair's
      memo.put(key, 0, read(d));
    }
    return memo;
  }

  private static void write(DataOutputStream d, Known k) throws IOException {
    CopyCheck c = k.copy();
    int flags =
        (c == null ? 0 : c.shares() ? 2 : 1)
            | k.lexical() << 2
            | (k.examined() == null ? 0 : k.examined().cells() == null ? 1 : 2) << 4;
    d.writeByte(flags);
    if (c != null && c.shares()) {
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
    if (k.lexical() == YES) {
      d.writeDouble(k.lexicalScore());
    }
    Examined x = k.examined();
    if (x != null) {
      writeBits(d, x.vectorsA());
      writeBits(d, x.vectorsB());
      if (x.cells() != null) {
        d.writeInt(x.cells().size());
        for (SentenceAligner.Cell cell : x.cells()) {
          d.writeInt(cell.a());
          d.writeInt(cell.b());
          d.writeDouble(cell.similarity());
        }
        d.writeDouble(x.coverageA());
        d.writeDouble(x.coverageB());
        d.writeDouble(x.meanSimilarity());
      }
    }
  }

  private static Known read(DataInputStream d) throws IOException {
    int flags = d.readUnsignedByte();
    int copyKind = flags & 3;
    int lexical = (flags >> 2) & 3;
    int examinedKind = (flags >> 4) & 3;
    if (copyKind == 3 || lexical > YES || examinedKind == 3 || flags >> 6 != 0) {
      throw new IOException("the saved copy index is damaged: a kept pair's flags " + flags);
    }
    CopyCheck copy = copyKind == 0 ? null : copyKind == 1 ? CopyCheck.NONE : readCopy(d);
    double score = lexical == YES ? d.readDouble() : 0;
    Known k = Known.EMPTY.withCopy(copy).withLexical((byte) lexical, score);
    if (examinedKind == 0) {
      return k;
    }
    BitSet va = readBits(d);
    BitSet vb = readBits(d);
    if (examinedKind == 1) {
      return k.withExamined(new Examined(va, vb, null, 0, 0, 0));
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
    return k.withExamined(
        new Examined(va, vb, List.copyOf(cells), d.readDouble(), d.readDouble(), d.readDouble()));
  }

  private static CopyCheck readCopy(DataInputStream d) throws IOException {
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

  private static void writeVarLong(DataOutputStream d, long v) throws IOException {
    while ((v & ~0x7fL) != 0) {
      d.writeByte((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    d.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream d) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = d.readUnsignedByte();
      v |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("the saved copy index is damaged: a number too long");
  }

  private static int count(int n) throws IOException {
    if (n < 0 || n > 1 << 24) {
      throw new IOException("the saved copy index is damaged: a count of " + n);
    }
    return n;
  }
}
