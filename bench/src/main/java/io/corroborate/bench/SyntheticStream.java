package io.corroborate.bench;

import io.corroborate.model.ArticleProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stream of synthetic article profiles built from real text: words and capitalised names are
 * drawn, with their real frequencies, from the texts of a corpus; each synthetic story has its own
 * names, topic words, day and embedding direction, and its articles add noise to them. Lets the
 * clustering benchmark reach a hundred thousand live stories without analysing a hundred thousand
 * articles. Deterministic for a seed. Not thread-safe.
 */
final class SyntheticStream {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\\-]{2,}");

  private final Random random;
  private final List<String> words = new ArrayList<>();
  private final double[] wordCdf;
  private final List<String> names = new ArrayList<>();
  private final List<Story> stories = new ArrayList<>();
  private final LocalDate start = LocalDate.of(2025, 1, 1);
  private final int dim;
  private int articles;

  private record Story(
      int index, List<String> entities, List<String> topic, LocalDate date, float[] direction) {}

  SyntheticStream(List<String> texts, long seed, int dim) {
    this.random = new Random(seed);
    this.dim = dim;
    Map<String, Integer> wordCounts = new HashMap<>();
    Map<String, Integer> nameCounts = new LinkedHashMap<>();
    for (String t : texts) {
      Matcher m = WORD.matcher(t);
      while (m.find()) {
        String w = m.group();
        if (Character.isUpperCase(w.charAt(0))) {
          nameCounts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        } else {
          wordCounts.merge(w, 1, Integer::sum);
        }
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(wordCounts.entrySet());
    ranked.sort(
        (a, b) -> {
          int c = Integer.compare(b.getValue(), a.getValue());
          return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
    wordCdf = new double[ranked.size()];
    double total = 0;
    for (int i = 0; i < ranked.size(); i++) {
      words.add(ranked.get(i).getKey());
      total += ranked.get(i).getValue();
      wordCdf[i] = total;
    }
    for (int i = 0; i < wordCdf.length; i++) {
      wordCdf[i] /= total;
    }
    List<String> sortedNames = new ArrayList<>(nameCounts.keySet());
    sortedNames.sort(null);
    names.addAll(sortedNames);
    if (words.isEmpty() || names.isEmpty()) {
      throw new IllegalArgumentException("the texts give no words to build from");
    }
  }

  /** Texts of a JSON-lines corpus's {@code text} fields (a crude read; no JSON library needed). */
  static List<String> texts(Path jsonl) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      int i = line.indexOf("\"text\":");
      if (i >= 0) {
        out.add(line.substring(i + 7).replace("\\n", " "));
      }
    }
    return out;
  }

  /** Stories begun so far. */
  int stories() {
    return stories.size();
  }

  /** The first article of a new story. */
  ArticleProfile newStory() {
    int s = stories.size();
    List<String> entities = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      entities.add("p:" + pick(names) + " " + pick(names) + " " + s);
    }
    entities.add("l:" + pick(names));
    entities.add("o:" + pick(names) + " " + pick(names));
    List<String> topic = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      topic.add(word(200, words.size()));
    }
    float[] dir = unit(gaussian(dim));
    Story story = new Story(s, entities, topic, start.plusDays(s / 1000), dir);
    stories.add(story);
    return article(story);
  }

  /** A follow-up article of one of the most recent stories. */
  ArticleProfile followUp(int recent) {
    int n = stories.size();
    int s = n - 1 - random.nextInt(Math.min(recent, n));
    return article(stories.get(s));
  }

  private ArticleProfile article(Story s) {
    Map<String, Float> ent = new HashMap<>();
    for (String e : s.entities) {
      if (random.nextDouble() < 0.85) {
        ent.put(e, 1 + random.nextInt(3) * 0.5f);
      }
    }
    for (int k = 0; k < 2; k++) {
      ent.put("l:" + pick(names), 1f);
    }
    Map<String, Float> terms = new HashMap<>();
    Map<String, Float> lead = new HashMap<>();
    for (String t : s.topic) {
      if (random.nextDouble() < 0.8) {
        terms.put(t, 1 + random.nextInt(3) * 0.5f);
        if (random.nextDouble() < 0.5) {
          lead.put(t, 1f);
        }
      }
    }
    for (int k = 0; k < 60; k++) {
      String w = word(0, words.size());
      terms.merge(w, 1f, (a, b) -> a + 0.3f);
      if (k < 10) {
        lead.put(w, 1f);
      }
    }
    LocalDate date = s.date.plusDays(random.nextInt(3));
    Map<String, Float> dates = new HashMap<>();
    if (random.nextDouble() < 0.3) {
      // a third of articles name the day of the happening
      dates.put("d:" + s.date, 1f);
      dates.put("m:" + s.date.toString().substring(0, 7), 1f);
      dates.put("y:" + s.date.getYear(), 1f);
    }
    float[] noise = gaussian(dim);
    float[] emb = new float[dim];
    for (int k = 0; k < dim; k++) {
      emb[k] = s.direction[k] + 0.06f * noise[k];
    }
    articles++;
    return new ArticleProfile(
        "a" + articles,
        date,
        date,
        ent,
        Map.of(),
        terms,
        lead,
        dates,
        unit(emb),
        "Synthetic story " + s.index,
        true,
        Map.of());
  }

  private String word(int from, int to) {
    double lo = from == 0 ? 0 : wordCdf[Math.min(from, wordCdf.length - 1)];
    double hi = wordCdf[Math.min(to, wordCdf.length) - 1];
    double u = lo + random.nextDouble() * (hi - lo);
    int i = java.util.Arrays.binarySearch(wordCdf, u);
    if (i < 0) {
      i = -i - 1;
    }
    return words.get(Math.min(i, words.size() - 1));
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private float[] gaussian(int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }

  private static float[] unit(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    s = Math.sqrt(s);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / s);
    }
    return out;
  }
}
