package io.corroborate.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code corroborate-spark analyze PATH... [--master M] [--format md|json|html] [--out FILE]
 * [--out-dir DIR] [--partitions N] [--conf key=value]...}: the job's command line, for the launcher
 * and for {@code spark-submit}. Standard output carries only the dossier (when neither {@code
 * --out} nor {@code --out-dir} is given); the summary and problems go to standard error. Exit codes
 * as the app's: 0 done, 1 internal error, 2 usage error, 3 no input could be processed.
 */
public final class SparkMain {

  private SparkMain() {}

  /** Parsed arguments. */
  record Args(
      List<String> paths,
      String master,
      String format,
      String out,
      String outDir,
      Integer partitions,
      int storyWindows,
      Map<String, String> conf) {}

  /** Runs the command and exits with its code. */
  public static void main(String[] argv) {
    System.exit(run(argv, System.out, System.err));
  }

  /** Runs the command; returns the exit code. */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    if (argv.length > 0 && argv[0].equals("bench-copies")) {
      return CopiesBench.run(argv, out, err);
    }
    Args args;
    try {
      args = parse(argv);
    } catch (IllegalArgumentException e) {
      err.println("corroborate-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (args == null) {
      out.println(USAGE);
      return 0;
    }
    SparkSession spark = session("corroborate analyze", args.master(), "local[*]", args.conf());
    try {
      spark.sparkContext().setLogLevel("WARN");
      int partitions =
          args.partitions() != null
              ? args.partitions()
              : Math.max(2, 2 * spark.sparkContext().defaultParallelism());
      JobResult result =
          CorroborateJob.run(
              spark,
              args.paths(),
              new CorroborateJob.Settings(partitions, Instant.now(), args.storyWindows()));
      err.print(result.summary().render());
      if (result.empty()) {
        err.println("corroborate-spark: no input could be processed");
        return 3;
      }
      if (args.outDir() != null) {
        result.writeOutDir(args.outDir());
        err.println("corroborate-spark: wrote stories/ and tables/ under " + args.outDir());
      }
      if (args.out() != null || args.outDir() == null) {
        String rendered = JobResult.render(result.dossier(), args.format());
        if (args.out() != null) {
          JobResult.write(args.out(), rendered, new HashMap<>());
        } else {
          out.write(rendered.getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
      return 0;
    } catch (IOException e) {
      err.println("corroborate-spark: cannot write: " + e.getMessage());
      return 1;
    } finally {
      spark.stop();
    }
  }

  /**
   * A session for a command: the given master, or the one {@code spark-submit} set, or {@code
   * fallback}; no web UI; in local mode every socket on the loopback interface; then {@code
   * settings} over all of that.
   */
  static SparkSession session(
      String appName, String master, String fallback, Map<String, String> settings) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(fallback);
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    if (conf.get("spark.master").startsWith("local")) {
      // local mode talks to itself only: keep every socket on the loopback interface
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    settings.forEach(conf::set);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  static final String USAGE =
      "usage: corroborate-spark analyze PATH... [--master local[2]] [--format md|json|html]"
          + " [--out FILE] [--out-dir DIR] [--partitions N] [--story-windows N]"
          + " [--conf key=value]... [--print-submit]\n"
          + "       "
          + CopiesBench.USAGE.substring("usage: ".length());

  /** The arguments, or null for help. */
  static Args parse(String[] argv) {
    if (argv.length == 0) {
      throw new IllegalArgumentException("a command is needed");
    }
    if (argv[0].equals("--help") || argv[0].equals("-h")) {
      return null;
    }
    if (!argv[0].equals("analyze")) {
      throw new IllegalArgumentException("unknown command: " + argv[0]);
    }
    List<String> paths = new ArrayList<>();
    String master = null;
    String format = "md";
    String out = null;
    String outDir = null;
    Integer partitions = null;
    int storyWindows = 0;
    Map<String, String> conf = new HashMap<>();
    boolean options = true;
    for (int i = 1; i < argv.length; i++) {
      String a = argv[i];
      if (options && a.equals("--")) {
        options = false;
      } else if (options && a.startsWith("--")) {
        if (a.equals("--help")) {
          return null;
        }
        if (i + 1 >= argv.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        String v = argv[++i];
        switch (a) {
          case "--master" -> master = v;
          case "--format" -> {
            if (!List.of("md", "json", "html").contains(v)) {
              throw new IllegalArgumentException("--format must be md, json or html: " + v);
            }
            format = v;
          }
          case "--out" -> out = v;
          case "--out-dir" -> outDir = v;
          case "--partitions" -> {
            try {
              partitions = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--partitions must be a number: " + v);
            }
            if (partitions < 1) {
              throw new IllegalArgumentException("--partitions must be positive: " + v);
            }
          }
          case "--story-windows" -> {
            try {
              storyWindows = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--story-windows must be a number: " + v);
            }
            if (storyWindows < 0) {
              throw new IllegalArgumentException("--story-windows must not be negative: " + v);
            }
          }
          case "--conf" -> {
            int eq = v.indexOf('=');
            if (eq <= 0) {
              throw new IllegalArgumentException("--conf needs key=value: " + v);
            }
            conf.put(v.substring(0, eq), v.substring(eq + 1));
          }
          default -> throw new IllegalArgumentException("unknown option: " + a);
        }
      } else {
        paths.add(a);
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("analyze needs at least one PATH");
    }
    return new Args(paths, master, format, out, outDir, partitions, storyWindows, conf);
  }
}
