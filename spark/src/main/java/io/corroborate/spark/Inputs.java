package io.corroborate.spark;

import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.Problem;
import io.corroborate.ingest.ProblemListener;
import io.corroborate.ingest.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds and reads a job's input files. A path without a scheme (or {@code file:}) is read as the
 * embedded app reads it (core's {@link CorpusReader}: directories walked recursively and sorted,
 * sources named by the path as given); any other scheme ({@code hdfs://}, {@code s3a://}) goes
 * through the Hadoop {@link FileSystem} API, its files listed recursively in path order and each
 * copied to a local temporary file for core's readers, its documents named by their remote path.
 */
final class Inputs {

  private Inputs() {}

  /** Whether a path is read from local disk. */
  static boolean local(String path) {
    URI u;
    try {
      u = new URI(path);
    } catch (java.net.URISyntaxException e) {
      return true;
    }
    return u.getScheme() == null || u.getScheme().length() == 1 || "file".equals(u.getScheme());
  }

  private static Path localPath(String path) {
    return path.startsWith("file:") ? Path.of(URI.create(path)) : Path.of(path);
  }

  /** The files of every input path, in input order, each directory's files sorted by path. */
  static List<String> list(List<String> paths, Configuration conf, ProblemListener problems) {
    CorpusReader reader = new CorpusReader();
    List<String> out = new ArrayList<>();
    for (String p : paths) {
      if (local(p)) {
        for (Path f : reader.expand(localPath(p), problems)) {
          out.add(f.toString());
        }
        continue;
      }
      try {
        org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(p);
        FileSystem fs = hp.getFileSystem(conf);
        FileStatus st = fs.getFileStatus(hp);
        if (st.isFile()) {
          out.add(st.getPath().toString());
          continue;
        }
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(hp, true);
        while (it.hasNext()) {
          found.add(it.next().getPath().toString());
        }
        found.sort(Comparator.naturalOrder());
        out.addAll(found);
      } catch (java.io.FileNotFoundException e) {
        problems.onProblem(new Problem(p, "no such file", true));
      } catch (IOException | RuntimeException e) {
        problems.onProblem(new Problem(p, "cannot list: " + e.getMessage(), true));
      }
    }
    return out;
  }

  /**
   * Reads one file, handing its documents to {@code sink} in file order; problems are reported,
   * never thrown.
   */
  static void read(
      String file,
      Map<String, String> hadoopConf,
      CorpusReader reader,
      Consumer<RawDocument> sink,
      ProblemListener problems) {
    if (local(file)) {
      reader.readFile(localPath(file), sink::accept, problems);
      return;
    }
    Path dir = null;
    try {
      Configuration conf = new Configuration();
      hadoopConf.forEach(conf::set);
      org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(file);
      dir = Files.createTempDirectory("corroborate-input");
      Path copy = dir.resolve(hp.getName());
      try (InputStream in = hp.getFileSystem(conf).open(hp)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      String prefix = copy.toString();
      reader.readFile(
          copy,
          d -> sink.accept(renamed(d, prefix, file)),
          p ->
              problems.onProblem(
                  new Problem(renamed(p.where(), prefix, file), p.message(), p.skipped())));
    } catch (IOException | RuntimeException e) {
      problems.onProblem(new Problem(file, "cannot read: " + e.getMessage(), true));
    } finally {
      if (dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  private static String renamed(String source, String prefix, String remote) {
    return source.startsWith(prefix) ? remote + source.substring(prefix.length()) : source;
  }

  private static RawDocument renamed(RawDocument d, String prefix, String remote) {
    return new RawDocument(
        renamed(d.source(), prefix, remote),
        d.kind(),
        d.content(),
        d.url(),
        d.id(),
        d.title(),
        d.published(),
        d.outlet(),
        d.byline(),
        d.language());
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(Inputs::delete);
    } catch (IOException | UncheckedIOException e) {
      // a temporary file left behind is the system's to clean
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
