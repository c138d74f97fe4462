package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Hand-made article profiles for clustering tests: fictional names, words and directions. */
final class Profiles {

  private Profiles() {}

  /**
   * A profile.
   *
   * @param names entity keys ("p:darian lonechild")
   * @param words content words; the first three also form the lead
   * @param direction index of the embedding's main axis (of 16)
   */
  static ArticleProfile of(
      String id, LocalDate date, String[] names, String[] words, int direction, double noise) {
    Map<String, Float> entities = new HashMap<>();
    Map<String, String> display = new HashMap<>();
    for (String n : names) {
      entities.put(n, 2f);
      display.put(n, n.substring(2));
    }
    Map<String, Float> terms = new HashMap<>();
    Map<String, Float> lead = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      terms.put(words[i], 1.5f);
      if (i < 3) {
        lead.put(words[i], 1f);
      }
    }
    float[] e = new float[16];
    e[direction % 16] = 1;
    e[(direction + 1) % 16] = (float) noise;
    double norm = Math.sqrt(1 + noise * noise);
    for (int i = 0; i < e.length; i++) {
      e[i] /= norm;
    }
    Map<String, Float> dates = new HashMap<>();
    if (date != null) {
      dates.put("d:" + date, 1f);
    }
    return new ArticleProfile(
        id,
        date,
        date,
        entities,
        Map.of(),
        terms,
        lead,
        dates,
        e,
        words.length == 0 ? null : String.join(" ", words),
        true,
        display);
  }

  static String[] names(String... n) {
    return n;
  }

  static String[] words(String... w) {
    return w;
  }
}
