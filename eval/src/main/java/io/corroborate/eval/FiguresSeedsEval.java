package io.corroborate.eval;

import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import io.corroborate.model.Dossier;
import io.corroborate.model.FigureGroup;
import io.corroborate.model.FigureMention;
import io.corroborate.model.Relation;
import io.corroborate.phases.CopyDetector;
import io.corroborate.pipeline.Pipeline;
import io.corroborate.pipeline.Stages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate-eval figures-seeds}: the acceptance checks of the figures issue on the five
 * seed reports, through the whole pipeline. Until copy detection lands, the copy link the issue
 * names (seed 003 copies seed 001) is given by hand with {@code --copy}. Prints one line per check
 * and exits 1 when one fails.
 */
@Command(
    name = "figures-seeds",
    mixinStandardHelpOptions = true,
    description = "Figure groups on the seed reports: the acceptance checks of the figures issue.")
final class FiguresSeedsEval implements Callable<Integer> {

  @Option(names = "--seeds", paramLabel = "DIR", description = "Default: ${DEFAULT-VALUE}.")
  Path seeds = Path.of("../shared/seeds");

  @Option(
      names = "--copy",
      paramLabel = "COPY=ORIGIN",
      description =
          "A copy link by file-name prefix, given by hand until copy detection runs (default:"
              + " ${DEFAULT-VALUE}).")
  List<String> copies = new ArrayList<>(List.of("003_=001_"));

  @Override
  public Integer call() {
    List<Article> articles = new ArrayList<>();
    ArticleCleaner cleaner = new ArticleCleaner();
    new CorpusReader()
        .read(List.of(seeds), d -> articles.add(cleaner.clean(d)), ProblemListener.ignoring());
    if (articles.isEmpty()) {
      System.err.println("figures-seeds: no seeds under " + seeds);
      return 3;
    }
    List<CopyLink> links = new ArrayList<>();
    for (String c : copies) {
      String[] kv = c.split("=", 2);
      Article copy = byPrefix(articles, kv[0]);
      Article origin = byPrefix(articles, kv[1]);
      if (copy != null && origin != null) {
        links.add(
            new CopyLink(
                copy.id(), Relation.REWRITE, origin.id(), origin.id(), null, 0.9, List.of()));
        links.add(
            new CopyLink(origin.id(), Relation.INDEPENDENT, null, origin.id(), null, 0, List.of()));
      }
    }
    CopyDetector given = as -> links;
    Dossier d = new Pipeline(Stages.defaults().withCopies(given)).analyze(articles);
    List<FigureGroup> groups = d.stories().get(0).figures();
    Map<String, String> names = new TreeMap<>();
    for (Article a : articles) {
      names.put(a.id(), Path.of(a.source()).getFileName().toString().substring(0, 3));
    }
    boolean ok = true;
    FigureGroup deployed = holding(groups, 12_000, null);
    boolean deployment =
        deployed != null
            && holding(groups, 11_000, null) != null
            && hasValue(deployed, 11_000)
            && FigureGroup.SCOPE.equals(deployed.status())
            && !deployed.conflicting();
    ok &=
        report(
            "11,000 (Kursk) and 12,000 (Russia) deployed in one group, status scope",
            deployment,
            deployed,
            names);
    FigureGroup casualties = holding(groups, 3_000, null);
    int articlesOf = casualties == null ? 0 : articles(casualties).size();
    boolean killed =
        casualties != null
            && articlesOf >= 4
            && (casualties.independentSources() == 3 || casualties.independentSources() == 4);
    ok &=
        report(
            "3,000 killed or wounded: one group of >= 4 articles, 3 or 4 independent",
            killed,
            casualties,
            names);
    FigureGroup week = holding(groups, 1_000, "week");
    boolean weekly = week != null && articles(week).size() == 2;
    ok &= report("1,000 in the past week: one group of two articles", weekly, week, names);
    return ok ? 0 : 1;
  }

  private static Article byPrefix(List<Article> articles, String prefix) {
    for (Article a : articles) {
      if (Path.of(a.source()).getFileName().toString().startsWith(prefix)) {
        return a;
      }
    }
    return null;
  }

  private static FigureGroup holding(List<FigureGroup> groups, double value, String scope) {
    FigureGroup best = null;
    for (FigureGroup g : groups) {
      for (FigureMention m : g.mentions()) {
        Double v = m.value() != null ? m.value() : m.low();
        boolean inScope =
            scope == null
                ? m.timeScope() == null || m.timeScope().startsWith("since")
                : m.timeScope() != null && m.timeScope().contains(scope);
        if (v != null
            && v == value
            && inScope
            && (best == null || g.mentions().size() > best.mentions().size())) {
          best = g;
        }
      }
    }
    return best;
  }

  private static boolean hasValue(FigureGroup g, double value) {
    return g.mentions().stream().anyMatch(m -> m.value() != null && m.value() == value);
  }

  private static Set<String> articles(FigureGroup g) {
    Set<String> ids = new LinkedHashSet<>();
    for (FigureMention m : g.mentions()) {
      ids.add(m.articleId());
    }
    return ids;
  }

  private static boolean report(
      String check, boolean pass, FigureGroup g, Map<String, String> names) {
    StringBuilder sb = new StringBuilder(pass ? "PASS " : "FAIL ").append(check);
    if (g != null) {
      List<String> seen = new ArrayList<>();
      for (FigureMention m : g.mentions()) {
        seen.add(names.get(m.articleId()) + ":" + (m.value() != null ? m.value() : m.low()));
      }
      sb.append(" | about=\"")
          .append(g.about())
          .append("\" mentions=")
          .append(seen)
          .append(" conflicting=")
          .append(g.conflicting())
          .append(" independentSources=")
          .append(g.independentSources())
          .append(" independentClaimants=")
          .append(g.independentClaimants());
    }
    System.out.println(sb);
    return pass;
  }
}
