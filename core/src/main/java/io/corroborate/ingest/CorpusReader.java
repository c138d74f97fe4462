package io.corroborate.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
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

  /** The input files a path stands for: itself, or the known kinds under it, sorted by path. */
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
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> !isHidden(path, p))
          .filter(Files::isRegularFile)
          .filter(p -> InputFormat.of(p.getFileName().toString()) != null)
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      problems.onProblem(
          new Problem(path.toString(), "cannot list directory: " + e.getMessage(), false));
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

  private void readPath(Path path, DocumentSink sink, ProblemListener problems) {
    for (Path file : expand(path, problems)) {
      readFile(file, sink, problems);
    }
  }

  /** Reads one file of a known kind; problems are reported, never thrown. */
  public void readFile(Path file, DocumentSink sink, ProblemListener problems) {
    String name = file.toString();
    InputFormat.Detected kind = InputFormat.of(file.getFileName().toString());
    if (kind == null) {
      problems.onProblem(
          new Problem(
              name, "unsupported input kind; expected one of " + InputFormat.known(), true));
      return;
    }
    try {
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
              ? limits.maxDocumentBytes() * 4
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
    } catch (NoSuchFileException e) {
      problems.onProblem(new Problem(name, "no such file", true));
    } catch (InputFormatException e) {
      problems.onProblem(new Problem(name, e.getMessage(), true));
    } catch (IOException e) {
      problems.onProblem(new Problem(name, "cannot read: " + describe(e), true));
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

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
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
