package io.corroborate.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.ArticleProfile;
import io.corroborate.nlp.AnalysisCache;
import io.corroborate.nlp.MiniLmEmbedder;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import io.corroborate.stories.DatePolicy;
import io.corroborate.stories.ProfileBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Profiles of the articles of a JSON-lines corpus, keyed by line id, optionally cached on disk. */
final class StoryProfiles {

  /** A profile with the JSON-line id of its article. */
  record Sourced(String source, ArticleProfile profile) {}

  private StoryProfiles() {}

  static List<Sourced> of(Path jsonl, Path cache, int threads) throws IOException {
    SimpleModule dates = new SimpleModule("dates");
    dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
    dates.addDeserializer(
        LocalDate.class,
        new JsonDeserializer<>() {
          @Override
          public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return LocalDate.parse(p.getValueAsString());
          }
        });
    ObjectMapper m =
        new ObjectMapper()
            .registerModule(dates)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    CollectionType type = m.getTypeFactory().constructCollectionType(List.class, Sourced.class);
    if (cache != null && Files.exists(cache)) {
      return m.readValue(cache.toFile(), type);
    }
    List<Article> articles = new ArrayList<>();
    new CorpusCleaner(
            new CorpusReader(InputLimits.DEFAULTS),
            new ArticleCleaner(InputLimits.DEFAULTS),
            threads)
        .run(List.of(jsonl), articles::add, p -> {}, Progress.NONE);
    ProfileBuilder builder =
        new ProfileBuilder(
            new AnalysisCache(), MiniLmEmbedder.shared(), DatePolicy.of(Clock.systemUTC()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "eval-profiles");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<ArticleProfile>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> builder.profile(a)));
      }
      List<Sourced> out = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        out.add(new Sourced(articles.get(i).source(), futures.get(i).get()));
      }
      if (cache != null) {
        Path tmp = Files.createTempFile(cache.toAbsolutePath().getParent(), "profiles", ".tmp");
        m.writeValue(tmp.toFile(), out);
        Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("profile failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
