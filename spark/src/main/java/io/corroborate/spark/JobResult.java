package io.corroborate.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.QuoteGroup;
import io.corroborate.model.Story;
import io.corroborate.model.StoryDraft;
import io.corroborate.report.DossierJson;
import io.corroborate.report.HtmlRenderer;
import io.corroborate.report.Json;
import io.corroborate.report.MarkdownRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The outputs of a job: the whole dossier (collected on the driver, as {@code analyze} writes it),
 * or per-story dossiers and Parquet tables written by the executors. Every write replaces what was
 * there (overwrite mode), so a rerun or a retried task leaves no duplicate. Not thread-safe.
 */
public final class JobResult {

  private final SparkSession spark;
  private final CorroborateJob.Settings settings;
  private final JobSummary summary;
  private final JavaPairRDD<Long, CorroborateJob.Analysed> analysed;
  private final JavaPairRDD<Long, String> links;
  private final List<StoryDraft> drafts;
  private final JavaPairRDD<String, String> stories;

  JobResult(
      SparkSession spark,
      CorroborateJob.Settings settings,
      JobSummary summary,
      JavaPairRDD<Long, CorroborateJob.Analysed> analysed,
      JavaPairRDD<Long, String> links,
      List<StoryDraft> drafts,
      JavaPairRDD<String, String> stories) {
    this.spark = spark;
    this.settings = settings;
    this.summary = summary;
    this.analysed = analysed;
    this.links = links;
    this.drafts = drafts;
    this.stories = stories;
  }

  /** The articles as phase 1 left them, by input index (for tests). */
  JavaPairRDD<Long, CorroborateJob.Analysed> analysedForTests() {
    return analysed;
  }

  /** What the job did. */
  public JobSummary summary() {
    return summary;
  }

  /** Whether any article came through. */
  public boolean empty() {
    return summary.articles == 0;
  }

  /** The whole dossier, as the embedded {@code analyze} builds it (collected on the driver). */
  public Dossier dossier() {
    if (empty()) {
      return new Dossier(List.of(), List.of());
    }
    List<Article> articles = new ArrayList<>();
    for (Iterator<CorroborateJob.Analysed> it = analysed.values().toLocalIterator();
        it.hasNext(); ) {
      articles.add(Codec.analysis(it.next().json).article());
    }
    Map<String, String> byId = stories.collectAsMap();
    List<Story> out = new ArrayList<>(drafts.size());
    for (StoryDraft d : drafts) {
      out.add(Codec.story(byId.get(d.id())));
    }
    return new Dossier(articles, out);
  }

  /** The dossier rendered as {@code analyze --format} renders it: md, json or html. */
  public static String render(Dossier d, String format) {
    return switch (format) {
      case "json" -> DossierJson.render(d);
      case "md" -> MarkdownRenderer.render(d);
      case "html" -> HtmlRenderer.render(d);
      default -> throw new IllegalArgumentException("unknown format: " + format);
    };
  }

  /** Writes text to a path (local, or any Hadoop file system), replacing what was there. */
  static void write(String path, String text, Map<String, String> hadoopConf) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Inputs.local(path)) {
      Path p = path.startsWith("file:") ? Path.of(java.net.URI.create(path)) : Path.of(path);
      if (p.getParent() != null) {
        Files.createDirectories(p.getParent());
      }
      Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
      Files.write(tmp, bytes);
      Files.move(
          tmp,
          p,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Configuration conf = new Configuration();
    hadoopConf.forEach(conf::set);
    org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = hp.getFileSystem(conf);
    try (OutputStream out = fs.create(hp, true)) {
      out.write(bytes);
    }
  }

  /** Removes a directory and what it holds, so that a rerun leaves no story of an earlier run. */
  static void clear(String path, Map<String, String> hadoopConf) throws IOException {
    if (Inputs.local(path)) {
      Path p = path.startsWith("file:") ? Path.of(java.net.URI.create(path)) : Path.of(path);
      if (Files.isDirectory(p)) {
        try (var files = Files.walk(p)) {
          for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(f);
          }
        }
      }
      return;
    }
    Configuration conf = new Configuration();
    hadoopConf.forEach(conf::set);
    org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(path);
    hp.getFileSystem(conf).delete(hp, true);
  }

  /**
   * Writes {@code stories/<id>.json} (one story's dossier in the {@code analyze} JSON shape,
   * written by the executor that synthesised it) and the Parquet tables under {@code tables/}:
   * articles, analyses, copy_links, stories, figure_groups and quotes.
   */
  public void writeOutDir(String dir) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> hadoopConf = new HashMap<>();
    jsc.hadoopConfiguration()
        .iterator()
        .forEachRemaining(e -> hadoopConf.put(e.getKey(), e.getValue()));
    Broadcast<Map<String, String>> conf = jsc.broadcast(hadoopConf);
    String root = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    int parts = settings.partitions();
    try {
      clear(root + "/stories", hadoopConf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + root + "/stories", e);
    }
    if (!empty()) {
      JavaPairRDD<String, String> articlesOfStory =
          analysed
              .values()
              .mapToPair(a -> new Tuple2<>(a.id, a.json))
              .join(
                  stories.flatMapToPair(
                      s -> {
                        List<Tuple2<String, String>> out = new ArrayList<>();
                        for (String id : Codec.story(s._2()).articleIds()) {
                          out.add(new Tuple2<>(id, s._1()));
                        }
                        return out.iterator();
                      }),
                  parts)
              .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()));
      articlesOfStory
          .groupByKey(parts)
          .join(stories, parts)
          .foreach(
              t -> {
                Story s = Codec.story(t._2()._2());
                Map<String, Article> byId = new HashMap<>();
                for (String json : t._2()._1()) {
                  Article a = Codec.analysis(json).article();
                  byId.put(a.id(), a);
                }
                List<Article> members = new ArrayList<>();
                for (String id : s.articleIds()) {
                  members.add(byId.get(id));
                }
                write(
                    root + "/stories/" + s.id() + ".json",
                    DossierJson.render(new Dossier(members, List.of(s))),
                    conf.value());
              });
    }
    writeTables(root + "/tables", parts);
  }

  private void writeTables(String root, int parts) {
    JavaRDD<Row> articles =
        analysed.map(
            t -> {
              Article a = Codec.analysis(t._2().json).article();
              return RowFactory.create(
                  t._1(),
                  a.id(),
                  a.source(),
                  a.url(),
                  a.outlet(),
                  a.title(),
                  label(a.published()),
                  a.language(),
                  a.body(),
                  a.text());
            });
    table(
        articles,
        new StructType()
            .add("index", DataTypes.LongType, false)
            .add("id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("body", DataTypes.StringType)
            .add("text", DataTypes.StringType),
        root + "/articles");
    table(
        analysed.map(t -> RowFactory.create(t._2().id, t._2().json)),
        new StructType()
            .add("id", DataTypes.StringType, false)
            .add("analysis", DataTypes.StringType, false),
        root + "/analyses");
    JavaRDD<Row> linkRows =
        links == null
            ? emptyRows()
            : links
                .values()
                .map(
                    j -> {
                      CopyLink l = Codec.link(j);
                      return RowFactory.create(
                          l.articleId(),
                          label(l.relation()),
                          l.derivedFrom(),
                          l.origin(),
                          l.creditedTo(),
                          l.similarity(),
                          json(l.evidence()));
                    });
    table(
        linkRows,
        new StructType()
            .add("articleId", DataTypes.StringType, false)
            .add("relation", DataTypes.StringType)
            .add("derivedFrom", DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("creditedTo", DataTypes.StringType)
            .add("similarity", DataTypes.DoubleType)
            .add("evidence", DataTypes.StringType),
        root + "/copy_links");
    JavaRDD<Story> all = stories == null ? null : stories.values().map(Codec::story);
    table(
        all == null
            ? emptyRows()
            : all.map(
                s ->
                    RowFactory.create(
                        s.id(),
                        s.title(),
                        s.articleIds().toArray(new String[0]),
                        json(s.events()),
                        s.independentSources())),
        new StructType()
            .add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType)
            .add("articleIds", DataTypes.createArrayType(DataTypes.StringType))
            .add("events", DataTypes.StringType)
            .add("independentSources", DataTypes.IntegerType),
        root + "/stories");
    table(
        all == null
            ? emptyRows()
            : all.flatMap(
                s -> {
                  List<Row> out = new ArrayList<>();
                  int rank = 0;
                  for (FigureGroup g : s.figures()) {
                    out.add(
                        RowFactory.create(
                            s.id(),
                            rank++,
                            g.about(),
                            label(g.kind()),
                            g.status(),
                            g.why(),
                            g.conflicting(),
                            g.independentSources(),
                            g.independentClaimants(),
                            json(g.mentions())));
                  }
                  return out.iterator();
                }),
        new StructType()
            .add("storyId", DataTypes.StringType, false)
            .add("rank", DataTypes.IntegerType)
            .add("about", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("why", DataTypes.StringType)
            .add("conflicting", DataTypes.BooleanType)
            .add("independentSources", DataTypes.IntegerType)
            .add("independentClaimants", DataTypes.IntegerType)
            .add("mentions", DataTypes.StringType),
        root + "/figure_groups");
    table(
        all == null
            ? emptyRows()
            : all.flatMap(
                s -> {
                  List<Row> out = new ArrayList<>();
                  for (QuoteGroup q : s.quotes()) {
                    out.add(
                        RowFactory.create(
                            s.id(),
                            q.text(),
                            q.speaker(),
                            q.role(),
                            q.articleIds().toArray(new String[0]),
                            q.independentSources(),
                            q.direct(),
                            json(q.mentions())));
                  }
                  return out.iterator();
                }),
        new StructType()
            .add("storyId", DataTypes.StringType, false)
            .add("text", DataTypes.StringType)
            .add("speaker", DataTypes.StringType)
            .add("role", DataTypes.StringType)
            .add("articleIds", DataTypes.createArrayType(DataTypes.StringType))
            .add("independentSources", DataTypes.IntegerType)
            .add("direct", DataTypes.BooleanType)
            .add("mentions", DataTypes.StringType),
        root + "/quotes");
  }

  private JavaRDD<Row> emptyRows() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
  }

  private void table(JavaRDD<Row> rows, StructType schema, String path) {
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
  }

  private static final ObjectMapper JSON = Json.compact();

  /** A value as the dossier JSON writes it. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scalar (enum, date) as the dossier JSON writes it, without quotes; null stays null. */
  static String label(Object value) {
    if (value == null) {
      return null;
    }
    String s = json(value);
    return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }
}
