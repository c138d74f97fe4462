package io.corroborate.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary directories that outlive one test class (a shared server, a browser profile). */
final class TempTrees {

  private TempTrees() {}

  /** A new temporary directory, deleted with what it holds when the JVM exits. */
  static Path deletedOnExit(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    return dir;
  }

  private static void delete(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a file still held open by a process shutting down: left for the system's cleaner
    }
  }
}
