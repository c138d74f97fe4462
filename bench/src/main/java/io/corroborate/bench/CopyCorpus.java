package io.corroborate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus with planted copies: original articles written by a {@link MarkovText} chain
 * trained on real news, with lengths drawn from the real articles, and copies of some of them:
 * verbatim (the same text with another site's line added), partial (a contiguous run of 40-80% of
 * the source's paragraphs plus new paragraphs) and edited (words replaced and dropped, a sentence
 * added, a paragraph dropped). Deterministic for a seed.
 *
 * @param texts the articles, copies shuffled among originals
 * @param planted the planted copies
 */
record CopyCorpus(List<String> texts, List<Planted> planted) {

  /** Kinds of planted copy. */
  enum Kind {
    VERBATIM,
    PARTIAL,
    EDITED
  }

  /** A planted copy: article {@code copy} copies article {@code source}. */
  record Planted(int copy, int source, Kind kind) {}

  /**
   * Builds a corpus.
   *
   * @param size number of articles
   * @param copyShare share of them that are copies
   * @param lengths word counts of real articles, to draw lengths from
   */
  static CopyCorpus generate(
      MarkovText chain, int[] lengths, int size, double copyShare, long seed) {
    Random r = new Random(seed);
    int copies = (int) Math.round(size * copyShare);
    int originals = size - copies;
    List<List<String>> paragraphs = new ArrayList<>(size);
    for (int i = 0; i < originals; i++) {
      int len = Math.max(60, Math.min(2000, lengths[r.nextInt(lengths.length)]));
      paragraphs.add(chain.article(len, r));
    }
    List<Planted> planted = new ArrayList<>();
    Kind[] kinds = Kind.values();
    for (int c = 0; c < copies; c++) {
      int source = r.nextInt(originals);
      Kind kind = kinds[c % kinds.length];
      List<String> src = paragraphs.get(source);
      List<String> copy =
          switch (kind) {
            case VERBATIM -> verbatim(src, r);
            case PARTIAL -> partial(src, chain, r);
            case EDITED -> edited(src, chain, r);
          };
      planted.add(new Planted(originals + c, source, kind));
      paragraphs.add(copy);
    }
    // shuffle positions so copies do not all come last
    int[] perm = shuffled(size, r);
    String[] texts = new String[size];
    for (int i = 0; i < size; i++) {
      texts[perm[i]] = String.join("\n\n", paragraphs.get(i));
    }
    List<Planted> moved = new ArrayList<>(planted.size());
    for (Planted p : planted) {
      moved.add(new Planted(perm[p.copy()], perm[p.source()], p.kind()));
    }
    return new CopyCorpus(List.of(texts), moved);
  }

  /**
   * A corpus too large to hold, written one article at a time in position order: each article is a
   * pure function of the seed and its index (a copy regenerates its source), so memory holds only
   * the shuffled positions. Same kinds and proportions as {@link #generate}, not the same texts.
   *
   * @param out receives each position's paragraphs, in position order
   * @return the planted copies
   */
  static List<Planted> stream(
      MarkovText chain,
      int[] lengths,
      int size,
      double copyShare,
      long seed,
      java.util.function.ObjIntConsumer<List<String>> out) {
    int copies = (int) Math.round(size * copyShare);
    int originals = size - copies;
    int[] indexAt = shuffled(size, new Random(seed));
    int[] positionOf = new int[size];
    for (int p = 0; p < size; p++) {
      positionOf[indexAt[p]] = p;
    }
    Kind[] kinds = Kind.values();
    List<Planted> planted = new ArrayList<>(copies);
    for (int c = 0; c < copies; c++) {
      int index = originals + c;
      int source = new Random(seed(seed, index)).nextInt(originals);
      planted.add(new Planted(positionOf[index], positionOf[source], kinds[c % kinds.length]));
    }
    for (int p = 0; p < size; p++) {
      int index = indexAt[p];
      if (index < originals) {
        out.accept(original(chain, lengths, seed, index), p);
      } else {
        Random cr = new Random(seed(seed, index));
        List<String> src = original(chain, lengths, seed, cr.nextInt(originals));
        Kind kind = kinds[(index - originals) % kinds.length];
        out.accept(
            switch (kind) {
              case VERBATIM -> verbatim(src, cr);
              case PARTIAL -> partial(src, chain, cr);
              case EDITED -> edited(src, chain, cr);
            },
            p);
      }
    }
    return planted;
  }

  /** 0 to size - 1 in a random order (Fisher-Yates). */
  private static int[] shuffled(int size, Random r) {
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }

  private static List<String> original(MarkovText chain, int[] lengths, long seed, int index) {
    Random r = new Random(seed(seed, index));
    int len = Math.max(60, Math.min(2000, lengths[r.nextInt(lengths.length)]));
    return chain.article(len, r);
  }

  private static long seed(long seed, int index) {
    return seed * 0x9E3779B97F4A7C15L + index;
  }

  private static List<String> verbatim(List<String> src, Random r) {
    List<String> out = new ArrayList<>(src);
    out.add(0, "Outlet " + r.nextInt(1000) + " News");
    out.add("Read more at outlet" + r.nextInt(1000) + ".example");
    return out;
  }

  private static List<String> partial(List<String> src, MarkovText chain, Random r) {
    int total = 0;
    for (String p : src) {
      total += p.split(" ").length;
    }
    double share = 0.4 + 0.4 * r.nextDouble();
    int want = (int) (total * share);
    int start = r.nextInt(src.size());
    List<String> taken = new ArrayList<>();
    int words = 0;
    for (int i = start; words < want; i = (i + 1) % src.size()) {
      taken.add(src.get(i));
      words += src.get(i).split(" ").length;
      if (taken.size() == src.size()) {
        break;
      }
    }
    List<String> out = new ArrayList<>();
    out.addAll(chain.article(20 + r.nextInt(Math.max(1, words / 3)), r));
    out.addAll(taken);
    out.addAll(chain.article(20 + r.nextInt(Math.max(1, words / 3)), r));
    return out;
  }

  private static List<String> edited(List<String> src, MarkovText chain, Random r) {
    List<String> out = new ArrayList<>();
    int drop = src.size() > 3 ? r.nextInt(src.size()) : -1;
    for (int i = 0; i < src.size(); i++) {
      if (i == drop) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      for (String w : src.get(i).split(" ")) {
        double x = r.nextDouble();
        if (x < 0.02) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(x < 0.07 ? chain.word(r) : w);
      }
      out.add(sb.toString());
    }
    out.add(r.nextInt(out.size() + 1), String.join(" ", chain.article(25, r)));
    return out;
  }
}
