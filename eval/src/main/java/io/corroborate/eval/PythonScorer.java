package io.corroborate.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one of the shared Python scorers and returns what it printed. */
final class PythonScorer {

  private PythonScorer() {}

  /**
   * Runs {@code python3 script args...}.
   *
   * @return the scorer's standard output, trimmed
   * @throws IOException when the scorer cannot be run or fails
   */
  static String run(Path script, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("python3");
    command.add(script.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      int rc = p.waitFor();
      if (rc != 0) {
        throw new IOException("scorer " + script.getFileName() + " failed with exit code " + rc);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scoring", e);
    }
    return out.strip();
  }
}
