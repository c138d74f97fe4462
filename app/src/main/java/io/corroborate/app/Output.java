package io.corroborate.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Where a command writes its result. Standard output is checked for write errors when the result is
 * done (a full disk or a closed pipe is an error, never a silent success). A regular file (or a new
 * one) appears whole or not at all: the result is written to a temporary file in the same directory
 * and moved into place, and the temporary file is removed on any failure. Anything else ({@code
 * /dev/null}, a FIFO, a symbolic link) is written directly, never replaced. Text is UTF-8; an
 * unpaired surrogate is written as U+FFFD rather than failing the batch.
 */
final class Output implements AutoCloseable {

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private final PrintWriter stdout;
  private boolean committed;

  private Output(Path target, Path temp, Writer writer, PrintWriter stdout) {
    this.target = target;
    this.temp = temp;
    this.writer = writer;
    this.stdout = stdout;
  }

  /** An error in writing the result: a clear message, exit code 1. */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A bad {@code --out} value: a clear message, exit code 2. */
  static final class BadTarget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadTarget(String message) {
      super(message);
    }
  }

  /**
   * Checks that {@code --out FILE} can be written before any work is done.
   *
   * @throws BadTarget when it names a directory, or its directory is missing or not writable
   */
  static void check(Path file) {
    if (file == null) {
      return;
    }
    if (file.toString().isEmpty()) {
      throw new BadTarget("--out: empty file name");
    }
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new BadTarget("--out " + file + ": is a directory");
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !regular(abs)) {
      if (!Files.isWritable(abs)) {
        throw new BadTarget("--out " + file + ": not writable");
      }
      return;
    }
    Path dir = abs.getParent();
    if (dir == null) {
      throw new BadTarget("--out " + file + ": has no directory");
    }
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new BadTarget("--out " + file + ": " + existing + " is not a directory");
    }
    if (!Files.isWritable(existing)) {
      throw new BadTarget("--out " + file + ": directory " + existing + " is not writable");
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw new BadTarget("--out " + file + ": not writable");
    }
  }

  private static boolean regular(Path p) {
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
  }

  static Output open(Path file, PrintWriter stdout) throws IOException {
    if (file == null) {
      return new Output(null, null, stdout, stdout);
    }
    check(file);
    Path abs = file.toAbsolutePath();
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !regular(abs)) {
      // a device, a FIFO or a symbolic link: written through, never replaced
      OutputStream out =
          Files.newOutputStream(
              abs, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return new Output(abs, null, utf8(out), null);
    }
    Path dir = abs.getParent();
    try {
      Files.createDirectories(dir);
    } catch (FileSystemException e) {
      throw new BadTarget("--out " + file + ": cannot create directory " + dir + ": " + reason(e));
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    } catch (AccessDeniedException e) {
      throw new BadTarget("--out " + file + ": directory " + dir + " is not writable");
    }
    try {
      keepPermissions(abs, temp);
      return new Output(abs, temp, utf8(Files.newOutputStream(temp)), null);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Gives the temporary file the target's permissions, or rw-r--r-- for a new file. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> perms =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, perms);
  }

  /** A UTF-8 writer that writes U+FFFD for an unpaired surrogate instead of failing. */
  static Writer utf8(OutputStream out) {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
    return new BufferedWriter(new OutputStreamWriter(out, encoder), 65536);
  }

  Writer writer() {
    return writer;
  }

  /** Makes the output final: flushes standard output, or moves the file into place. */
  void commit() throws IOException {
    if (stdout != null) {
      stdout.flush();
      if (stdout.checkError()) {
        throw new WriteFailure("cannot write to standard output (disk full or pipe closed?)", null);
      }
      committed = true;
      return;
    }
    try {
      writer.flush();
      writer.close();
    } catch (IOException e) {
      throw new WriteFailure("cannot write " + target + ": " + reason(e), e);
    }
    if (temp != null) {
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new WriteFailure("cannot move the result into " + target + ": " + reason(e), e);
      }
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (stdout != null) {
      stdout.flush();
      return;
    }
    try {
      if (!committed) {
        writer.close();
      }
    } catch (IOException e) {
      // the result is abandoned anyway; the temporary file goes below
    } finally {
      if (!committed && temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
