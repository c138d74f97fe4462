package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.ingest.InputLimits;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.FigureLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corroborate-eval figures-newsquant}: writes the NewsQuant sentences as JSON lines ({@code
 * {"id": "nq-<i>", "text": sentence i}}), runs {@code figures} over them in-process and scores the
 * output with the benchmark's scorer ({@code ../shared/eval/score_figures.py}), whose line it
 * prints.
 */
@Command(
    name = "figures-newsquant",
    mixinStandardHelpOptions = true,
    description = "Figures on NewsQuant: value F1 and value+concept F1 (score_figures.py).")
final class FiguresNewsQuantEval implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "NewsQuant JSON (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/newsquant-dev/NewsQuant.json");

  @Option(
      names = "--scorer",
      paramLabel = "FILE",
      description = "The scorer (default: ${DEFAULT-VALUE}).")
  Path scorer = Path.of("../shared/eval/score_figures.py");

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where the input and output lines are written (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("eval/target/figures-newsquant");

  @Override
  public Integer call() throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    JsonNode gold;
    try (InputStream in = Files.newInputStream(data)) {
      gold = json.readTree(in);
    }
    Files.createDirectories(work);
    Path input = work.resolve("newsquant.jsonl");
    Path output = work.resolve("figures.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < gold.size(); i++) {
        ObjectNode line = json.createObjectNode();
        line.put("id", "nq-" + i);
        line.put("text", gold.get(i).get("text").asText());
        w.write(json.writeValueAsString(line));
        w.write('\n');
      }
    }
    long t0 = System.nanoTime();
    int n;
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      n =
          new FigureLines(InputLimits.DEFAULTS, 1)
              .write(List.of(input), w, ProblemListener.ignoring(), Progress.NONE);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf(
        java.util.Locale.ROOT, "figures-newsquant: %d sentences in %.1f s%n", n, seconds);
    List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), data.toString()));
    cmd.add(output.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("scorer did not finish: " + cmd);
    }
    System.out.print(result);
    return p.exitValue() == 0 ? 0 : 1;
  }
}
