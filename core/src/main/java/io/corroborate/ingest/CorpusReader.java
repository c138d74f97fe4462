package io.corroborate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads files and directories (walked recursively, sorted by path) into documents, dispatching by
 * extension. A bad file, line or record becomes one {@link Problem} and the batch goes on.
 * Instances are immutable and thread-safe; each call reads sequentially.
 */
public final class CorpusReader {

  private final InputLimits limits;

  /** A reader with the given limits. */
  public CorpusReader(InputLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A reader with the default limits. */
  public CorpusReader() {
    this(InputLimits.DEFAULTS);
  }

  /** The limits in force. */
  public InputLimits limits() {
    return limits;
  }

  /**
   * Reads every path in order.
   *
   * @return how many documents were produced
   */
  public int read(List<Path> paths, DocumentSink sink, ProblemListener problems) {
    int[] count = {0};
    DocumentSink counting =
        d -> {
          count[0]++;
          sink.accept(d);
        };
    for (Path path : paths) {
      readPath(path, counting, problems);
    }
    return count[0];
  }

  /**
   * The input files a path stands for: itself, or the known kinds under it, sorted by path. A
   * directory that cannot be listed is reported and the rest of the walk goes on; a symbolic link
   * is followed only when it leads to a regular file inside the given directory (links that leave
   * it, and links to directories, are reported and left out).
   */
  public List<Path> expand(Path path, ProblemListener problems) {
    if (!Files.exists(path)) {
      problems.onProblem(new Problem(path.toString(), "no such file or directory", true));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      if (InputFormat.of(path.getFileName().toString()) == null) {
        problems.onProblem(
            new Problem(
                path.toString(),
                "unsupported input kind; expected one of " + InputFormat.known(),
                true));
        return List.of();
      }
      return List.of(path);
    }
    Path realRoot;
    try {
      realRoot = path.toRealPath();
    } catch (IOException e) {
      problems.onProblem(
          new Problem(path.toString(), "cannot list directory: " + describe(e), true));
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(path) || !isHidden(path, dir)
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(path, file) || InputFormat.of(file.getFileName().toString()) == null) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                linked(file, realRoot, files, problems);
              } else if (attrs.isRegularFile()) {
                files.add(file);
              } else if (!attrs.isDirectory()) {
                problems.onProblem(
                    new Problem(
                        file.toString(), "not a regular file (device, FIFO or socket)", true));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.onProblem(
                  new Problem(
                      file.toString(),
                      (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                              ? "cannot list directory: "
                              : "cannot read: ")
                          + describe(e)
                          + "; the rest of the walk goes on",
                      true));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                problems.onProblem(
                    new Problem(
                        dir.toString(),
                        "directory listing failed part-way: "
                            + describe(e)
                            + "; the rest of the walk goes on",
                        true));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      problems.onProblem(
          new Problem(path.toString(), "cannot list directory: " + describe(e), false));
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a symbolic link found in a walk when it leads to a regular file inside the root. */
  private static void linked(Path link, Path realRoot, List<Path> files, ProblemListener problems) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      problems.onProblem(
          new Problem(link.toString(), "symbolic link cannot be followed: " + describe(e), true));
      return;
    }
    if (!target.startsWith(realRoot)) {
      problems.onProblem(
          new Problem(
              link.toString(),
              "symbolic link leads out of the input directory (to " + target + "); not followed",
              true));
    } else if (!Files.isRegularFile(target)) {
      problems.onProblem(
          new Problem(link.toString(), "symbolic link to something other than a file", true));
    } else {
      files.add(link);
    }
  }

  private void readPath(Path path, DocumentSink sink, ProblemListener problems) {
    for (Path file : expand(path, problems)) {
      readFile(file, sink, problems);
    }
  }

  /**
   * Reads one file of a known kind; problems are reported, never thrown. Whatever goes wrong inside
   * one file (a library exception, a stack overflow on deep nesting) is caught here, reported with
   * the file's name, and the batch goes on; documents already passed on are kept. Exceptions thrown
   * by the sink itself are not the file's fault and are passed up.
   */
  public void readFile(Path file, DocumentSink sink, ProblemListener problems) {
    String name = file.toString();
    DocumentSink guarded = guard(sink, name, problems);
    try {
      readKnown(file, name, guarded, problems);
    } catch (SinkFailure e) {
      throw e.cause;
    } catch (NoSuchFileException e) {
      problems.onProblem(new Problem(name, "no such file", true));
    } catch (InputFormatException e) {
      problems.onProblem(new Problem(name, e.getMessage(), true));
    } catch (IOException | UncheckedIOException e) {
      problems.onProblem(new Problem(name, "cannot read: " + describe(e), true));
    } catch (StackOverflowError e) {
      problems.onProblem(
          new Problem(
              name,
              "nesting too deep to read (stack overflow); the rest of the file is skipped",
              true));
    } catch (OutOfMemoryError e) {
      // what this file allocated is garbage now; the batch can go on
      problems.onProblem(
          new Problem(
              name,
              "too large to read in the memory available (raise -Xmx or lower the limits)",
              true));
    } catch (RuntimeException e) {
      problems.onProblem(
          new Problem(
              name,
              "could not be read: "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()),
              true));
    }
  }

  private void readKnown(Path file, String name, DocumentSink sink, ProblemListener problems)
      throws IOException {
    InputFormat.Detected kind = InputFormat.of(file.getFileName().toString());
    if (kind == null) {
      problems.onProblem(
          new Problem(
              name, "unsupported input kind; expected one of " + InputFormat.known(), true));
      return;
    }
    if (!Files.isRegularFile(file)) {
      problems.onProblem(
          new Problem(
              name,
              Files.isDirectory(file)
                  ? "is a directory"
                  : "not a regular file (device, FIFO or socket)",
              true));
      return;
    }
    long size = Files.size(file);
    if (size == 0) {
      problems.onProblem(new Problem(name, "empty file", true));
      return;
    }
    switch (kind.format()) {
      case WARC:
        new WarcFileReader(limits).read(file, name, sink, problems);
        return;
      case JSON_LINES:
        try (InputStream in = open(file, kind.gzipped())) {
          new JsonLinesReader(limits).read(in, name, sink, problems);
        }
        return;
      default:
        break;
    }
    long max =
        kind.format() == InputFormat.FEED
            ? saturatedTimes4(limits.maxDocumentBytes())
            : limits.maxDocumentBytes();
    if (!kind.gzipped() && size > max) {
      problems.onProblem(
          new Problem(
              name,
              BoundedBytes.human(size)
                  + " is "
                  + BoundedBytes.tooLarge(max).replace("larger than", "over"),
              true));
      return;
    }
    byte[] bytes;
    try (InputStream in = open(file, kind.gzipped())) {
      bytes = BoundedBytes.readAll(in, max);
    }
    if (bytes.length == 0 || isBlank(bytes)) {
      problems.onProblem(new Problem(name, "empty file", true));
      return;
    }
    switch (kind.format()) {
      case TEXT:
        sink.accept(SingleDocuments.text(name, bytes, problems));
        break;
      case HTML:
        sink.accept(SingleDocuments.html(name, bytes, null, null, problems));
        break;
      case FEED:
        new FeedFileReader(limits).read(bytes, name, sink, problems);
        break;
      default:
        throw new IllegalStateException("unhandled format " + kind.format());
    }
  }

  private static long saturatedTimes4(long n) {
    return n > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : n * 4;
  }

  /**
   * The checks every document passes at its boundary, whatever container it came in: unpaired
   * surrogates become U+FFFD, HTML over the element limit is cut, deep HTML nesting is reported.
   * Exceptions from the downstream sink are marked so that they are not blamed on the file.
   */
  private DocumentSink guard(DocumentSink sink, String file, ProblemListener problems) {
    return doc -> {
      RawDocument checked = DocumentChecks.check(doc, file, limits, problems);
      try {
        sink.accept(checked);
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    };
  }

  /** An exception from the sink, carried through the per-file catches unchanged. */
  static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException cause;

    SinkFailure(RuntimeException cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }

  static InputStream open(Path file, boolean gzipped) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
    if (!gzipped) {
      return in;
    }
    try {
      return new GZIPInputStream(in, 65536);
    } catch (IOException e) {
      in.close();
      throw new InputFormatException("not valid gzip data (" + describe(e) + ")", e);
    }
  }

  /** A library exception's message, at most 300 characters (some quote the bad input). */
  static String describe(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
