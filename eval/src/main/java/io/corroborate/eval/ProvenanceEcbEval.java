package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.Story;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.phases.FigureStage;
import io.corroborate.phases.QuoteStage;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.CopyIndex;
import io.corroborate.provenance.Independence;
import io.corroborate.provenance.MinHashConfig;
import io.corroborate.provenance.ProvenanceConfig;
import io.corroborate.report.DossierJson;
import io.corroborate.report.Json;
import io.corroborate.synthesis.NewsStorySynthesizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code provenance-ecb}: who copied whom on the ECB+ development half plus the project's own
 * paraphrased rewrites of some of its articles, and retellings written by others when given ({@code
 * --rewrites}), scored as {@code score_provenance.py} does and reported apart. Every figure is also
 * given for two halves split by topic (ECB+ topic numbers are odd: half A holds topics 1, 5, 9...,
 * half B topics 3, 7, 11...), so that a change tuned on one half can be checked on the other.
 * Writes the dossier and the rewrites so that the shared scorer can be run on them too.
 */
@Command(
    name = "provenance-ecb",
    mixinStandardHelpOptions = true,
    description = "Copy and rewrite detection on ECB+ (dev) with hand-written rewrites.")
final class ProvenanceEcbEval implements Callable<Integer> {

  static final String REWRITES = "ecb-rewrites.jsonl";

  @Option(names = "--data", description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(
      names = "--rewrites",
      description =
          "JSON lines {id, text, rewriteOf, style} of retellings written outside the project"
              + " (repeatable); added to the project's own rewrites and reported apart.")
  List<Path> rewrites = new ArrayList<>();

  @Option(
      names = "--copies-only",
      description =
          "Run the copy stage alone (no stories): the same links, in a fraction of the time.")
  boolean copiesOnly;

  @Option(
      names = "--out",
      description = "Folder for the dossier and rewrites (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("eval/target/provenance-ecb");

  @Option(names = "--min-recall", description = "Floor of link recall (default: ${DEFAULT-VALUE}).")
  double minRecall = 0.98;

  @Option(
      names = "--max-false",
      description = "Ceiling of the false-link rate (default: ${DEFAULT-VALUE}).")
  double maxFalse = 0.01;

  @Option(
      names = "--min-others",
      description = "Share of the others' rewrites that must be found (default: ${DEFAULT-VALUE}).")
  double minOthers = 0.9;

  @Option(
      names = "--minhash-seed",
      description = "Seed of the MinHash permutations, to check that results do not hang on one.")
  Long minhashSeed;

  @Override
  public Integer call() throws IOException {
    Path dir = data.resolve("ecbplus-dev");
    Files.createDirectories(out);
    Path rw = out.resolve("rewrites.jsonl");
    StringBuilder all = new StringBuilder();
    try (InputStream in = ProvenanceEcbEval.class.getResourceAsStream(REWRITES)) {
      if (in == null) {
        throw new IOException("missing resource " + REWRITES);
      }
      all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()).append('\n');
    }
    List<ProvenanceScore.Rewrite> own = readRewrites(all.toString(), "resource " + REWRITES);
    List<ProvenanceScore.Rewrite> others = new ArrayList<>();
    for (Path p : rewrites) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      others.addAll(readRewrites(text, p.toString()));
      all.append(text.strip()).append('\n');
    }
    Files.writeString(rw, all, StandardCharsets.UTF_8);
    List<Article> articles = Corpora.load(List.of(dir.resolve("docs.jsonl"), rw));
    Stages stages =
        Stages.defaults()
            .withSynthesis(new NewsStorySynthesizer(FigureStage.NONE, QuoteStage.NONE));
    CopyFinder finder = new CopyFinder(config(), MiniLmEmbedder::shared);
    stages = stages.withCopies(Stages.copies(finder));
    long t0 = System.nanoTime();
    Dossier dossier;
    if (copiesOnly) {
      Map<String, Article> byId = new LinkedHashMap<>();
      for (Article a : articles) {
        byId.putIfAbsent(a.id(), a);
      }
      List<Article> unique = new ArrayList<>(byId.values());
      List<CopyLink> links = CopyIndex.detect(finder, unique, new AnalysisCache());
      dossier =
          new Dossier(
              unique,
              List.of(
                  new Story(
                      "s1",
                      "all articles (copy stage only)",
                      unique.stream().map(Article::id).toList(),
                      List.of(),
                      links,
                      List.of(),
                      List.of(),
                      new Independence(links).independentSources(byId.keySet()))));
    } else {
      dossier = new Pipeline(stages).analyze(articles);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Path dossierFile = out.resolve("dossier.json");
    Files.writeString(dossierFile, DossierJson.render(dossier), StandardCharsets.UTF_8);

    JsonNode pairs = Json.compact().readTree(dir.resolve("reuse-pairs.json").toFile());
    List<ProvenanceScore.Pair> link = pairs(pairs.get("link"));
    List<ProvenanceScore.Pair> nolink = pairs(pairs.get("nolink"));
    List<ProvenanceScore.Rewrite> both = new ArrayList<>(own);
    both.addAll(others);
    ProvenanceScore score = ProvenanceScore.of(dossier, link, nolink, both);
    System.out.println(
        score.line()
            + String.format(Locale.ROOT, " articles=%d seconds=%.1f", articles.size(), seconds));
    ProvenanceScore ownScore = ProvenanceScore.of(dossier, List.of(), List.of(), own);
    ProvenanceScore otherScore = ProvenanceScore.of(dossier, List.of(), List.of(), others);
    System.out.println(
        "  own rewrites "
            + ownScore.rewritesFound()
            + "/"
            + ownScore.rewrites()
            + "; rewrites by others "
            + otherScore.rewritesFound()
            + "/"
            + otherScore.rewrites()
            + styles(others, otherScore.rewritesFoundIds()));
    Map<String, String> eventOf = events(dir.resolve("docs.jsonl"), both);
    for (String half : List.of("A", "B")) {
      Predicate<String> in = id -> half(id).equals(half);
      List<ProvenanceScore.Rewrite> ownHalf =
          own.stream().filter(r -> in.test(r.rewriteOf().get(0))).toList();
      List<ProvenanceScore.Rewrite> otherHalf =
          others.stream().filter(r -> in.test(r.rewriteOf().get(0))).toList();
      ProvenanceScore h =
          ProvenanceScore.of(
              dossier,
              link.stream().filter(p -> in.test(p.a())).toList(),
              nolink.stream().filter(p -> in.test(p.a())).toList(),
              ownHalf);
      ProvenanceScore o = ProvenanceScore.of(dossier, List.of(), List.of(), otherHalf);
      System.out.println(
          String.format(
              Locale.ROOT,
              "  half %s (topics %s mod 4): linkRecall=%.3f (%d/%d) falseLinks=%.4f (%d/%d)"
                  + " own=%d/%d others=%d/%d crossEventLinks=%d",
              half,
              half.equals("A") ? "1" : "3",
              h.linkRecall(),
              h.found(),
              h.links(),
              h.falseLinkRate(),
              h.falseLinks(),
              h.noLinks(),
              h.rewritesFound(),
              h.rewrites(),
              o.rewritesFound(),
              o.rewrites(),
              crossEvent(dossier, eventOf, in)));
    }
    System.err.println(
        "corroborate-eval: dossier in "
            + dossierFile
            + "; shared scorer: python3 ../shared/eval/score_provenance.py "
            + dossierFile
            + " "
            + dir.resolve("reuse-pairs.json")
            + " "
            + rw);
    boolean ok =
        score.linkRecall() >= minRecall
            && score.falseLinkRate() <= maxFalse
            && ownScore.rewritesFound() == ownScore.rewrites()
            && otherScore.rewritesFound() >= minOthers * otherScore.rewrites();
    return ok ? 0 : 1;
  }

  private ProvenanceConfig config() {
    ProvenanceConfig d = ProvenanceConfig.DEFAULT;
    if (minhashSeed == null) {
      return d;
    }
    MinHashConfig h = d.hashing();
    return new ProvenanceConfig(
        new MinHashConfig(h.shingleSize(), h.permutations(), h.bands(), h.rows(), minhashSeed),
        d.window(),
        d.minTokens(),
        d.strongContainment(),
        d.partialContainment(),
        d.minSharedShingles(),
        d.verbatimCoverage(),
        d.maxGap(),
        d.rewrites());
  }

  /** The half of the topic split an ECB+ document id ("21_14ecbplus", topic 21) falls in. */
  static String half(String id) {
    int cut = id.indexOf('_');
    String digits = (cut < 0 ? id : id.substring(0, cut)).replaceAll("\\D", "");
    if (digits.isEmpty()) {
      return "?";
    }
    int topic = Integer.parseInt(digits);
    return topic % 4 == 1 ? "A" : "B";
  }

  /** " (found: style, ...; missed: style, ...)" for rewrites that name a style. */
  private static String styles(List<ProvenanceScore.Rewrite> rws, List<String> found) {
    List<String> hit = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (ProvenanceScore.Rewrite r : rws) {
      String s = r.style() == null ? r.id() : r.style();
      (found.contains(r.id()) ? hit : missed).add(s);
    }
    if (rws.isEmpty()) {
      return "";
    }
    return " (found: " + String.join(", ", hit) + "; missed: " + String.join(", ", missed) + ")";
  }

  /**
   * Copy links ({@code derivedFrom}) in the half between articles of different ECB+ events: every
   * one is false, whatever the gold pairs say.
   */
  private static int crossEvent(Dossier d, Map<String, String> eventOf, Predicate<String> in) {
    Map<String, String> source = new HashMap<>();
    for (Article a : d.articles()) {
      source.put(a.id(), a.source());
    }
    int n = 0;
    for (CopyLink l : ProvenanceScore.links(d)) {
      if (l.derivedFrom() == null) {
        continue;
      }
      String a = source.get(l.articleId());
      String b = source.get(l.derivedFrom());
      String ea = eventOf.get(a);
      String eb = eventOf.get(b);
      if (ea != null && eb != null && !ea.equals(eb) && (in.test(ea) || in.test(eb))) {
        n++;
      }
    }
    return n;
  }

  /** The ECB+ event of every document and of every rewrite (its source's event). */
  private static Map<String, String> events(Path docs, List<ProvenanceScore.Rewrite> rws)
      throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = Json.compact().readTree(line);
      out.put(r.get("id").asText(), r.get("event").asText());
    }
    for (ProvenanceScore.Rewrite r : rws) {
      String e = out.get(r.rewriteOf().get(0));
      if (e != null) {
        out.put(r.id(), e);
      }
    }
    return out;
  }

  private static List<ProvenanceScore.Rewrite> readRewrites(String text, String where)
      throws IOException {
    List<ProvenanceScore.Rewrite> out = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = Json.compact().readTree(line);
      if (r.get("id") == null || r.get("rewriteOf") == null || !r.get("rewriteOf").isArray()) {
        throw new IOException(where + ":" + n + ": a rewrite needs \"id\" and \"rewriteOf\" [...]");
      }
      List<String> of = new ArrayList<>();
      r.get("rewriteOf").forEach(x -> of.add(x.asText()));
      JsonNode style = r.get("style");
      out.add(
          new ProvenanceScore.Rewrite(
              r.get("id").asText(), of, style == null || style.isNull() ? null : style.asText()));
    }
    return out;
  }

  private static List<ProvenanceScore.Pair> pairs(JsonNode list) {
    List<ProvenanceScore.Pair> out = new ArrayList<>();
    for (JsonNode p : list) {
      out.add(new ProvenanceScore.Pair(p.get(0).asText(), p.get(1).asText()));
    }
    return out;
  }
}
