package io.corroborate.reconcile.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a quote as compared across articles: lower case, without accents, punctuation or
 * quote marks, so that "Calder is ready," and "Calder is ready..." read alike; and their pairs, so
 * that a truncated or lightly edited copy still shares most of them.
 */
final class QuoteWords {

  final List<String> words;
  final Set<String> pairs;

  QuoteWords(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    List<String> w = new ArrayList<>();
    for (String token : s.split("[^\\p{L}\\p{N}']+")) {
      String t = token.replaceAll("^'+|'+$", "");
      if (!t.isEmpty()) {
        w.add(t);
      }
    }
    this.words = List.copyOf(w);
    Set<String> p = new HashSet<>();
    for (int i = 0; i + 1 < w.size(); i++) {
      p.add(w.get(i) + ' ' + w.get(i + 1));
    }
    this.pairs = p;
  }

  /** Shared word pairs over the pairs of the shorter quote (1 when one contains the other). */
  double containment(QuoteWords o) {
    if (pairs.isEmpty() || o.pairs.isEmpty()) {
      return words.equals(o.words) && !words.isEmpty() ? 1 : 0;
    }
    Set<String> small = pairs.size() <= o.pairs.size() ? pairs : o.pairs;
    Set<String> large = small == pairs ? o.pairs : pairs;
    int shared = 0;
    for (String p : small) {
      if (large.contains(p)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }
}
