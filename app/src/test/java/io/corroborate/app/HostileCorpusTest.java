package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.ingest.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands over the hostile corpus (at a small scale; {@code scripts/hostile-corpus.sh}
 * runs the full sizes) and checks the promises of issue 19: every bad file named on standard error
 * on lines of their own, every good document out, nothing read from outside the inputs, and the run
 * bounded in time.
 */
class HostileCorpusTest {

  private static final double SCALE = 0.01;

  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void extractSurvivesTheHostileCorpus() throws IOException {
    check("extract", 300);
  }

  @Test
  void quotesSurvivesTheHostileCorpus() throws IOException {
    check("quotes", 600);
  }

  @Test
  void figuresSurvivesTheHostileCorpus() throws IOException {
    check("figures", 600);
  }

  @Test
  void analyzeSurvivesTheHostileCorpus() throws IOException {
    check("analyze", 600);
  }

  @Test
  void ingestSurvivesTheHostileCorpus() throws IOException {
    check("ingest", 600);
  }

  private void check(String command, int maxSeconds) throws IOException {
    Path corpus = dir.resolve("corpus");
    List<HostileCorpus.Case> cases = HostileCorpus.write(corpus, SCALE);
    long bytes;
    try (Stream<Path> s = Files.walk(corpus)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    // a link out of the tree, which must never be followed
    Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:secret:/root:/bin/sh\n");
    Files.createSymbolicLink(corpus.resolve("text/passwd.txt"), secret);

    List<String> args = new ArrayList<>(List.of(command, corpus.toString(), "--threads", "2"));
    Path store = dir.resolve("store");
    switch (command) {
      case "analyze" -> args.addAll(List.of("--format", "json"));
      case "ingest" -> args.addAll(List.of("--store", store.toString()));
      default -> {}
    }
    args.addAll(HostileCorpus.limitOptions(SCALE));
    if (!command.equals("extract")) {
      // the language tools cost far more per article: fewer feed items keep CI quick
      int i = args.indexOf("--max-feed-items");
      args.set(i + 1, "150");
      args.addAll(HostileCorpus.analysisLimitOptions(SCALE));
    }
    long t0 = System.nanoTime();
    Cli r = Cli.run(args.toArray(String[]::new));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "hostile corpus, %s: %d cases, %.1f MB, %.1f s (%.2f s/MB)%n",
        command, cases.size(), bytes / 1e6, seconds, seconds / (bytes / 1e6));

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(seconds).as("seconds for %s", command).isLessThan(maxSeconds);
    // what came out: one JSON line per document, or the dossier's articles (ingest: the stored
    // dossier, read back as `dossier --all` writes it)
    String out = r.out();
    if (command.equals("ingest")) {
      Cli all = Cli.run("dossier", "--all", "--store", store.toString(), "--format", "json");
      assertThat(all.exitCode()).as(all.err()).isZero();
      out = all.out();
    }
    Set<String> sources = new HashSet<>();
    if (command.equals("analyze") || command.equals("ingest")) {
      for (JsonNode a : JSON.readTree(out).get("articles")) {
        sources.add(a.get("source").asText());
      }
    } else {
      for (String line : out.lines().toList()) {
        JsonNode node = JSON.readTree(line);
        sources.add(node.get("source").asText());
      }
    }
    List<String> err = r.err().lines().toList();
    assertThat(err).allMatch(l -> l.startsWith("corroborate: "));
    for (HostileCorpus.Case c : cases) {
      String path = corpus.resolve(c.file()).toString();
      for (String g : c.good()) {
        String source = g.startsWith(c.file()) ? corpus + "/" + g : g;
        // analyze and ingest keep one document per article: a good one that repeats another's
        // address comes out as that one, and says so
        String sameAs = sameArticleAs(err, source);
        String revisedBy = revisedBy(err, source);
        String shownAs =
            sameAs != null && sources.contains(sameAs)
                ? sameAs
                : revisedBy != null && sources.contains(revisedBy) ? revisedBy : source;
        assertThat(shownAs)
            .as(
                "%s: %s comes out (standard error on it: %s)",
                c.attack(), source, err.stream().filter(l -> l.contains(source)).toList())
            .isIn(sources);
      }
      if (c.namedBy(command)) {
        String shown = Problem.escape(path);
        assertThat(err)
            .as("%s: %s named on standard error", c.attack(), shown)
            .anyMatch(
                l ->
                    l.startsWith("corroborate: skipped " + shown)
                        || l.startsWith("corroborate: warning: " + shown));
      }
    }
    assertThat(err)
        .anyMatch(l -> l.contains("passwd.txt: symbolic link leads out of the input directory"));
    assertThat(out).doesNotContain("root:x:0:0", "/bin/sh", "lollollol");
    String passwd = readIfThere(Path.of("/etc/passwd"));
    if (!passwd.isEmpty()) {
      assertThat(out).doesNotContain(passwd.lines().findFirst().orElse("root:"));
    }
  }

  /**
   * The source a document was said to repeat ("is the same article as", skipped or stored as a
   * revision of it), or null.
   */
  private static String sameArticleAs(List<String> err, String source) {
    String shown = Problem.escape(source);
    for (String l : err) {
      for (String prefix :
          List.of("corroborate: skipped " + shown, "corroborate: warning: " + shown)) {
        String lead = prefix + ": is the same article as ";
        if (l.startsWith(lead)) {
          String rest = l.substring(lead.length());
          int end = rest.indexOf(" (same address");
          return end < 0 ? null : rest.substring(0, end);
        }
      }
    }
    return null;
  }

  /**
   * The later document said to be a new revision of {@code source} (ingest keeps both revisions and
   * shows the newest), or null.
   */
  private static String revisedBy(List<String> err, String source) {
    String tail = ": is the same article as " + Problem.escape(source) + " (same address";
    String lead = "corroborate: warning: ";
    for (String l : err) {
      int at = l.indexOf(tail);
      if (l.startsWith(lead) && at > lead.length() && l.contains("stored as its revision")) {
        return l.substring(lead.length(), at);
      }
    }
    return null;
  }

  private static String readIfThere(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
