package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.analysis.AnalysisJson;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.linking.StoryIds;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.Dossier;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.AnalysisStream;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.report.DossierJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code keyfigures}: the key-figures development set through the whole pipeline ({@code analyze
 * --format json} of its {@code docs.jsonl}), scored by {@code score_keyfigures.py} on all events
 * and on the two halves of a split by event (events in the gold's order, alternately: the halves
 * one tunes on and checks against).
 */
@Command(
    name = "keyfigures",
    mixinStandardHelpOptions = true,
    description = "Key-figures table on keyfigures-dev, scored with score_keyfigures.py.")
final class KeyFiguresEval implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "Shared data folder (default: ../shared/data).")
  Path data = Path.of("../shared/data");

  @Option(names = "--eval", description = "Shared scorers folder (default: ../shared/eval).")
  Path scorers = Path.of("../shared/eval");

  @Option(names = "--set", description = "Data set folder name (default: ${DEFAULT-VALUE}).")
  String set = "keyfigures-dev";

  @Option(names = "--keep", description = "Write the dossier JSON here instead of a temp file.")
  Path keep;

  @Option(names = "--verbose", description = "Print each story's top groups (scorer --verbose).")
  boolean verbose;

  @Option(
      names = "--analyses",
      description =
          "Phase 1 kept in this JSON-lines file: read from it when it exists (only phases 2 and 3"
              + " run, for work on linking and synthesis), else written to it.")
  Path analysesFile;

  @Option(names = "--threads", description = "Cleaning threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = data.resolve(set);
    Path docs = dir.resolve("docs.jsonl");
    Path gold = dir.resolve("gold.json");
    if (!Files.isRegularFile(docs) || !Files.isRegularFile(gold)) {
      spec.commandLine().getErr().println("keyfigures: no docs.jsonl and gold.json in " + dir);
      return 3;
    }
    Path dossierFile = keep != null ? keep : Files.createTempFile("keyfigures-dossier", ".json");
    List<Path> halves = new ArrayList<>();
    try {
      long t0 = System.nanoTime();
      Dossier dossier = dossier(docs);
      List<Article> articles = dossier.articles();
      Files.writeString(dossierFile, DossierJson.render(dossier), StandardCharsets.UTF_8);
      out.printf(
          Locale.ROOT,
          "%d documents: %d stories in %.1f s%n",
          articles.size(),
          dossier.stories().size(),
          (System.nanoTime() - t0) / 1e9);
      halves.addAll(splitGold(gold));
      String[] names = {"half A (events 1, 3, 5, 7)", "half B (events 2, 4, 6, 8)"};
      for (int i = 0; i < halves.size(); i++) {
        out.println(names[i] + ": " + lastLine(score(halves.get(i), dossierFile, false)));
      }
      String all = score(gold, dossierFile, verbose);
      out.println(verbose ? all : "all: " + lastLine(all));
      out.flush();
      return 0;
    } finally {
      for (Path h : halves) {
        Files.deleteIfExists(h);
      }
      if (keep == null) {
        Files.deleteIfExists(dossierFile);
      }
    }
  }

  /** The dossier of the documents, phase 1 read from or kept in {@link #analysesFile}. */
  private Dossier dossier(Path docs) throws IOException {
    Pipeline pipeline = new Pipeline();
    if (analysesFile != null && Files.isRegularFile(analysesFile)) {
      List<ArticleAnalysis> analyses = new ArrayList<>();
      for (String line : Files.readAllLines(analysesFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          analyses.add(AnalysisJson.read(line));
        }
      }
      return pipeline.link(analyses, new StoryIds(), Progress.NONE);
    }
    List<Article> articles = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS),
            new ArticleCleaner(InputLimits.DEFAULTS),
            threads)
        .run(List.of(docs), articles::add, p -> {}, Progress.NONE);
    if (analysesFile == null) {
      return pipeline.analyze(articles);
    }
    List<ArticleAnalysis> analyses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AnalysisStream stream = pipeline.analysisStream(pool, analyses::add, p -> {});
      for (Article a : articles) {
        stream.accept(a);
      }
      stream.finish();
    } finally {
      pool.shutdownNow();
    }
    StringBuilder lines = new StringBuilder();
    for (ArticleAnalysis a : analyses) {
      lines.append(AnalysisJson.write(a)).append('\n');
    }
    Files.writeString(analysesFile, lines, StandardCharsets.UTF_8);
    return pipeline.link(analyses, new StoryIds(), Progress.NONE);
  }

  /** The gold's events in two files, alternately by their order in the gold. */
  static List<Path> splitGold(Path gold) throws IOException {
    ObjectMapper m = new ObjectMapper();
    JsonNode root = m.readTree(gold.toFile());
    JsonNode events = root.path("events");
    List<Path> out = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      ObjectNode copy = ((ObjectNode) root).deepCopy();
      ArrayNode keep = m.createArrayNode();
      for (int i = half; i < events.size(); i += 2) {
        keep.add(events.get(i));
      }
      copy.set("events", keep);
      Path p = Files.createTempFile("keyfigures-gold-" + (char) ('A' + half), ".json");
      m.writeValue(p.toFile(), copy);
      out.add(p);
    }
    return out;
  }

  private String score(Path gold, Path dossier, boolean verboseRun)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "python3",
                scorers.resolve("score_keyfigures.py").toString(),
                gold.toString(),
                dossier.toString()));
    if (verboseRun) {
      cmd.add("--verbose");
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException("score_keyfigures.py failed");
    }
    return text;
  }

  private static String lastLine(String text) {
    int nl = text.lastIndexOf('\n');
    return nl < 0 ? text : text.substring(nl + 1);
  }
}
