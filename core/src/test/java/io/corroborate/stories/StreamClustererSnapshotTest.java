package io.corroborate.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Analyses;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleAnalysis;
import io.corroborate.model.CopyLink;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.provenance.CopyFinder;
import io.corroborate.provenance.CopyIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story clusterer's state saved mid-stream and restored goes on exactly as the uninterrupted
 * clusterer: the same stories, and the same state byte for byte at the end. On the example corpus
 * and, when the shared data is beside the repository, 100 ECB+ documents after it.
 */
class StreamClustererSnapshotTest {

  private static final List<Article> articles = new ArrayList<>();
  private static final List<String> groups = new ArrayList<>();
  private static List<ArticleAnalysis> analyses;

  @BeforeAll
  static void analyse() throws IOException {
    List<Path> paths = new ArrayList<>(List.of(Path.of("../examples/calder-dam")));
    Path docs = Path.of("../../shared/data/ecbplus-dev/docs.jsonl");
    Path sample = null;
    if (Files.exists(docs)) {
      sample = Files.createTempFile("ecb-100-", ".jsonl");
      Files.write(sample, Files.readAllLines(docs).subList(0, 100));
      paths.add(sample);
    } else {
      System.err.println(
          "StreamClustererSnapshotTest: ../shared/data/ecbplus-dev is not beside the repository;"
              + " checking the example corpus only");
    }
    try {
      new CorpusCleaner(new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(), 2)
          .run(paths, articles::add, p -> {}, Progress.NONE);
    } finally {
      if (sample != null) {
        Files.deleteIfExists(sample);
      }
    }
    analyses = articles.parallelStream().map(Analyses.ANALYZER::analyze).toList();
    List<CopyLink> links = CopyIndex.detect(new CopyFinder(), analyses);
    CopyGroups copyGroups = CopyGroups.of(articles, links);
    for (Article a : articles) {
      groups.add(copyGroups.keyOf(a.id()));
    }
  }

  private static StreamClusterer fed(StreamClusterer c, int from, int to) {
    for (int i = from; i < to; i++) {
      c.add(analyses.get(i).profile(), groups.get(i));
    }
    return c;
  }

  private static byte[] saved(StreamClusterer c) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.save(out);
    return out.toByteArray();
  }

  @Test
  void aRestoredClustererGoesOnAsTheUninterruptedOne() throws IOException {
    int n = analyses.size();
    StreamClusterer whole = fed(new StreamClusterer(StoryConfig.DEFAULT), 0, n);
    assertThat(whole.storyCount()).isGreaterThan(1);
    for (int cut : new int[] {1, 7, n / 2, n - 1}) {
      StreamClusterer first = fed(new StreamClusterer(StoryConfig.DEFAULT), 0, cut);
      StreamClusterer restored =
          StreamClusterer.restore(new ByteArrayInputStream(saved(first)), StoryConfig.DEFAULT);
      assertThat(saved(restored)).as("saved again after %d", cut).isEqualTo(saved(first));
      fed(restored, cut, n);
      assertThat(restored.stories()).as("restored after %d", cut).isEqualTo(whole.stories());
      assertThat(saved(restored)).as("state after %d", cut).isEqualTo(saved(whole));
    }
  }

  @Test
  void aStateOfAnotherFormatOrOtherSettingsIsRefusedWithAMessage() throws IOException {
    byte[] bytes = saved(fed(new StreamClusterer(StoryConfig.DEFAULT), 0, 3));
    byte[] format = bytes.clone();
    ByteBuffer.wrap(format).putInt(4, StreamClusterer.FORMAT + 1);
    assertThatThrownBy(
            () -> StreamClusterer.restore(new ByteArrayInputStream(format), StoryConfig.DEFAULT))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format " + (StreamClusterer.FORMAT + 1));
    StoryConfig other =
        StoryConfig.DEFAULT.withCandidateThreshold(StoryConfig.DEFAULT.candidateThreshold() + 0.01);
    assertThatThrownBy(() -> StreamClusterer.restore(new ByteArrayInputStream(bytes), other))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("other settings");
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(
            () -> StreamClusterer.restore(new ByteArrayInputStream(cut), StoryConfig.DEFAULT))
        .isInstanceOf(IOException.class);
  }
}
