package io.corroborate.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes its result: standard output, or a file that appears whole or not at all
 * (written beside it, then moved into place).
 */
final class Output implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean committed;

  private Output(Path target, Path temp, Writer writer) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
  }

  static Output open(Path file, PrintWriter stdout) throws IOException {
    if (file == null) {
      return new Output(null, null, stdout);
    }
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path temp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    return new Output(abs, temp, Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
  }

  Writer writer() {
    return writer;
  }

  /** Makes the output final: flushes standard output, or moves the file into place. */
  void commit() throws IOException {
    writer.flush();
    if (target != null) {
      writer.close();
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (target == null) {
      writer.flush();
      return;
    }
    if (!committed) {
      writer.close();
      Files.deleteIfExists(temp);
    }
  }
}
