package io.corroborate.spark;

import io.corroborate.provenance.LshBands;
import io.corroborate.provenance.NearDuplicateFinder;
import io.corroborate.provenance.NormalizedTokens;
import io.corroborate.provenance.ProvenanceConfig;
import io.corroborate.provenance.Shingles;
import io.corroborate.provenance.Sketch;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongArrays;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * {@code corroborate-spark bench-copies CORPUS}: the copy stage's near-duplicate search on Spark,
 * side by side with Spark MLlib's {@link MinHashLSH} self-join on the same corpus (a folder written
 * by {@code corroborate-bench copy-corpus}: {@code texts.tsv} and {@code planted.tsv}).
 *
 * <p>Ours, end to end from the text file: each article's shingles, MinHash signature and passage
 * fingerprints ({@link NearDuplicateFinder}) on executors; its blocking keys (content hash, LSH
 * bands, fingerprints: {@link NearDuplicateFinder#blockingKeys}) joined across partitions by key;
 * each key's members paired as the embedded LSH pairs a bucket (all pairs up to {@link
 * LshBands#MAX_BUCKET_PAIRS_SIZE}, else the first {@link LshBands#ANCHORS} with the rest), a pair
 * met only through fingerprints kept when it shares as many as the embedded finder asks; then the
 * exact check copy detection makes (shared distinct shingles, {@link
 * ProvenanceConfig#sharesEnough}), each pair in one partition, to which each article in some pair
 * sends its shingle set once (the text is read a second time rather than every set kept). Keys,
 * pairs and sets travel as blocks of primitive longs, one per pair of partitions. MLlib's, end to
 * end from the same file: the same distinct shingles as a sparse binary vector per article, {@code
 * MinHashLSH} fitted and {@code approxSimilarityJoin} of the corpus with itself under a Jaccard
 * distance threshold. Both report articles per second of wall time and the recall of the planted
 * copies.
 */
final class CopiesBench {

  private CopiesBench() {}

  /** MinHashLSH's hash works on indices below its prime (2038074743); shingles are folded here. */
  private static final int VECTOR_SIZE = 1 << 30;

  private static final ProvenanceConfig PC = ProvenanceConfig.DEFAULT;

  static final String USAGE =
      "usage: corroborate-spark bench-copies CORPUS_DIR [--master local[2]] [--partitions N]"
          + " [--mllib] [--mllib-only] [--tables 5] [--threshold 0.8] [--csv FILE]";

  record Args(
      String corpus,
      String master,
      Integer partitions,
      boolean ours,
      boolean mllib,
      int tables,
      double threshold,
      String csv) {}

  static int run(String[] argv, PrintStream out, PrintStream err) {
    Args args;
    try {
      args = parse(argv);
    } catch (IllegalArgumentException e) {
      err.println("corroborate-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (args == null) {
      out.println(USAGE);
      return 0;
    }
    Path texts = Path.of(args.corpus(), "texts.tsv");
    Path plantedFile = Path.of(args.corpus(), "planted.tsv");
    if (!Files.isRegularFile(texts) || !Files.isRegularFile(plantedFile)) {
      err.println(
          "corroborate-spark: "
              + args.corpus()
              + " holds no texts.tsv and planted.tsv (write one with corroborate-bench copy-corpus)");
      return 2;
    }
    long[] planted;
    try {
      planted = planted(plantedFile);
    } catch (IOException | RuntimeException e) {
      err.println("corroborate-spark: cannot read " + plantedFile + ": " + e.getMessage());
      return 2;
    }
    SparkSession spark =
        SparkMain.session(
            "corroborate bench-copies",
            args.master(),
            "local[2]",
            Map.of("spark.serializer", "org.apache.spark.serializer.KryoSerializer"));
    try {
      spark.sparkContext().setLogLevel("WARN");
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // a partition of about 64 MB of text (some 18,000 articles) at most, four per core at least
      int parts =
          args.partitions() != null
              ? args.partitions()
              : (int)
                  Math.max(
                      4L * spark.sparkContext().defaultParallelism(),
                      Files.size(texts) / (64L << 20));
      String input = texts.toAbsolutePath().toUri().toString();
      List<String> csv = new ArrayList<>();
      if (args.ours()) {
        Result r = ours(jsc, input, parts, planted);
        out.println(r.line("spark-copies", planted.length));
        csv.add(r.csv("Spark local copy stage"));
      }
      if (args.mllib()) {
        Result r = mllib(spark, jsc, input, parts, planted, args.tables(), args.threshold());
        out.println(
            r.line(
                "mllib-minhashlsh tables=" + args.tables() + " threshold=" + args.threshold(),
                planted.length));
        csv.add(r.csv("MLlib MinHashLSH self-join"));
      }
      if (args.csv() != null) {
        Files.write(
            Path.of(args.csv()),
            csv,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
      return 0;
    } catch (IOException e) {
      err.println("corroborate-spark: cannot write: " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
    }
  }

  /** One side's outcome. */
  record Result(
      long articles, double seconds, long candidates, long pairs, int found, String more) {
    String line(String name, int planted) {
      return String.format(
          Locale.ROOT,
          "%s articles=%d wall=%.1fs articles/s=%.0f us/article=%.1f%s pairs=%d"
              + " planted=%d recall=%.4f%s",
          name,
          articles,
          seconds,
          articles / seconds,
          1e6 * seconds / articles,
          candidates < 0 ? "" : " candidates=" + candidates,
          pairs,
          planted,
          planted == 0 ? 1.0 : found / (double) planted,
          more);
    }

    String csv(String series) {
      return String.format(Locale.ROOT, "%s,%d,%.2f", series, articles, 1e6 * seconds / articles);
    }
  }

  /** Position and paragraphs of one line of texts.tsv. */
  private static Tuple2<Integer, String> article(String line) {
    int tab = line.indexOf('\t');
    if (tab <= 0) {
      throw new IllegalArgumentException("not position<TAB>text: " + abbreviate(line));
    }
    return new Tuple2<>(
        Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1).replace("\t", "\n\n"));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  // value of a blocking key: position (32 bits), fingerprint count (capped), fingerprint-key flag
  private static long member(int position, int fingerprints, boolean fingerprintKey) {
    return ((long) position << 20)
        | ((long) Math.min(fingerprints, 0x7ffff) << 1)
        | (fingerprintKey ? 1 : 0);
  }

  static Result ours(JavaSparkContext jsc, String input, int parts, long[] planted) {
    long t0 = System.nanoTime();
    int bands = PC.hashing().bands();
    LongAccumulator articles = jsc.sc().longAccumulator("articles");
    // pass 1, the key join: each text partition sketches its articles and sends each key partition
    // one block of (key, member) longs; a key partition sorts its blocks by key and pairs each
    // key's
    // members as the embedded LSH pairs a bucket. A pair's value is the number of fingerprint keys
    // it shares, with the number it needs in the high bits, or -1 when it shares another key
    // (content, band): then it is a candidate whatever its fingerprints.
    JavaRDD<long[]> candidateBlocks =
        jsc.textFile(input, parts)
            .mapPartitionsToPair(
                it -> {
                  NearDuplicateFinder finder =
                      new NearDuplicateFinder(PC.hashing(), PC.window(), PC.minTokens());
                  LongArrayList[] blocks = new LongArrayList[parts];
                  while (it.hasNext()) {
                    Tuple2<Integer, String> a = article(it.next());
                    articles.add(1);
                    NormalizedTokens t = NormalizedTokens.of(a._2());
                    Sketch s = finder.sketch(t.contentHash(), t.size(), finder.shingles(t));
                    if (!s.usable(PC.minTokens())) {
                      continue;
                    }
                    long[] keys = finder.blockingKeys(s);
                    for (int k = 0; k < keys.length; k++) {
                      add(blocks, keys[k], member(a._1(), s.fingerprints().length, k > bands));
                    }
                  }
                  return blocks(blocks);
                })
            .partitionBy(new HashPartitioner(parts))
            .mapPartitionsToPair(
                it -> {
                  long[][] km = sorted(it);
                  long[] k = km[0];
                  Long2IntOpenHashMap found = new Long2IntOpenHashMap();
                  for (int i = 0; i < k.length; ) {
                    int j = i + 1;
                    while (j < k.length && k[j] == k[i]) {
                      j++;
                    }
                    if (j - i > 1) {
                      pairBucket(km[1], i, j, found);
                    }
                    i = j;
                  }
                  LongArrayList[] blocks = new LongArrayList[parts];
                  found
                      .long2IntEntrySet()
                      .fastForEach(e -> add(blocks, e.getLongKey(), e.getIntValue()));
                  return blocks(blocks);
                })
            .partitionBy(new HashPartitioner(parts))
            .map(it -> it._2())
            .glom()
            .map(
                list -> {
                  long[][] pv = sorted(list.stream().map(b -> new Tuple2<>(0, b)).iterator());
                  long[] p = pv[0];
                  LongArrayList out = new LongArrayList();
                  for (int i = 0; i < p.length; ) {
                    int value = (int) pv[1][i];
                    int j = i + 1;
                    while (j < p.length && p[j] == p[i]) {
                      value = shareBoth(value, (int) pv[1][j]);
                      j++;
                    }
                    if (value < 0 || (value & 0xffff) >= (value >>> 16)) {
                      out.add(p[i]);
                    }
                    i = j;
                  }
                  return out.toLongArray();
                });
    long[] candidates =
        candidateBlocks.collect().stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double pairSeconds = (System.nanoTime() - t0) / 1e9;
    // pass 2, the exact check: each pair is checked in one partition; the text is read again and
    // each article in some pair sends its shingle set to the partitions of its pairs (one shuffle,
    // rather than every set kept or joined twice)
    long[] byB = new long[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      byB[i] = (candidates[i] << 32) | (candidates[i] >>> 32);
    }
    Arrays.sort(byB);
    Broadcast<long[][]> pairsOf = jsc.broadcast(new long[][] {candidates, byB});
    List<long[]> verifiedBlocks =
        jsc.textFile(input, parts)
            .mapPartitionsToPair(
                it -> {
                  long[][] pp = pairsOf.value();
                  LongArrayList[] blocks = new LongArrayList[parts];
                  java.util.BitSet to = new java.util.BitSet(parts);
                  while (it.hasNext()) {
                    String line = it.next();
                    int tab = line.indexOf('\t');
                    if (tab <= 0) {
                      continue;
                    }
                    long x = Long.parseLong(line.substring(0, tab));
                    to.clear();
                    for (long[] sorted : pp) {
                      for (int i = lowerBound(sorted, x << 32);
                          i < sorted.length && sorted[i] >>> 32 == x;
                          i++) {
                        long partner = sorted[i] & 0xffffffffL;
                        to.set(
                            partitionOf(Math.min(x, partner) << 32 | Math.max(x, partner), parts));
                      }
                    }
                    if (to.isEmpty()) {
                      continue;
                    }
                    long[] sh =
                        Shingles.distinctSorted(
                            Shingles.inOrder(
                                NormalizedTokens.of(article(line)._2()),
                                PC.hashing().shingleSize()));
                    for (int b = to.nextSetBit(0); b >= 0; b = to.nextSetBit(b + 1)) {
                      if (blocks[b] == null) {
                        blocks[b] = new LongArrayList();
                      }
                      blocks[b].add(x);
                      blocks[b].add(sh.length);
                      blocks[b].addElements(blocks[b].size(), sh);
                    }
                  }
                  return blocks(blocks);
                })
            .partitionBy(new HashPartitioner(parts))
            .mapPartitionsWithIndex(
                (part, it) -> {
                  Int2ObjectOpenHashMap<long[]> sets = new Int2ObjectOpenHashMap<>();
                  while (it.hasNext()) {
                    long[] b = it.next()._2();
                    for (int i = 0; i < b.length; ) {
                      int n = (int) b[i + 1];
                      sets.put((int) b[i], Arrays.copyOfRange(b, i + 2, i + 2 + n));
                      i += 2 + n;
                    }
                  }
                  LongArrayList out = new LongArrayList();
                  for (long c : pairsOf.value()[0]) {
                    if (partitionOf(c, parts) != part) {
                      continue;
                    }
                    long[] sa = sets.get((int) (c >>> 32));
                    long[] sb = sets.get((int) c);
                    if (PC.sharesEnough(Shingles.shared(sa, sb), sa.length, sb.length)) {
                      out.add(c);
                    }
                  }
                  return List.of(out.toLongArray()).iterator();
                },
                true)
            .collect();
    long[] found = verifiedBlocks.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(
        articles.value(),
        seconds,
        candidates.length,
        found.length,
        recall(planted, found),
        String.format(
            Locale.ROOT,
            " | read+sketch+key join+pairs %.1fs, exact check %.1fs",
            pairSeconds,
            seconds - pairSeconds));
  }

  /** The partition that checks a pair. */
  private static int partitionOf(long pair, int parts) {
    return (int) Math.floorMod(pair * 0x9E3779B97F4A7C15L, (long) parts);
  }

  /** The first index of sorted {@code a} whose value is at least {@code v}. */
  private static int lowerBound(long[] a, long v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Appends a (key, value) to the block of the key's partition. */
  private static void add(LongArrayList[] blocks, long key, long value) {
    int b = (int) Math.floorMod(key, (long) blocks.length);
    if (blocks[b] == null) {
      blocks[b] = new LongArrayList();
    }
    blocks[b].add(key);
    blocks[b].add(value);
  }

  /** The non-empty blocks, keyed by partition. */
  private static Iterator<Tuple2<Integer, long[]>> blocks(LongArrayList[] blocks) {
    List<Tuple2<Integer, long[]>> out = new ArrayList<>();
    for (int b = 0; b < blocks.length; b++) {
      if (blocks[b] != null) {
        out.add(new Tuple2<>(b, blocks[b].toLongArray()));
      }
    }
    return out.iterator();
  }

  /** The (key, value) longs of some blocks, as keys and values sorted by key then value. */
  private static long[][] sorted(Iterator<? extends Tuple2<Integer, long[]>> it) {
    List<long[]> all = new ArrayList<>();
    int n = 0;
    while (it.hasNext()) {
      long[] b = it.next()._2();
      all.add(b);
      n += b.length / 2;
    }
    long[] k = new long[n];
    long[] v = new long[n];
    int i = 0;
    for (long[] b : all) {
      for (int j = 0; j < b.length; j += 2) {
        k[i] = b[j];
        v[i++] = b[j + 1];
      }
    }
    LongArrays.radixSort(k, v);
    return new long[][] {k, v};
  }

  /**
   * Pairs the members {@code m[from, to)} of one key (sorted by position), as the embedded LSH
   * pairs one bucket: all pairs up to {@link LshBands#MAX_BUCKET_PAIRS_SIZE} members, else the
   * first {@link LshBands#ANCHORS} with every other.
   */
  private static void pairBucket(long[] m, int from, int to, Long2IntOpenHashMap found) {
    int size = to - from;
    int anchors = size <= LshBands.MAX_BUCKET_PAIRS_SIZE ? size : LshBands.ANCHORS;
    for (int x = from; x < from + anchors; x++) {
      for (int y = x + 1; y < to; y++) {
        long a = m[x] >>> 20;
        long b = m[y] >>> 20;
        if (a == b) {
          continue;
        }
        int fa = (int) ((m[x] >>> 1) & 0x7ffff);
        int fb = (int) ((m[y] >>> 1) & 0x7ffff);
        int needed =
            Math.min(fa, fb) <= NearDuplicateFinder.SHORT_TEXT_FINGERPRINTS
                ? 1
                : NearDuplicateFinder.MIN_SHARED_FINGERPRINTS;
        int value = (m[x] & 1) == 1 ? needed << 16 | 1 : -1;
        long key = a << 32 | b;
        int old = found.getOrDefault(key, 0);
        found.put(key, old == 0 ? value : shareBoth(old, value));
      }
    }
  }

  /** Two values of one pair (see {@link #ours}) as one. */
  private static int shareBoth(int x, int y) {
    return x < 0 || y < 0 ? -1 : (x & 0xffff0000) | ((x & 0xffff) + (y & 0xffff));
  }

  static Result mllib(
      SparkSession spark,
      JavaSparkContext jsc,
      String input,
      int parts,
      long[] planted,
      int tables,
      double threshold) {
    long t0 = System.nanoTime();
    JavaRDD<Row> rows =
        jsc.textFile(input, parts)
            .map(
                line -> {
                  Tuple2<Integer, String> a = article(line);
                  long[] sh =
                      Shingles.inOrder(NormalizedTokens.of(a._2()), PC.hashing().shingleSize());
                  int[] idx = new int[sh.length];
                  for (int i = 0; i < sh.length; i++) {
                    idx[i] = (int) (sh[i] & (VECTOR_SIZE - 1));
                  }
                  idx = Arrays.stream(idx).sorted().distinct().toArray();
                  double[] ones = new double[idx.length];
                  Arrays.fill(ones, 1.0);
                  return RowFactory.create(a._1(), Vectors.sparse(VECTOR_SIZE, idx, ones));
                })
            .filter(r -> ((org.apache.spark.ml.linalg.SparseVector) r.get(1)).numNonzeros() > 0);
    StructType schema =
        new StructType(
            new StructField[] {
              new StructField("id", DataTypes.IntegerType, false, Metadata.empty()),
              new StructField("features", SQLDataTypes.VectorType(), false, Metadata.empty())
            });
    Dataset<Row> df = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(tables)
            .setInputCol("features")
            .setOutputCol("hashes")
            .setSeed(42)
            .fit(df);
    List<Row> joined =
        model
            .approxSimilarityJoin(df, df, threshold, "distance")
            .filter("datasetA.id < datasetB.id")
            .selectExpr("datasetA.id AS a", "datasetB.id AS b")
            .collectAsList();
    long articles = df.count();
    double seconds = (System.nanoTime() - t0) / 1e9;
    df.unpersist();
    long[] found = new long[joined.size()];
    for (int i = 0; i < found.length; i++) {
      found[i] = (long) joined.get(i).getInt(0) << 32 | joined.get(i).getInt(1);
    }
    Arrays.sort(found);
    return new Result(articles, seconds, -1, found.length, recall(planted, found), "");
  }

  private static int recall(long[] planted, long[] found) {
    int n = 0;
    for (long p : planted) {
      if (Arrays.binarySearch(found, p) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** The planted pairs as sorted keys {@code min << 32 | max}. */
  private static long[] planted(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    long[] out = new long[lines.size()];
    int n = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      long a = Long.parseLong(f[0]);
      long b = Long.parseLong(f[1]);
      out[n++] = Math.min(a, b) << 32 | Math.max(a, b);
    }
    out = Arrays.copyOf(out, n);
    Arrays.sort(out);
    return out;
  }

  static Args parse(String[] argv) {
    String corpus = null;
    String master = null;
    Integer partitions = null;
    boolean ours = true;
    boolean mllib = false;
    int tables = 5;
    double threshold = 0.8;
    String csv = null;
    Map<String, String> seen = new HashMap<>();
    for (int i = 1; i < argv.length; i++) {
      String a = argv[i];
      switch (a) {
        case "--help", "-h" -> {
          return null;
        }
        case "--mllib" -> mllib = true;
        case "--mllib-only" -> {
          mllib = true;
          ours = false;
        }
        case "--master", "--partitions", "--tables", "--threshold", "--csv" -> {
          if (i + 1 >= argv.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          seen.put(a, argv[++i]);
        }
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option: " + a);
          }
          if (corpus != null) {
            throw new IllegalArgumentException("one CORPUS_DIR only: " + a);
          }
          corpus = a;
        }
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException("bench-copies needs a CORPUS_DIR");
    }
    try {
      master = seen.get("--master");
      if (seen.containsKey("--partitions")) {
        partitions = Integer.parseInt(seen.get("--partitions"));
      }
      if (seen.containsKey("--tables")) {
        tables = Integer.parseInt(seen.get("--tables"));
      }
      if (seen.containsKey("--threshold")) {
        threshold = Double.parseDouble(seen.get("--threshold"));
      }
      csv = seen.get("--csv");
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + e.getMessage());
    }
    return new Args(corpus, master, partitions, ours, mllib, tables, threshold, csv);
  }
}
