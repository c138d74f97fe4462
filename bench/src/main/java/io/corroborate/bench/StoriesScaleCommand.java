package io.corroborate.bench;

import io.corroborate.model.ArticleProfile;
import io.corroborate.stories.StoryConfig;
import io.corroborate.stories.StreamClusterer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stories-scale}: the cost of assigning one article to stories when 10,000 and when 100,000
 * stories are live. Synthetic article profiles built from the words of real text (the ECB+
 * documents) are fed to one {@link StreamClusterer} on one thread; at each scale the next articles
 * (half new stories, half follow-ups of recent ones) are timed. Prints articles per second, the
 * cost ratio between the scales, and the peak heap.
 */
@Command(
    name = "stories-scale",
    mixinStandardHelpOptions = true,
    description = "Story assignment throughput at 10,000 and 100,000 live stories.")
final class StoriesScaleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", description = "Shared data folder (default: ../shared/data).")
  Path data = Path.of("../shared/data");

  @Option(
      names = "--scales",
      split = ",",
      description = "Live stories at which to measure (default: 10000,100000).")
  List<Integer> scales = List.of(10_000, 100_000);

  @Option(names = "--measure", description = "Articles timed at each scale (default: 5000).")
  int measure = 5_000;

  @Option(names = "--seed", description = "Random seed (default: 7).")
  long seed = 7;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SyntheticStream stream =
        new SyntheticStream(
            SyntheticStream.texts(data.resolve("ecbplus-dev/docs.jsonl")), seed, 384);
    StreamClusterer clusterer = new StreamClusterer(StoryConfig.DEFAULT);
    List<double[]> results = new ArrayList<>();
    for (int scale : scales) {
      // fill: three new stories for every follow-up
      while (stream.stories() < scale) {
        ArticleProfile p = clusterer.size() % 4 == 3 ? stream.followUp(200) : stream.newStory();
        clusterer.add(p, null);
      }
      // warm the measured path, then time it; profiles are made before the clock starts
      for (int i = 0; i < 500; i++) {
        clusterer.add(i % 2 == 0 ? stream.newStory() : stream.followUp(200), null);
      }
      List<ArticleProfile> batch = new ArrayList<>(measure);
      for (int i = 0; i < measure; i++) {
        batch.add(i % 2 == 0 ? stream.newStory() : stream.followUp(200));
      }
      long t0 = System.nanoTime();
      for (ArticleProfile p : batch) {
        clusterer.add(p, null);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double perSecond = measure / seconds;
      results.add(new double[] {clusterer.storyCount(), perSecond, 1e6 / perSecond});
      out.printf(
          Locale.ROOT,
          "%,d live stories (%,d events, %,d articles): %,.0f articles/s on one thread, %.0f us per article%n",
          clusterer.storyCount(),
          clusterer.eventCount(),
          clusterer.size(),
          perSecond,
          1e6 / perSecond);
      out.flush();
    }
    if (results.size() >= 2) {
      double[] first = results.get(0);
      double[] last = results.get(results.size() - 1);
      out.printf(
          Locale.ROOT,
          "cost per article at %,.0f stories / at %,.0f stories: %.2f%n",
          last[0],
          first[0],
          last[2] / first[2]);
    }
    long peak = Heap.peakBytes();
    out.printf(Locale.ROOT, "peak heap: %,d MiB%n", peak / (1024 * 1024));
    out.flush();
    return 0;
  }
}
