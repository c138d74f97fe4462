package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.Article;
import io.corroborate.model.Dossier;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.phases.FigureStage;
import io.corroborate.phases.QuoteStage;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import io.corroborate.provenance.CopyFinder;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code provenance-ecb}: who copied whom on the ECB+ development half plus the project's own
 * paraphrased rewrites of some of its articles, scored as {@code score_provenance.py} does. Writes
 * the dossier and the rewrites so that the shared scorer can be run on them too.
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
      description = "JSON lines {id, text, rewriteOf} (default: the project's own rewrites).")
  Path rewrites;

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
      names = "--minhash-seed",
      description = "Seed of the MinHash permutations, to check that results do not hang on one.")
  Long minhashSeed;

  @Override
  public Integer call() throws IOException {
    Path dir = data.resolve("ecbplus-dev");
    Files.createDirectories(out);
    Path rw = out.resolve("rewrites.jsonl");
    if (rewrites != null) {
      Files.copy(rewrites, rw, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } else {
      try (InputStream in = ProvenanceEcbEval.class.getResourceAsStream(REWRITES)) {
        if (in == null) {
          throw new IOException("missing resource " + REWRITES);
        }
        Files.write(rw, in.readAllBytes());
      }
    }
    List<Article> articles = Corpora.load(List.of(dir.resolve("docs.jsonl"), rw));
    Stages stages =
        Stages.defaults()
            .withSynthesis(new NewsStorySynthesizer(FigureStage.NONE, QuoteStage.NONE));
    if (minhashSeed != null) {
      ProvenanceConfig d = ProvenanceConfig.DEFAULT;
      MinHashConfig h = d.hashing();
      ProvenanceConfig c =
          new ProvenanceConfig(
              new MinHashConfig(
                  h.shingleSize(), h.permutations(), h.bands(), h.rows(), minhashSeed),
              d.window(),
              d.minTokens(),
              d.strongContainment(),
              d.partialContainment(),
              d.minSharedShingles(),
              d.verbatimCoverage(),
              d.maxGap(),
              d.rewrites());
      stages = stages.withCopies(new CopyFinder(c, MiniLmEmbedder::shared)::detect);
    }
    long t0 = System.nanoTime();
    Dossier dossier = new Pipeline(stages).analyze(articles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Path dossierFile = out.resolve("dossier.json");
    Files.writeString(dossierFile, DossierJson.render(dossier), StandardCharsets.UTF_8);

    JsonNode pairs = Json.compact().readTree(dir.resolve("reuse-pairs.json").toFile());
    List<ProvenanceScore.Rewrite> rws = new ArrayList<>();
    for (String line : Files.readAllLines(rw, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = Json.compact().readTree(line);
      List<String> of = new ArrayList<>();
      r.get("rewriteOf").forEach(x -> of.add(x.asText()));
      rws.add(new ProvenanceScore.Rewrite(r.get("id").asText(), of));
    }
    ProvenanceScore score =
        ProvenanceScore.of(dossier, pairs(pairs.get("link")), pairs(pairs.get("nolink")), rws);
    System.out.println(
        score.line()
            + String.format(Locale.ROOT, " articles=%d seconds=%.1f", articles.size(), seconds));
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
            && score.rewritesFound() == score.rewrites();
    return ok ? 0 : 1;
  }

  private static List<ProvenanceScore.Pair> pairs(JsonNode list) {
    List<ProvenanceScore.Pair> out = new ArrayList<>();
    for (JsonNode p : list) {
      out.add(new ProvenanceScore.Pair(p.get(0).asText(), p.get(1).asText()));
    }
    return out;
  }
}
