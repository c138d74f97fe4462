package io.corroborate.claims.quotes;

/**
 * Clause-level rules shared by direct and reported quotes: which tokens are reporting verbs, the
 * subject of a verb (through auxiliaries, appositions, relative pronouns, coordination and
 * participles) and the speaker after an inverted verb ("said Priya Anand, a civil engineer").
 */
final class Clauses {

  private final ArticleTokens a;
  private final Tok[] t;
  private final Phrases np;

  Clauses(ArticleTokens a, Phrases np) {
    this.a = a;
    this.t = a.toks;
    this.np = np;
  }

  Phrases phrases() {
    return np;
  }

  /** The reporting verb lemma at {@code i}, or null. */
  String speechVerb(int i) {
    Tok k = t[i];
    if (k.inQuote() || k.tag == null) {
      return null;
    }
    String lemma = Lexicon.speechLemma(k.lower);
    if (lemma == null) {
      return null;
    }
    if (!k.tag.startsWith("VB")) {
      // "Sinclair states." : a verb the tagger took for a plural noun
      boolean mistagged =
          k.tag.equals("NNS")
              && k.lower.endsWith("s")
              && i > 0
              && i + 1 < t.length
              && (t[i - 1].isProperTag() || Phrases.isPronoun(t[i - 1]))
              && (t[i + 1].isPunct() || Lexicon.isCalendarWord(t[i + 1].lower));
      if (!mistagged) {
        return null;
      }
    }
    if (k.tag.equals("VBN") && i > 0 && isBeForm(t[i - 1].lower)) {
      return null; // passive: "is said to", "was told"
    }
    if (i > 0 && t[i - 1].is("to")) {
      return null; // "declined to say"
    }
    if (negated(i)) {
      return null; // "has not said", "did not say", "never told": nothing was said
    }
    return lemma;
  }

  /** Whether a negation stands among the auxiliaries just before a verb. */
  private boolean negated(int v) {
    for (int i = v - 1; i >= Math.max(0, v - 4); i--) {
      Tok k = t[i];
      if (k.is("not") || k.is("n't") || k.is("never") || k.is("no")) {
        return true;
      }
      if (!np.isAuxOrAdverb(i)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isBeForm(String w) {
    return switch (w) {
      case "is", "was", "were", "are", "be", "been", "being", "'s", "'re" -> true;
      default -> false;
    };
  }

  /** The end of the subject before verb {@code v}: skips auxiliaries and adverbs. */
  int subjectEnd(int v, int floor) {
    int e = v;
    if (e - 2 >= floor && t[e - 1].is("as") && t[e - 2].is("quoted")) {
      e -= 2; // "he was quoted as saying"
    }
    while (e - 1 >= floor && np.isAuxOrAdverb(e - 1)) {
      e--;
    }
    return e;
  }

  /**
   * The speaker of verb {@code v} from the words before it, not before {@code floor}: a noun
   * phrase, a pronoun, the antecedent of "who"/"which", the subject of a coordinated or participial
   * clause, or an apposition ("Hale, a former lock keeper, said"). Null if none.
   */
  SpeakerRef subjectOf(int v, int floor) {
    int e = subjectEnd(v, floor);
    if (e <= floor) {
      return participleSubject(v, floor);
    }
    Tok before = t[e - 1];
    if (before.word.equals(",")) {
      SpeakerRef appos = appositionSubject(floor, e - 1);
      if (appos != null) {
        return appos;
      }
      return participleSubject(v, floor);
    }
    if (before.is("who")
        || before.is("which")
        || (before.is("that") && e - 2 >= floor && np.isHead(e - 2))) {
      int w = e - 1;
      int end = w - 1 >= floor && t[w - 1].word.equals(",") ? w - 1 : w;
      int[] ante = np.backward(end, floor);
      return ante == null ? null : withName(ante);
    }
    if (before.is("and") || before.is("but")) {
      return sentenceSubject(v);
    }
    int[] p = np.backward(e, floor);
    if (p == null) {
      return participleSubject(v, floor);
    }
    return withName(p);
  }

  /** A subject with its premodifying role ("then-Surrey mayoral candidate Doug McCallum"). */
  SpeakerRef withName(int[] p) {
    SpeakerRef ref = SpeakerRef.of(p);
    if (p[1] - p[0] == 1 && Phrases.isPronoun(t[p[0]])) {
      return ref;
    }
    int[] name = np.nameIn(p[0], p[1]);
    if (name == null) {
      return ref;
    }
    int rs = p[0];
    while (rs < name[0] && Phrases.isDeterminer(t[rs])) {
      rs++;
    }
    int re = name[0];
    while (re > rs && Lexicon.HONORIFICS.contains(t[re - 1].lower)) {
      re--;
    }
    ref = ref.withRole(rs, re);
    if (name[1] < p[1]) {
      ref = ref.withRole(name[1], p[1]);
    }
    return ref;
  }

  /**
   * "NAME, APPOSITION," or "ROLE, NAME," before a verb, the apposition ending at {@code lastComma}:
   * the name is the phrase before the first comma that opens a plausible apposition.
   */
  private SpeakerRef appositionSubject(int floor, int lastComma) {
    for (int c1 = floor; c1 < lastComma; c1++) {
      if (!t[c1].word.equals(",") || t[c1].inQuote()) {
        continue;
      }
      int as = c1 + 1;
      if (as >= lastComma || lastComma - as > 45) {
        continue;
      }
      int[] head = np.backward(c1, floor);
      if (head == null || Phrases.isPronoun(t[head[0]])) {
        continue;
      }
      int[] headName = np.nameIn(head[0], head[1]);
      int[] apposNp = np.forward(as, lastComma);
      boolean apposIsName =
          apposNp != null
              && apposNp[1] == lastComma
              && np.nameIn(apposNp[0], apposNp[1]) != null
              && np.isProper(lastComma - 1);
      if (headName == null && apposIsName) {
        // "DeLaet's agent, Danny Fritz, told ..."
        return withName(apposNp).withRole(head[0], head[1]);
      }
      if (!opensApposition(as)) {
        continue;
      }
      return withName(head).withRole(as, lastComma);
    }
    return null;
  }

  /** Whether an apposition can start at {@code i}: "a doctor", "who ...", "32", "the head of". */
  private boolean opensApposition(int i) {
    Tok f = t[i];
    if (f.is("who") || f.is("whose") || f.is("which") || Phrases.isDeterminer(f)) {
      return true;
    }
    if (f.tag == null) {
      return false;
    }
    if (Names.isPartyTag(f.word)) {
      return true;
    }
    if (f.tag.startsWith("NNP")) {
      // "Nova Scotia's chief medical examiner", "e.GO's founder", "Yellowhead MP"
      for (int k = i; k < Math.min(t.length, i + 6); k++) {
        Tok x = t[k];
        if (x.word.equals(",") || x.inQuote()) {
          break;
        }
        if (Names.isTitle(x.lower)
            || x.tag != null
                && (x.tag.equals("POS") || x.tag.equals("NN") || x.tag.equals("NNS"))) {
          return true;
        }
      }
      return false;
    }
    return f.tag.startsWith("NN")
        || f.tag.startsWith("JJ")
        || f.tag.equals("CD")
        || f.tag.equals("VBN");
  }

  /** The subject of the sentence's main clause, for "..., saying ..." and "X did Y and said". */
  SpeakerRef participleSubject(int v, int floor) {
    if (v - 1 >= 0
        && t[v - 1].word.equals(",")
        && t[v].tag != null
        && (t[v].tag.equals("VBG") || t[v].tag.equals("VBN"))) {
      return sentenceSubject(v);
    }
    return null;
  }

  /** The first noun phrase of the sentence holding {@code i} that a verb follows. */
  SpeakerRef sentenceSubject(int i) {
    int s = t[i].sentence;
    int ss = a.sentenceStart(s);
    int k = ss;
    // skip a leading adverbial ("In a statement, ...", "On Friday, ...")
    for (int c = ss; c < Math.min(i, ss + 12); c++) {
      if (t[c].word.equals(",") && !t[c].inQuote()) {
        Tok first = t[ss];
        if (first.tag != null
            && (first.tag.equals("IN")
                || first.tag.equals("RB")
                || first.tag.equals("VBG")
                || first.tag.equals("CC"))) {
          k = c + 1;
        }
        break;
      }
    }
    while (k < i && (t[k].inQuote() || t[k].isPunct() || t[k].is("and") || t[k].is("but"))) {
      k++;
    }
    int[] p = np.forward(k, i);
    if (p == null) {
      return null;
    }
    int e = p[1];
    if (e < i && t[e].word.equals(",")) {
      // subject with an apposition
      for (int c = e + 1; c < Math.min(i, e + 45); c++) {
        if (t[c].word.equals(",")
            && c + 1 < t.length
            && (t[c + 1].isVerb() || np.isAuxOrAdverb(c + 1))) {
          return withName(p).withRole(e + 1, c);
        }
      }
    }
    int after = e;
    while (after < i && np.isAuxOrAdverb(after)) {
      after++;
    }
    if (after < t.length && (t[after].isVerb() || after == i)) {
      return withName(p);
    }
    return null;
  }

  /** A speaker after an inverted verb at {@code v}: "said Tomas Reddick, a spokesman for ...". */
  SpeakerRef inverted(int v, int limit) {
    String lemma = Lexicon.speechLemma(t[v].lower);
    if (lemma == null || Lexicon.takesHearer(lemma)) {
      return null; // "told Reuters": the hearer, not the speaker
    }
    int k = v + 1;
    if (k >= limit || t[k].inQuote()) {
      return null;
    }
    if (t[k].tag != null
        && (t[k].tag.equals("IN")
            || t[k].tag.equals("TO")
            || t[k].tag.equals("RB")
            || t[k].tag.equals("PRP") && !Phrases.isPronoun(t[k]))) {
      return null;
    }
    if (Lexicon.isCalendarWord(t[k].lower)) {
      return null;
    }
    int[] p = np.forward(k, limit);
    if (p == null) {
      return null;
    }
    if (Phrases.isPronoun(t[p[0]])) {
      return null; // "said he" is not how news writes; "saying he ..." is a clause
    }
    SpeakerRef ref = withName(p);
    return withApposition(ref, p[1], limit);
  }

  /** Adds the apposition after a speaker ("..., a spokesman for the authority") up to limit. */
  SpeakerRef withApposition(SpeakerRef ref, int npEnd, int limit) {
    if (npEnd < limit && t[npEnd].word.equals(",") && npEnd + 1 < limit) {
      int as = npEnd + 1;
      Tok f = t[as];
      boolean looksLikeRole =
          Phrases.isDeterminer(f)
              || f.is("who")
              || (f.tag != null
                  && (f.tag.startsWith("NN") || f.tag.startsWith("JJ") || f.tag.equals("CD")));
      if (!looksLikeRole) {
        return ref;
      }
      int ae = as;
      while (ae < limit && !t[ae].inQuote() && !t[ae].isSentenceEnd() && ae - as < 45) {
        ae++;
      }
      while (ae > as && (t[ae - 1].isPunct())) {
        ae--;
      }
      return ref.withRole(as, ae);
    }
    return ref;
  }
}
