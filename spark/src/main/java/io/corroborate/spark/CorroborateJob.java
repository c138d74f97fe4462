package io.corroborate.spark;

import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.ArticleProfile;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.LshBands;
import io.corroborate.stories.NewsStoryClusterer;
import io.corroborate.stories.StoryConfig;
import io.corroborate.stories.WindowedStories;
import io.corroborate.util.DisjointSets;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The three phases as one Spark job, with the embedded pipeline's results:
 *
 * <ol>
 *   <li>inputs are listed on the driver (file names only) and read and cleaned on executors by
 *       core's readers; duplicates of an article id keep the first in input order, as {@code
 *       analyze} does; articles get dense indices in input order;
 *   <li>phase 1 runs per partition, one analyzer per executor JVM ({@link Phases});
 *   <li>copies: each article's LSH band, fingerprint and content-hash keys ({@link
 *       CopyFinder#blockingKeys}) are grouped by key across partitions; a key with more members
 *       than detection pairs in full ties them all to its first, a smaller one gives its pairs, and
 *       a pair ties its articles only when detection could link or examine it ({@link
 *       CopyFinder#mayMatter}); the ties' connected components are found on the driver (an int per
 *       article, never an article) and articles are partitioned by component, so that every
 *       partition holds whole components, and {@link CopyFinder} runs on each partition with the
 *       corpus's origin names: the links are the embedded ones;
 *   <li>stories: the stream clusterer runs on the driver over the story profiles, streamed in input
 *       order one partition at a time; the driver holds the profiles (a few kilobytes per article),
 *       never the analyses; or, with {@link Settings#storyWindows}, on executors over windows of
 *       the input order joined by their overlaps ({@link WindowedStories}), the driver holding only
 *       ids;
 *   <li>phase 3 runs per story on executors (articles grouped by story id).
 * </ol>
 *
 * A record that cannot be read or cleaned is counted and reported in the summary; it never fails
 * the job. Not thread-safe: one driver thread runs a job.
 */
public final class CorroborateJob {

  /** Problem lines kept for the summary (the count covers all). */
  static final int MAX_PROBLEM_LINES = 200;

  /**
   * How a job runs.
   *
   * @param partitions partitions of the article stages (at least 1)
   * @param now the instant every executor judges dates against
   * @param storyWindows 0 to cluster stories on the driver over the whole stream (the embedded
   *     stories); more to cut the input order into that many windows clustered on executors and
   *     joined ({@link WindowedStories})
   */
  public record Settings(int partitions, Instant now, int storyWindows) implements Serializable {
    /** Stories clustered on the driver. */
    public Settings(int partitions, Instant now) {
      this(partitions, now, 0);
    }

    /** Validates the fields. */
    public Settings {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be positive: partitions=" + partitions);
      }
      if (storyWindows < 0) {
        throw new IllegalArgumentException(
            "storyWindows must not be negative: storyWindows=" + storyWindows);
      }
      Objects.requireNonNull(now, "now");
    }
  }

  /** What phase 1 keeps of one article for the later stages. */
  static final class Analysed implements Serializable {
    private static final long serialVersionUID = 1L;
    final String id;
    final String json;
    final long[] keys;
    final List<String> names;
    final CopyFinder.PairGate gate;

    Analysed(String id, String json, long[] keys, List<String> names, CopyFinder.PairGate gate) {
      this.id = id;
      this.json = json;
      this.keys = keys;
      this.names = names;
      this.gate = gate;
    }
  }

  private CorroborateJob() {}

  /** Runs the phases over the inputs; outputs are taken from the result. */
  public static JobResult run(SparkSession spark, List<String> inputs, Settings settings) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobSummary summary = new JobSummary();
    LongAccumulator problemCount = jsc.sc().longAccumulator("problems");
    CollectionAccumulator<String> problemLines = jsc.sc().collectionAccumulator("problem lines");
    LongAccumulator fallbacks = jsc.sc().longAccumulator("analyses kept by headline");
    LongAccumulator read = jsc.sc().longAccumulator("documents read");
    List<String> driverProblems = new ArrayList<>();
    ProblemListener onDriver = p -> driverProblems.add(p.toString());

    long t0 = System.nanoTime();
    List<String> files = Inputs.list(inputs, jsc.hadoopConfiguration(), onDriver);
    summary.files = files.size();
    Map<String, String> hadoopConf = new HashMap<>();
    jsc.hadoopConfiguration()
        .iterator()
        .forEachRemaining(e -> hadoopConf.put(e.getKey(), e.getValue()));
    Broadcast<Map<String, String>> conf = jsc.broadcast(hadoopConf);
    Instant now = settings.now();
    int parts = settings.partitions();

    // read and clean: (input order, article as JSON); order = file index << 32 | document number
    List<Tuple2<Long, String>> indexedFiles = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      indexedFiles.add(new Tuple2<>((long) i, files.get(i)));
    }
    JavaPairRDD<Long, String> docs =
        jsc.parallelize(indexedFiles, Math.max(1, Math.min(files.size(), parts)))
            .flatMapToPair(
                f -> {
                  List<Tuple2<Long, String>> out = new ArrayList<>();
                  TaskProblems problems = new TaskProblems(problemCount, problemLines);
                  long[] n = {0};
                  Inputs.read(
                      f._2(),
                      conf.value(),
                      Phases.reader(now),
                      doc -> {
                        read.add(1);
                        long order = (f._1() << 32) | n[0]++;
                        try {
                          out.add(
                              new Tuple2<>(order, Codec.article(Phases.cleaner(now).clean(doc))));
                        } catch (RuntimeException | StackOverflowError e) {
                          problems.onProblem(
                              new Problem(
                                  doc.source(),
                                  "could not be cleaned: "
                                      + e.getClass().getSimpleName()
                                      + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                                  true));
                        }
                      },
                      problems);
                  return out.iterator();
                });

    // one article per id, the first in input order (as analyze keeps it)
    JavaPairRDD<Long, String> firsts =
        docs.mapToPair(d -> new Tuple2<>(Codec.article(d._2()).id(), d))
            .reduceByKey(
                (a, b) -> {
                  Tuple2<Long, String> first = a._1() <= b._1() ? a : b;
                  Tuple2<Long, String> later = first == a ? b : a;
                  Article fa = Codec.article(first._2());
                  Article la = Codec.article(later._2());
                  if (!fa.source().equals(la.source())) {
                    problemCount.add(1);
                    problemLines.add(
                        new Problem(
                                la.source(),
                                "is the same article as "
                                    + fa.source()
                                    + " (same address, given id or text): kept the first",
                                true)
                            .toString());
                  }
                  return first;
                })
            .values()
            .mapToPair(t -> t);
    JavaPairRDD<Long, String> ordered =
        firsts.sortByKey(true, parts).values().zipWithIndex().mapToPair(t -> t.swap());

    // phase 1, one analyzer per executor JVM; the copy keys and names are computed beside it
    JavaPairRDD<Long, Analysed> analysed =
        ordered
            .mapPartitionsToPair(
                it -> {
                  List<Tuple2<Long, Analysed>> out = new ArrayList<>();
                  CopyFinder copies = Phases.copies(now);
                  TaskProblems problems = new TaskProblems(problemCount, problemLines);
                  Consumer<String> failed =
                      line -> {
                        fallbacks.add(1);
                        problems.line(line);
                      };
                  while (it.hasNext()) {
                    Tuple2<Long, String> t = it.next();
                    Article a = Codec.article(t._2());
                    ArticleAnalysis an = Phases.analyze(now, a, failed);
                    long[] keys = Arrays.stream(copies.blockingKeys(a)).distinct().toArray();
                    out.add(
                        new Tuple2<>(
                            t._1(),
                            new Analysed(
                                a.id(),
                                Codec.analysis(an),
                                keys,
                                new ArrayList<>(CopyFinder.originNames(a)),
                                copies.gate(a))));
                  }
                  return out.iterator();
                },
                true)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long n = analysed.count();
    summary.articles = n;
    summary.readSeconds = seconds(t0);
    summary.documents = read.value();
    long t1 = System.nanoTime();
    if (n == 0) {
      summary.problems = problemCount.value() + driverProblems.size();
      summary.problemLines = lines(driverProblems, problemLines.value());
      return new JobResult(spark, settings, summary, analysed, null, List.of(), null);
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("too many articles for one job: " + n);
    }

    // phase 2, copies: candidate edges by a join on keys, components on the driver
    JavaPairRDD<Long, Long> keyed =
        analysed.flatMapToPair(
            t -> {
              List<Tuple2<Long, Long>> out = new ArrayList<>(t._2().keys.length);
              for (long k : t._2().keys) {
                out.add(new Tuple2<>(k, t._1()));
              }
              return out.iterator();
            });
    // each key's members: a bucket larger than detection pairs in full is kept whole (each member
    // tied to its first), so that detection sees the same anchors; a smaller one gives its pairs,
    // and a pair ties its articles only when detection could link or examine it
    // (CopyFinder#mayMatter): shared keys alone chain most of a corpus of one kind of news
    // (pair, whether it is tied whatever detection makes of it)
    JavaPairRDD<Long, Boolean> pairs =
        keyed
            .groupByKey(parts)
            .flatMapToPair(
                t -> {
                  List<Long> m = sortedMembers(t._2());
                  List<Tuple2<Long, Boolean>> out = new ArrayList<>();
                  if (m.size() > LshBands.MAX_BUCKET_PAIRS_SIZE) {
                    for (int i = 1; i < m.size(); i++) {
                      out.add(new Tuple2<>(m.get(0) << 32 | m.get(i), true));
                    }
                  } else {
                    for (int i = 0; i < m.size(); i++) {
                      for (int j = i + 1; j < m.size(); j++) {
                        out.add(new Tuple2<>(m.get(i) << 32 | m.get(j), false));
                      }
                    }
                  }
                  return out.iterator();
                })
            .reduceByKey(Boolean::logicalOr, parts);
    JavaPairRDD<Long, CopyFinder.PairGate> gates =
        analysed.mapToPair(t -> new Tuple2<>(t._1(), t._2().gate));
    JavaRDD<Long> edges =
        pairs
            .mapToPair(p -> new Tuple2<>(p._1() >>> 32, new Tuple2<>(p._1(), p._2())))
            .join(gates, parts)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._1() & 0xffffffffL, new Tuple2<>(t._2()._1(), t._2()._2())))
            .join(gates, parts)
            .mapPartitions(
                it -> {
                  CopyFinder finder = Phases.copies(now);
                  List<Long> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<Tuple2<Tuple2<Long, Boolean>, CopyFinder.PairGate>, CopyFinder.PairGate>
                        t = it.next()._2();
                    if (t._1()._1()._2() || finder.mayMatter(t._1()._2(), t._2())) {
                      out.add(t._1()._1()._1());
                    }
                  }
                  return out.iterator();
                });
    DisjointSets sets = new DisjointSets((int) n);
    long edgeCount = 0;
    for (Iterator<Long> it = edges.toLocalIterator(); it.hasNext(); ) {
      long e = it.next();
      sets.union((int) (e >>> 32), (int) e);
      edgeCount++;
    }
    int[] component = new int[sets.size()];
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int i = 0; i < component.length; i++) {
      component[i] = sets.find(i);
      sizes.merge(component[i], 1, Integer::sum);
    }
    summary.candidateEdges = edgeCount;
    summary.components = sizes.size();
    summary.largestComponent = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Broadcast<int[]> componentOf = jsc.broadcast(component);

    // the corpus's origin names, each once, in the order they first occur
    List<Tuple2<String, Long>> nameFirsts =
        analysed
            .flatMapToPair(
                t -> {
                  List<Tuple2<String, Long>> out = new ArrayList<>();
                  for (String name : t._2().names) {
                    if (name != null) {
                      out.add(new Tuple2<>(name, t._1()));
                    }
                  }
                  return out.iterator();
                })
            .reduceByKey(Math::min)
            .collect();
    List<Tuple2<String, Long>> sortedNames = new ArrayList<>(nameFirsts);
    sortedNames.sort(
        java.util.Comparator.comparing((Tuple2<String, Long> t) -> t._2())
            .thenComparing(Tuple2::_1));
    List<String> names = new ArrayList<>();
    for (Tuple2<String, Long> t : sortedNames) {
      names.add(t._1());
    }
    Broadcast<List<String>> corpusNames = jsc.broadcast(names);

    JavaPairRDD<Long, String> links =
        analysed
            .mapToPair(
                t ->
                    new Tuple2<>(
                        componentOf.value()[(int) (long) t._1()],
                        new Tuple2<>(t._1(), t._2().json)))
            .partitionBy(new HashPartitioner(parts))
            .mapPartitionsToPair(
                it -> {
                  List<Tuple2<Long, String>> part = new ArrayList<>();
                  while (it.hasNext()) {
                    part.add(it.next()._2());
                  }
                  part.sort(java.util.Comparator.comparing(Tuple2::_1));
                  List<ArticleAnalysis> analyses = new ArrayList<>(part.size());
                  for (Tuple2<Long, String> t : part) {
                    analyses.add(Codec.analysis(t._2()));
                  }
                  List<CopyLink> found =
                      analyses.isEmpty()
                          ? List.of()
                          : Phases.copies(now)
                              .detect(analyses, Phases.originNames(corpusNames.value()));
                  List<Tuple2<Long, String>> out = new ArrayList<>(found.size());
                  Map<String, Long> indexOf = new HashMap<>();
                  for (int i = 0; i < part.size(); i++) {
                    indexOf.put(analyses.get(i).id(), part.get(i)._1());
                  }
                  for (CopyLink l : found) {
                    out.add(new Tuple2<>(indexOf.get(l.articleId()), Codec.link(l)));
                  }
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<CopyLink> allLinks = new ArrayList<>();
    for (String json : links.sortByKey().values().collect()) {
      allLinks.add(Codec.link(json));
    }
    summary.copySeconds = seconds(t1);
    summary.linksByRelation = new java.util.TreeMap<>();
    for (CopyLink l : allLinks) {
      summary.linksByRelation.merge(l.relation().toString(), 1L, Long::sum);
    }
    long t2 = System.nanoTime();

    List<StoryDraft> drafts =
        settings.storyWindows() > 0
            ? windowedStories(jsc, analysed, n, allLinks, settings, STORY_WINDOW_OVERLAP)
            : driverStories(analysed, n, allLinks, now);
    summary.stories = drafts.size();
    summary.storySeconds = seconds(t2);
    long t3 = System.nanoTime();

    // phase 3 per story, on executors
    List<Tuple2<String, String>> storyOf = new ArrayList<>();
    List<Tuple2<String, String>> draftRows = new ArrayList<>();
    for (StoryDraft d : drafts) {
      for (String id : d.articleIds()) {
        storyOf.add(new Tuple2<>(id, d.id()));
      }
      draftRows.add(new Tuple2<>(d.id(), Codec.draft(d)));
    }
    JavaPairRDD<String, String> linkById =
        links.values().mapToPair(j -> new Tuple2<>(Codec.link(j).articleId(), j));
    JavaPairRDD<String, Tuple2<String, String>> members =
        analysed
            .values()
            .mapToPair(a -> new Tuple2<>(a.id, a.json))
            .join(jsc.parallelizePairs(storyOf, parts), parts)
            .leftOuterJoin(linkById, parts)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._2(),
                        new Tuple2<>(t._2()._1()._1(), t._2()._2().orElse(null))));
    JavaPairRDD<String, String> stories =
        members
            .groupByKey(parts)
            .join(jsc.parallelizePairs(draftRows, parts), parts)
            .mapToPair(
                t -> {
                  StoryDraft d = Codec.draft(t._2()._2());
                  Map<String, ArticleAnalysis> byId = new HashMap<>();
                  List<CopyLink> storyLinks = new ArrayList<>();
                  Map<String, CopyLink> linkOf = new HashMap<>();
                  for (Tuple2<String, String> m : t._2()._1()) {
                    ArticleAnalysis a = Codec.analysis(m._1());
                    byId.put(a.id(), a);
                    if (m._2() != null) {
                      linkOf.put(a.id(), Codec.link(m._2()));
                    }
                  }
                  List<ArticleAnalysis> ordered2 = new ArrayList<>();
                  for (String id : d.articleIds()) {
                    ordered2.add(byId.get(id));
                    CopyLink l = linkOf.get(id);
                    if (l != null) {
                      storyLinks.add(l);
                    }
                  }
                  Story s = Phases.synthesizer(now).synthesize(d, ordered2, storyLinks);
                  return new Tuple2<>(t._1(), Codec.story(s));
                })
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    stories.count();
    summary.synthesisSeconds = seconds(t3);
    summary.problems = problemCount.value() + driverProblems.size();
    summary.fallbacks = fallbacks.value();
    summary.problemLines = lines(driverProblems, problemLines.value());
    return new JobResult(spark, settings, summary, analysed, links, drafts, stories);
  }

  private static List<String> lines(List<String> driver, List<String> executors) {
    List<String> out = new ArrayList<>(driver);
    List<String> sorted = new ArrayList<>(executors);
    sorted.sort(null);
    out.addAll(sorted);
    return out.size() > MAX_PROBLEM_LINES ? out.subList(0, MAX_PROBLEM_LINES) : out;
  }

  /**
   * Stories by the stream clusterer on the driver over the story profiles, streamed in input order
   * one partition at a time (only the profiles stay on the driver, not the analyses).
   */
  private static List<StoryDraft> driverStories(
      JavaPairRDD<Long, Analysed> analysed, long n, List<CopyLink> links, Instant now) {
    List<ArticleProfile> profiles = new ArrayList<>((int) n);
    for (Iterator<Analysed> it = analysed.values().toLocalIterator(); it.hasNext(); ) {
      profiles.add(Codec.profile(it.next().json));
    }
    return new StoryIds()
        .assign(
            Pipeline.complete(
                NewsStoryClusterer.defaults(Phases.clock(now)).clusterProfiles(profiles, links),
                profiles.stream().map(ArticleProfile::id).toList()));
  }

  /**
   * Stories by windows of the input order clustered on executors ({@link WindowedStories}): each
   * window takes the last articles of the window before it as its overlap; the driver holds only
   * ids (the windows' stories and the copy-group keys); events and stories are named on executors
   * from their members' profiles.
   */
  static List<StoryDraft> windowedStories(
      JavaSparkContext jsc,
      JavaPairRDD<Long, Analysed> analysed,
      long n,
      List<CopyLink> links,
      Settings settings,
      int overlapArticles) {
    Instant now = settings.now();
    List<String> ids = analysed.mapValues(a -> a.id).sortByKey().values().collect();
    Broadcast<List<String>> keys =
        jsc.broadcast(new ArrayList<>(NewsStoryClusterer.groupKeysOf(ids, links)));
    int windows = (int) Math.min(settings.storyWindows(), n);
    long size = (n + windows - 1) / windows;
    long overlap = Math.min(size, overlapArticles);
    List<Tuple2<Integer, List<List<List<String>>>>> local =
        analysed
            .flatMapToPair(
                t -> {
                  long i = t._1();
                  int w = (int) (i / size);
                  List<Tuple2<Integer, Tuple2<Long, String>>> out = new ArrayList<>(2);
                  out.add(new Tuple2<>(w, new Tuple2<>(i, t._2().json)));
                  if (w + 1 < windows && i >= (w + 1) * size - overlap) {
                    out.add(new Tuple2<>(w + 1, new Tuple2<>(i, t._2().json)));
                  }
                  return out.iterator();
                })
            .groupByKey(windows)
            .mapToPair(
                t -> {
                  List<Tuple2<Long, String>> members = new ArrayList<>();
                  t._2().forEach(members::add);
                  members.sort(java.util.Comparator.comparing(Tuple2::_1));
                  List<ArticleProfile> profiles = new ArrayList<>(members.size());
                  List<String> memberKeys = new ArrayList<>(members.size());
                  for (Tuple2<Long, String> m : members) {
                    profiles.add(Codec.profile(m._2()));
                    memberKeys.add(keys.value().get((int) (long) m._1()));
                  }
                  StoryConfig config = NewsStoryClusterer.defaults(Phases.clock(now)).config();
                  return new Tuple2<>(
                      t._1(), WindowedStories.cluster(config, profiles, memberKeys));
                })
            .collect();
    List<List<List<List<String>>>> byWindow = new ArrayList<>();
    for (int w = 0; w < windows; w++) {
      byWindow.add(List.of());
    }
    for (Tuple2<Integer, List<List<List<String>>>> t : local) {
      byWindow.set(t._1(), t._2());
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    List<List<List<String>>> stories =
        WindowedStories.join(
            byWindow, id -> (int) (position.get(id) / size), id -> position.get(id));
    // the label of each event and story, made where the profiles are: keyed by first id and size
    // (an article's place in the input, (label key, its rank among the members named))
    List<Tuple2<Long, Tuple2<String, Integer>>> wanted = new ArrayList<>();
    for (List<List<String>> story : stories) {
      List<String> all = new ArrayList<>();
      for (List<String> event : story) {
        all.addAll(event);
        want(event, position, wanted);
      }
      if (story.size() > 1) {
        want(all, position, wanted);
      }
    }
    Map<String, Tuple2<String, String>> labels =
        analysed
            .join(jsc.parallelizePairs(wanted, settings.partitions()))
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._2()._1(), new Tuple2<>(t._2()._2()._2(), t._2()._1().json)))
            .groupByKey(settings.partitions())
            .mapValues(
                members -> {
                  List<Tuple2<Integer, String>> m = new ArrayList<>();
                  members.forEach(m::add);
                  m.sort(java.util.Comparator.comparing(Tuple2::_1));
                  List<ArticleProfile> profiles = new ArrayList<>(m.size());
                  for (Tuple2<Integer, String> x : m) {
                    profiles.add(Codec.profile(x._2()));
                  }
                  NewsStoryClusterer.Label l = NewsStoryClusterer.label(profiles);
                  return new Tuple2<>(l.title(), l.date() == null ? null : l.date().toString());
                })
            .collectAsMap();
    return new StoryIds()
        .assign(
            Pipeline.complete(
                NewsStoryClusterer.draftsOf(
                    stories,
                    members -> {
                      Tuple2<String, String> l = labels.get(labelKey(members));
                      return new NewsStoryClusterer.Label(
                          l._1(), l._2() == null ? null : java.time.LocalDate.parse(l._2()));
                    }),
                ids));
  }

  /** Articles the windows of {@link #windowedStories} share with the window before. */
  static final int STORY_WINDOW_OVERLAP = 200;

  private static void want(
      List<String> members,
      Map<String, Integer> position,
      List<Tuple2<Long, Tuple2<String, Integer>>> wanted) {
    String key = labelKey(members);
    for (int r = 0; r < members.size(); r++) {
      wanted.add(new Tuple2<>((long) position.get(members.get(r)), new Tuple2<>(key, r)));
    }
  }

  private static String labelKey(List<String> members) {
    return members.get(0) + "#" + members.size();
  }

  /** A bucket's members (input positions), ascending. */
  private static List<Long> sortedMembers(Iterable<Long> members) {
    List<Long> m = new ArrayList<>();
    members.forEach(m::add);
    m.sort(null);
    return m;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Problems of one task: all counted, the first few kept as lines. */
  static final class TaskProblems implements ProblemListener {
    private final LongAccumulator count;
    private final CollectionAccumulator<String> lines;
    private int kept;

    TaskProblems(LongAccumulator count, CollectionAccumulator<String> lines) {
      this.count = count;
      this.lines = lines;
    }

    @Override
    public void onProblem(Problem problem) {
      line(problem.toString());
    }

    void line(String line) {
      count.add(1);
      if (kept++ < 50) {
        lines.add(line);
      }
    }
  }
}
