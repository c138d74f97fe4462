package io.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.Analyses;
import io.corroborate.Fixtures;
import io.corroborate.clean.ArticleCleaner;
import io.corroborate.ingest.CorpusReader;
import io.corroborate.ingest.InputLimits;
import io.corroborate.model.Article;
import io.corroborate.model.NewsDate;
import io.corroborate.phases.Progress;
import io.corroborate.pipeline.CorpusCleaner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Phase 1 is a pure function of the article: an article analysed after other articles gets the
 * analysis it got after different ones (a store, a Spark executor and a thread pool each analyse
 * articles in their own order). The articles read before differ in what they prime: weekdays in the
 * past tense, then in the future tense, the kind of history SUTime's own date resolution remembers
 * (CoreNLP issue 1061).
 */
class AnalysisIsPureTest {

  @Test
  void anArticleGetsTheSameAnalysisWhateverWasAnalysedBeforeIt() throws IOException {
    List<Article> examples = new ArrayList<>();
    new CorpusCleaner(new CorpusReader(InputLimits.DEFAULTS), new ArticleCleaner(), 1)
        .run(List.of(Path.of("../examples/calder-dam")), examples::add, p -> {}, Progress.NONE);
    assertThat(examples).hasSizeGreaterThan(3);

    analyse(
        primers(
            "past", "Officials said the council voted on %s and the storm hit the coast on %s."));
    List<String> first = new ArrayList<>();
    for (Article a : examples) {
      first.add(AnalysisJson.write(Analyses.ANALYZER.analyze(a)));
    }
    analyse(
        primers(
            "future", "Officials said the council will vote on %s and schools will reopen %s."));
    List<String> differences = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (int i = examples.size() - 1; i >= 0; i--) {
      String again = AnalysisJson.write(Analyses.ANALYZER.analyze(examples.get(i)));
      diff(
          examples.get(i).source(), json.readTree(first.get(i)), json.readTree(again), differences);
    }
    assertThat(differences).isEmpty();
  }

  /** One invented article per weekday, dated on each weekday, naming every weekday. */
  private static List<Article> primers(String name, String sentence) {
    List<Article> out = new ArrayList<>();
    LocalDate monday = LocalDate.of(2026, 3, 2);
    for (DayOfWeek published : DayOfWeek.values()) {
      StringBuilder text = new StringBuilder();
      for (DayOfWeek d : DayOfWeek.values()) {
        String day = d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        text.append(String.format(Locale.ROOT, sentence, day, day)).append(' ');
      }
      out.add(
          Fixtures.article(
              name + "-" + published,
              "Primer",
              text.toString().trim(),
              NewsDate.of(monday.plusDays(published.getValue() - 1))));
    }
    return out;
  }

  private static void analyse(List<Article> articles) {
    for (Article a : articles) {
      Analyses.ANALYZER.analyze(a);
    }
  }

  /** The paths where two JSON trees differ, with both values, shortened. */
  private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        diff(path + "." + n, a.path(n), b.path(n), out);
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(path + "[" + i + "]", a.get(i), b.get(i), out);
      }
    } else {
      out.add(path + ": " + shorten(a) + " then " + shorten(b));
    }
  }

  private static String shorten(JsonNode n) {
    String s = n.toString();
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
