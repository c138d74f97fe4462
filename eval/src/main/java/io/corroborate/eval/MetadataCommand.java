package io.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code metadata}: metadata accuracy per field on Mozilla Readability's test pages, against each
 * page's {@code expected-metadata.json}, with the matching rules of {@link MetadataMatch}.
 *
 * <p>The expected values are what Readability found, so an empty one often means "Readability did
 * not look there" (many pages declare a publication date or an author that it does not report). The
 * main figure is therefore the accuracy over the pages whose expected value is given; the strict
 * accuracy over all pages, where an empty expected value must be matched by an empty one, is
 * printed too. In the strict figure, values that the product infers where the page declares nothing
 * (an outlet taken from the host name, a language found by the detector) count as absent.
 */
@Command(
    name = "metadata",
    mixinStandardHelpOptions = true,
    description = "Title, byline, published time, site name and language accuracy.")
final class MetadataCommand implements Callable<Integer> {

  @Mixin DataDir data = new DataDir();

  @Option(names = "--show-misses", description = "List every mismatch on standard output.")
  boolean showMisses;

  static final List<String> FIELDS = List.of("title", "byline", "published", "siteName", "lang");

  @Override
  public Integer call() throws IOException {
    Path pages = data.dataset("readability-testpages").resolve("test").resolve("test-pages");
    List<Path> dirs;
    try (Stream<Path> s = Files.list(pages)) {
      dirs = s.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
    }
    CorpusReader reader = new CorpusReader(InputLimits.DEFAULTS);
    ArticleCleaner cleaner = new ArticleCleaner(InputLimits.DEFAULTS);
    Map<String, Integer> hits = new LinkedHashMap<>();
    Map<String, Integer> given = new LinkedHashMap<>();
    Map<String, Integer> givenHits = new LinkedHashMap<>();
    FIELDS.forEach(
        f -> {
          hits.put(f, 0);
          given.put(f, 0);
          givenHits.put(f, 0);
        });
    List<String> misses = new ArrayList<>();
    for (Path dir : dirs) {
      JsonNode expected = Json.compact().readTree(dir.resolve("expected-metadata.json").toFile());
      List<Article> read = new ArrayList<>();
      reader.readFile(dir.resolve("source.html"), doc -> read.add(cleaner.clean(doc)), p -> {});
      if (read.isEmpty()) {
        misses.add(dir.getFileName() + ": unreadable");
        continue;
      }
      Article a = read.get(0);
      Map<String, Boolean> ok = score(expected, a);
      for (Map.Entry<String, Boolean> e : ok.entrySet()) {
        boolean isGiven = text(expected, key(e.getKey())) != null;
        if (isGiven) {
          given.merge(e.getKey(), 1, Integer::sum);
        }
        if (e.getValue()) {
          hits.merge(e.getKey(), 1, Integer::sum);
          if (isGiven) {
            givenHits.merge(e.getKey(), 1, Integer::sum);
          }
        } else {
          misses.add(
              dir.getFileName()
                  + " "
                  + e.getKey()
                  + ": expected="
                  + text(expected, key(e.getKey()))
                  + " actual="
                  + actual(a, e.getKey())
                  + " from="
                  + a.metadataSources().get(source(e.getKey())));
        }
      }
    }
    if (showMisses) {
      misses.forEach(System.out::println);
    }
    StringBuilder line = new StringBuilder("metadata (pages that give the field):");
    StringBuilder strict = new StringBuilder("metadata (all pages, absent must stay absent):");
    for (String f : FIELDS) {
      line.append(
          String.format(
              " %s=%.3f(%d/%d)",
              f,
              givenHits.get(f) / (double) Math.max(1, given.get(f)),
              givenHits.get(f),
              given.get(f)));
      strict.append(String.format(" %s=%.3f", f, hits.get(f) / (double) dirs.size()));
    }
    System.out.println(line);
    System.out.println(strict + " pages=" + dirs.size());
    return 0;
  }

  static Map<String, Boolean> score(JsonNode expected, Article a) {
    Map<String, Boolean> ok = new LinkedHashMap<>();
    ok.put("title", MetadataMatch.title(text(expected, "title"), a.title()));
    ok.put("byline", MetadataMatch.byline(text(expected, "byline"), a.byline()));
    ok.put("published", MetadataMatch.published(text(expected, "publishedTime"), a.published()));
    String site = text(expected, "siteName");
    ok.put("siteName", MetadataMatch.siteName(site, declared(a, "outlet", a.outlet(), site)));
    String lang = text(expected, "lang");
    ok.put("lang", MetadataMatch.language(lang, declared(a, "language", a.language(), lang)));
    return ok;
  }

  /** A value inferred rather than declared counts as absent where nothing was expected. */
  private static String declared(Article a, String field, String value, String expected) {
    String source = a.metadataSources().get(field);
    boolean inferred = "host".equals(source) || "detector".equals(source);
    return expected == null && inferred ? null : value;
  }

  private static String key(String field) {
    return switch (field) {
      case "published" -> "publishedTime";
      default -> field;
    };
  }

  private static String source(String field) {
    return switch (field) {
      case "siteName" -> "outlet";
      case "lang" -> "language";
      default -> field;
    };
  }

  private static Object actual(Article a, String field) {
    return switch (field) {
      case "title" -> a.title();
      case "byline" -> a.byline();
      case "published" -> a.published();
      case "siteName" -> a.outlet();
      default -> a.language();
    };
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
