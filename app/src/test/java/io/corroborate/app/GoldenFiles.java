package io.corroborate.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.phases.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change, then review
 * the diff.
 */
final class GoldenFiles {

  static final Path DIR = Path.of("src/test/resources/golden");

  private GoldenFiles() {}

  /**
   * The output with every article id replaced by {@code {{source}}}, the article's source: golden
   * files are keyed by what names an input, so a change of id scheme does not rewrite them.
   */
  static String keyedBySource(String output, String corpus) {
    InputOptions options = new InputOptions();
    options.paths = List.of(Path.of(corpus));
    Map<String, String> sourceOf = new TreeMap<>();
    options
        .cleaner()
        .run(options.paths, a -> sourceOf.put(a.id(), a.source()), p -> {}, Progress.NONE);
    String out = output;
    for (Map.Entry<String, String> e : sourceOf.entrySet()) {
      out = out.replace(e.getKey(), "{{" + e.getValue() + "}}");
    }
    return out;
  }

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
    assertThat(actual)
        .as(
            "output differs from %s; rerun with -Dgolden.update=true after a deliberate change",
            file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
