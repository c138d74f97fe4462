package io.corroborate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The ECB+ dev documents, read from {@code ../shared/data} beside the repository (never copied).
 */
public final class EcbDev {

  /** The dev documents as JSON lines. */
  public static final Path DOCS = Path.of("../../shared/data/ecbplus-dev/docs.jsonl");

  /** Reads a file of the first documents. */
  public interface Use<T> {
    T with(Path firstDocs) throws IOException;
  }

  private EcbDev() {}

  /**
   * Hands {@code use} a temporary JSON-lines file of the first {@code n} dev documents (deleted
   * after); skips the calling test, saying why, when the data is not beside the repository.
   */
  public static <T> T firstDocuments(int n, Use<T> use) throws IOException {
    Assumptions.assumeTrue(
        Files.exists(DOCS),
        "SKIPPED: ../shared/data/ecbplus-dev is not beside the repository; the ECB+ check needs it");
    Path first = Files.createTempFile("ecb-" + n + "-", ".jsonl");
    try {
      Files.write(first, Files.readAllLines(DOCS).subList(0, n));
      return use.with(first);
    } finally {
      Files.deleteIfExists(first);
    }
  }
}
