package io.corroborate.claims.quotes;

/**
 * Noun phrases over tagged tokens: forwards from a token, backwards from a verb, and the name
 * inside a phrase. Phrases never include quoted tokens. Stateless apart from the tokens.
 */
final class Phrases {

  /** Prepositions a phrase may run through ("the director of operations for EHS"). */
  private static final java.util.Set<String> PP =
      java.util.Set.of("of", "for", "at", "with", "from", "in", "on");

  private final Tok[] t;

  Phrases(Tok[] toks) {
    this.t = toks;
  }

  static boolean isPronoun(Tok k) {
    return switch (k.lower) {
      case "he", "she", "they", "it", "we", "i" -> true;
      default -> false;
    };
  }

  static boolean isRelative(Tok k) {
    return k.is("who") || k.is("which") || k.is("that");
  }

  static boolean isDeterminer(Tok k) {
    if (k.tag != null && (k.tag.equals("DT") || k.tag.equals("PDT") || k.tag.equals("PRP$"))) {
      return true;
    }
    return switch (k.lower) {
      case "the",
          "a",
          "an",
          "his",
          "her",
          "their",
          "its",
          "our",
          "my",
          "your",
          "this",
          "these",
          "those",
          "another",
          "some",
          "many",
          "several",
          "both",
          "each",
          "every",
          "one" ->
          true;
      default -> false;
    };
  }

  /** A word a noun phrase is made of (not a determiner). */
  boolean isNpWord(int i) {
    Tok k = t[i];
    if (k.inQuote()) {
      return false;
    }
    if (k.tag == null) {
      return k.isCapitalised() && !Lexicon.FUNCTION_WORDS.contains(k.lower);
    }
    switch (k.tag) {
      case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "POS", "HYPH", "FW" -> {
        return !(k.tag.equals("POS") && i == 0);
      }
      case "VBN", "VBG" -> {
        return i + 1 < t.length
            && t[i + 1].tag != null
            && (t[i + 1].tag.startsWith("NN") || t[i + 1].tag.startsWith("JJ"))
            && !t[i + 1].inQuote()
            && Lexicon.speechLemma(k.lower) == null;
      }
      default -> {
        return k.word.equals("&") || (k.word.equals("-") && i > 0 && i + 1 < t.length);
      }
    }
  }

  boolean isHead(int i) {
    Tok k = t[i];
    if (k.tag == null) {
      return k.isCapitalised() && !Lexicon.FUNCTION_WORDS.contains(k.lower);
    }
    return k.tag.startsWith("NN") || k.tag.equals("CD") || k.tag.equals("FW");
  }

  boolean isProper(int i) {
    Tok k = t[i];
    if (k.inQuote()) {
      return false;
    }
    if (k.tag != null) {
      return k.tag.startsWith("NNP") || (k.tag.equals("FW") && k.isCapitalised());
    }
    return k.isCapitalised() && !Lexicon.FUNCTION_WORDS.contains(k.lower) && !k.isPunct();
  }

  private boolean isParticleBetweenNames(int i, int lo, int hi) {
    return Lexicon.NAME_PARTICLES.contains(t[i].lower)
        && !t[i].isCapitalised()
        && i - 1 >= lo
        && i + 1 < hi
        && isProper(i - 1)
        && isProper(i + 1);
  }

  /** The noun phrase that starts at {@code i}, ending before {@code limit}: {start, end}. */
  int[] forward(int i, int limit) {
    if (i >= limit || i >= t.length || t[i].inQuote()) {
      return null;
    }
    if (isPronoun(t[i])) {
      return new int[] {i, i + 1};
    }
    int k = i;
    if (isDeterminer(t[k])
        && !t[k].is("that")
        && !(t[k].is("one") && k + 1 < limit && t[k + 1].is("of"))) {
      k++;
    }
    int lastHead = -1;
    int pps = 0;
    while (k < limit) {
      if (isNpWord(k)) {
        if (isHead(k)) {
          lastHead = k;
        }
        k++;
      } else if (isParticleBetweenNames(k, i, limit)) {
        k++;
      } else if (lastHead >= 0
          && pps < 2
          && PP.contains(t[k].lower)
          && k + 1 < limit
          && (t[k + 1].tag == null || !t[k + 1].tag.equals("PRP"))
          && (isDeterminer(t[k + 1]) || isNpWord(k + 1))
          && !t[k + 1].inQuote()
          && !t[k].is("in")
          && !t[k].is("on")) {
        pps++;
        k++;
        if (isDeterminer(t[k])) {
          k++;
        }
      } else {
        break;
      }
    }
    if (lastHead < 0) {
      return null;
    }
    return new int[] {i, lastHead + 1};
  }

  /** The noun phrase that ends just before {@code end}, not before {@code floor}. */
  int[] backward(int end, int floor) {
    int k = end - 1;
    if (k < floor || k < 0 || t[k].inQuote()) {
      return null;
    }
    if (isPronoun(t[k])) {
      return new int[] {k, end};
    }
    if (!isHead(k)) {
      return null;
    }
    int j = k;
    int pps = 0;
    while (j - 1 >= floor) {
      int y = j - 1;
      if (t[y].inQuote()) {
        break;
      }
      if (isNpWord(y) || isParticleBetweenNames(y, floor, end)) {
        j--;
        continue;
      }
      if (isDeterminer(t[y]) && !t[y].is("that")) {
        j--;
        if (j - 2 >= floor
            && pps < 2
            && PP.contains(t[j - 1].lower)
            && isHead(j - 2)
            && !t[j - 1].is("on")) {
          j -= 2;
          pps++;
          continue;
        }
        break;
      }
      if (pps < 2
          && PP.contains(t[y].lower)
          && y - 1 >= floor
          && isHead(y - 1)
          && !t[y].is("on")
          && !(t[y].is("in") && isProper(y - 1))) {
        j = y - 1;
        pps++;
        continue;
      }
      break;
    }
    while (j < k
        && (Lexicon.isCalendarWord(t[j].lower) || t[j].tag != null && t[j].tag.equals("POS"))) {
      j++;
    }
    return new int[] {j, end};
  }

  /**
   * The proper name inside a phrase: the last run of proper nouns before any preposition, without
   * leading titles, extended over a possessor for organisations. {start, end} or null.
   */
  int[] nameIn(int s, int e) {
    int h = e;
    for (int i = s + 1; i < e; i++) {
      if (PP.contains(t[i].lower) && t[i].tag != null && t[i].tag.equals("IN")) {
        h = i;
        break;
      }
    }
    // the head of the phrase must itself be a name: "Estermont officials" and "DeLaet's agent" are
    // descriptions, "Calder Water Authority spokesman Tomas Reddick" is a name
    if (!isProper(h - 1)) {
      return null;
    }
    int ne = h;
    int ns = ne - 1;
    while (ns - 1 >= s && (isProper(ns - 1) || isParticleBetweenNames(ns - 1, s, ne))) {
      ns--;
    }
    if (Names.isOrganisation(t, ns, ne)) {
      // "Estermont's Calder Valley Water Board": the possessor belongs to the name
      if (ns - 2 >= s && t[ns - 1].tag != null && t[ns - 1].tag.equals("POS") && isProper(ns - 2)) {
        ns -= 2;
        while (ns - 1 >= s && isProper(ns - 1)) {
          ns--;
        }
      }
      return new int[] {ns, ne};
    }
    int lastTitle = -1;
    for (int i = ns; i < ne - 1; i++) {
      if (Names.isTitle(t[i].lower)) {
        lastTitle = i;
      }
    }
    if (lastTitle >= 0) {
      ns = lastTitle + 1;
    }
    return new int[] {ns, ne};
  }

  /** Auxiliaries and adverbs between a subject and its verb ("has also said"). */
  boolean isAuxOrAdverb(int i) {
    Tok k = t[i];
    if (k.inQuote()) {
      return false;
    }
    switch (k.lower) {
      case "has",
          "have",
          "had",
          "is",
          "was",
          "were",
          "are",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "did",
          "does",
          "do",
          "also",
          "then",
          "later",
          "previously",
          "recently",
          "reportedly",
          "again",
          "once",
          "repeatedly",
          "publicly",
          "privately",
          "not",
          "n't",
          "never",
          "earlier",
          "already",
          "still",
          "too",
          "further",
          "first",
          "'s",
          "'ve",
          "'d",
          "'ll",
          "can",
          "must",
          "shall",
          "be",
          "been" -> {
        return true;
      }
      default -> {}
    }
    return k.tag != null && (k.tag.equals("RB") || k.tag.equals("MD") || k.tag.equals("RBR"));
  }
}
