package io.corroborate.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A first-order word Markov chain trained on real news text: it writes new articles whose words,
 * phrases and lengths look like news (common phrases recur across articles, as in real corpora), so
 * that a benchmark corpus has realistic background overlap without copying real articles wholesale.
 * Immutable after construction; {@link #article} is thread-safe for separate Randoms.
 */
final class MarkovText {

  private final String[] words;
  private final int[][] next;
  private final int[] starts;

  /** A chain trained on the given texts. */
  MarkovText(List<String> texts) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> vocab = new ArrayList<>();
    List<int[]> docs = new ArrayList<>();
    for (String t : texts) {
      String[] w = t.strip().split("\\s+");
      int[] d = new int[w.length];
      for (int i = 0; i < w.length; i++) {
        Integer id = ids.get(w[i]);
        if (id == null) {
          id = vocab.size();
          ids.put(w[i], id);
          vocab.add(w[i]);
        }
        d[i] = id;
      }
      docs.add(d);
    }
    words = vocab.toArray(new String[0]);
    int[] count = new int[words.length];
    List<Integer> startList = new ArrayList<>();
    for (int[] d : docs) {
      for (int i = 0; i + 1 < d.length; i++) {
        count[d[i]]++;
      }
      for (int i = 0; i < d.length; i++) {
        if (i == 0 || endsSentence(words[d[i - 1]])) {
          startList.add(d[i]);
        }
      }
    }
    next = new int[words.length][];
    for (int i = 0; i < words.length; i++) {
      next[i] = new int[count[i]];
    }
    int[] fill = new int[words.length];
    for (int[] d : docs) {
      for (int i = 0; i + 1 < d.length; i++) {
        next[d[i]][fill[d[i]]++] = d[i + 1];
      }
    }
    starts = startList.stream().mapToInt(Integer::intValue).toArray();
    if (starts.length == 0) {
      throw new IllegalArgumentException("no training text");
    }
  }

  private static boolean endsSentence(String w) {
    char c = w.charAt(w.length() - 1);
    return c == '.' || c == '?' || c == '!';
  }

  /** Paragraphs of about {@code words} words in all, three or four sentences each. */
  List<String> article(int wordCount, Random r) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder p = new StringBuilder();
    int sentences = 0;
    int w = starts[r.nextInt(starts.length)];
    for (int i = 0; i < wordCount; i++) {
      if (p.length() > 0) {
        p.append(' ');
      }
      p.append(words[w]);
      boolean end = endsSentence(words[w]);
      if (end) {
        sentences++;
        if (sentences >= 3 + r.nextInt(2)) {
          paragraphs.add(p.toString());
          p.setLength(0);
          sentences = 0;
        }
      }
      int[] n = next[w];
      w = end || n.length == 0 ? starts[r.nextInt(starts.length)] : n[r.nextInt(n.length)];
    }
    if (p.length() > 0) {
      paragraphs.add(p.toString());
    }
    return paragraphs;
  }

  /** A random word of the training text, weighted by frequency. */
  String word(Random r) {
    int w = starts[r.nextInt(starts.length)];
    int[] n = next[w];
    return n.length == 0 ? words[w] : words[n[r.nextInt(n.length)]];
  }
}
