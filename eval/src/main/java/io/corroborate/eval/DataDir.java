package io.corroborate.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of every evaluation: the folder of benchmark data (by default {@code
 * ../shared/data} from the repository root), with the scorers in the {@code eval} folder beside it.
 */
final class DataDir {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Benchmark data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("..", "shared", "data");

  /** A data set's folder, checked to exist. */
  Path dataset(String name) {
    Path p = data.resolve(name);
    if (!Files.isDirectory(p)) {
      throw new IllegalArgumentException("no data set " + name + " under " + data);
    }
    return p;
  }

  /** A scorer script of {@code ../shared/eval}, next to the data folder. */
  Path scorer(String script) {
    Path p = data.toAbsolutePath().normalize().getParent().resolve("eval").resolve(script);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no scorer " + script + " at " + p);
    }
    return p;
  }
}
