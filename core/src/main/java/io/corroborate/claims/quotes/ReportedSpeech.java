package io.corroborate.claims.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech, sentence by sentence: "X said (that) CLAUSE", "X told Reuters CLAUSE", "CLAUSE,
 * X said", "CLAUSE, said X, a spokesman", "According to X, CLAUSE" and "CLAUSE, according to X".
 * The content is the reported clause; it may hold quoted fragments (a mixed quote).
 */
final class ReportedSpeech {

  private final ArticleTokens a;
  private final Tok[] t;
  private final Phrases np;
  private final Clauses cl;
  private final QuoteConfig config;

  /** Prepositions of the time, place and manner phrases between a verb and its content. */
  private static final java.util.Set<String> ADVERBIAL_PREPOSITIONS =
      java.util.Set.of(
          "in",
          "on",
          "at",
          "during",
          "via",
          "through",
          "by",
          "over",
          "after",
          "before",
          "to",
          "from",
          "amid",
          "throughout",
          "since",
          "into",
          "outside",
          "inside");

  ReportedSpeech(ArticleTokens a, Clauses cl, QuoteConfig config) {
    this.a = a;
    this.t = a.toks;
    this.np = cl.phrases();
    this.cl = cl;
    this.config = config;
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (int s = 0; s < a.sentenceCount(); s++) {
      int ss = a.sentenceStart(s);
      int se = a.sentenceEnd(s);
      if (se - ss < 4 || t[ss].tag == null || isCaption(t[ss].paragraph)) {
        continue;
      }
      List<Candidate> found = new ArrayList<>(according(ss, se));
      found.addAll(trailing(ss, se));
      found.addAll(leading(ss, se));
      out.addAll(resolveOverlaps(found));
    }
    return out;
  }

  /**
   * Candidates of one sentence: where one's content holds another's attribution ("According to EHS,
   * X, but Chapman says Y"), the first ends before the second's speaker; other overlaps keep the
   * earlier.
   */
  private List<Candidate> resolveOverlaps(List<Candidate> found) {
    found.sort(java.util.Comparator.comparingInt(Candidate::start));
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : found) {
      Candidate prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && prev.overlaps(c)) {
        int attribution = c.verb;
        if (c.speaker != null && c.speaker.start() > prev.firstTok && c.speaker.start() < c.verb) {
          attribution = c.speaker.start();
        }
        if (attribution > prev.firstTok
            && attribution <= prev.lastTok
            && c.start() > prev.start()) {
          int ce = attribution - 1;
          while (ce > prev.firstTok
              && (t[ce].isPunct()
                  || t[ce].is("but")
                  || t[ce].is("and")
                  || t[ce].is("while")
                  || t[ce].is("though")
                  || t[ce].is("although"))) {
            ce--;
          }
          if (ce - prev.firstTok >= 2) {
            Candidate cut =
                new Candidate(
                    List.of(new int[] {prev.start(), t[ce].end}), false, prev.firstTok, ce, -1);
            cut.speaker = prev.speaker;
            cut.verb = prev.verb;
            out.set(out.size() - 1, cut);
            out.add(c);
          }
        }
        continue;
      }
      out.add(c);
    }
    return out;
  }

  /** A photo caption: a paragraph that ends with a credit in brackets, "(Name/Agency)". */
  private boolean isCaption(int paragraph) {
    int[] p = a.paragraphs.get(paragraph);
    String text = a.body.substring(p[0], p[1]).stripTrailing();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    if (!text.endsWith(")")) {
      return false;
    }
    int open = text.lastIndexOf('(');
    if (open < 0 || text.length() - open > 80) {
      return false;
    }
    String credit = text.substring(open);
    return credit.contains("/")
        || credit.toLowerCase(java.util.Locale.ROOT).contains("photo")
        || credit.toLowerCase(java.util.Locale.ROOT).contains("credit");
  }

  /** The last token of the sentence's content: before the final stop. */
  private int lastContent(int ss, int se) {
    int le = se - 1;
    while (le > ss
        && !t[le].inQuote()
        && (t[le].isSentenceEnd() || t[le].word.equals(")") || t[le].word.equals(":"))) {
      le--;
    }
    return le;
  }

  /** First token of a clause, past a dateline, a leading connective or adverb and its comma. */
  private int clauseStart(int ss, int limit) {
    int k = ss;
    if (Entities.isDateline(a, ss)) {
      for (int i = ss + 1; i < Math.min(limit, ss + 12); i++) {
        if (isDash(t[i])) {
          k = i + 1;
          break;
        }
      }
    }
    if (k + 1 < limit
        && !t[k].inQuote()
        && t[k + 1].word.equals(",")
        && t[k].tag != null
        && (t[k].tag.equals("RB") || t[k].tag.equals("CC") || t[k].tag.equals("UH"))) {
      k += 2;
    }
    while (k < limit
        && !t[k].inQuote()
        && (t[k].is("but") || t[k].is("and") || t[k].is("so") || isDash(t[k]))) {
      k++;
    }
    return k;
  }

  private static boolean isDash(Tok k) {
    return k.word.equals("-")
        || k.word.equals("--")
        || k.word.equals("\u2014")
        || k.word.equals("\u2013");
  }

  /**
   * "According to X, CLAUSE", "CLAUSE, according to X" and "SUBJECT, according to X, REST" (two
   * parts, as the attribution splits the clause).
   */
  private List<Candidate> according(int ss, int se) {
    List<Candidate> out = new ArrayList<>();
    int le = lastContent(ss, se);
    for (int k = ss; k < le; k++) {
      if (!t[k].is("according") || t[k].inQuote() || !t[k + 1].is("to")) {
        continue;
      }
      int[] p = np.forward(k + 2, se);
      if (p == null) {
        return out;
      }
      SpeakerRef ref = cl.withName(p);
      int cs = clauseStart(ss, k);
      // the phrase may run on ("the memo obtained by The Globe") up to its comma
      int comma = -1;
      for (int i = p[1]; i < Math.min(le, p[1] + 12); i++) {
        if (t[i].inQuote() || t[i].isFiniteVerb()) {
          break;
        }
        if (t[i].word.equals(",")) {
          comma = i;
          break;
        }
      }
      if (k <= cs + 1 || k > 0 && t[k - 1].word.equals(",") && k - 1 <= cs) {
        // "According to X, CLAUSE": content after the phrase (and an apposition)
        if (comma < 0) {
          return out;
        }
        int after = comma;
        int next = after + 1;
        if (next < le && (t[next].is("a") || t[next].is("an") || t[next].is("who"))) {
          int c2 = next;
          while (c2 < le && !t[c2].word.equals(",")) {
            c2++;
          }
          ref = ref.withRole(next, c2);
          after = c2;
        }
        add(out, make(after + 1, le, ref, k, ss, se));
        return out;
      }
      if (t[k - 1].word.equals(",") || t[k - 1].word.equals("(")) {
        // "CLAUSE, according to X" or "SUBJECT, according to X, REST"
        add(out, make(cs, k - 2, ref, k, ss, se));
        boolean middle =
            !hasFiniteVerb(cs, k - 2)
                && comma + 1 <= le
                && !t[comma + 1].is("which")
                && !t[comma + 1].is("who");
        if (middle && le - comma >= 4) {
          add(out, make(comma + 1, le, ref, k, ss, se));
        } else {
          ref = cl.withApposition(ref, p[1], se);
          out.clear();
          add(out, make(cs, k - 2, ref, k, ss, se));
        }
        return out;
      }
      add(out, make(cs, k - 1, ref, k, ss, se));
      return out;
    }
    return out;
  }

  private static void add(List<Candidate> out, Candidate c) {
    if (c != null) {
      out.add(c);
    }
  }

  /**
   * "CLAUSE, NP VERB [adverbials]" or "CLAUSE, VERB NP[, apposition]" closing the sentence, or
   * splitting it: "CLAUSE, he said, but REST" gives both parts.
   */
  private List<Candidate> trailing(int ss, int se) {
    List<Candidate> out = new ArrayList<>();
    int le = lastContent(ss, se);
    for (int c = le - 1; c > ss + 2; c--) {
      if (!t[c].word.equals(",") || t[c].inQuote()) {
        continue;
      }
      int k = c + 1;
      if (k > le) {
        continue;
      }
      String lemma = cl.speechVerb(k);
      if (lemma != null) {
        if (!Lexicon.takesClause(lemma, config.beliefs())) {
          continue;
        }
        SpeakerRef ref = cl.inverted(k, le + 1);
        if (ref != null && tailIsAdverbial(ref.end(), le + 1)) {
          add(out, make(clauseStart(ss, c), c - 1, ref, k, ss, se));
          return out;
        }
        continue;
      }
      int v = -1;
      for (int i = k; i <= le && i < k + 12; i++) {
        if (cl.speechVerb(i) != null) {
          v = i;
          break;
        }
        if (t[i].isFiniteVerb() && !np.isAuxOrAdverb(i)) {
          break;
        }
      }
      if (v < 0 || !Lexicon.takesClause(cl.speechVerb(v), config.beliefs())) {
        continue;
      }
      int e = cl.subjectEnd(v, k);
      int[] p = e > k ? np.forward(k, e) : null;
      if (p == null || p[1] != e) {
        continue;
      }
      if (!tailIsAdverbial(v + 1, le + 1)) {
        continue;
      }
      SpeakerRef ref = cl.withName(p);
      add(out, make(clauseStart(ss, c), c - 1, ref, v, ss, se));
      int rest = restAfter(v + 1, le + 1);
      if (rest >= 0 && le - rest >= 3) {
        add(out, make(rest, le, ref, v, ss, se));
      }
      return out;
    }
    return out;
  }

  /** Where the sentence goes on after a middle attribution ("..., he said, but ..."), or -1. */
  private int restAfter(int from, int to) {
    for (int i = from; i < to; i++) {
      if (t[i].word.equals(",")) {
        int k = i + 1;
        if (k >= to || t[k].mark) {
          return -1;
        }
        boolean conjunction =
            t[k].is("but")
                || t[k].is("and")
                || t[k].is("yet")
                || t[k].is("so")
                || t[k].is("while")
                || t[k].is("although");
        return conjunction || startsClause(k, to - 1) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * After a closing attribution: a few adverbials ("on Friday", "in a statement") to the end, or a
   * comma and more of the sentence; never a clause or an infinitive.
   */
  private boolean tailIsAdverbial(int from, int to) {
    for (int i = from; i < to; i++) {
      Tok k = t[i];
      if (k.word.equals(",")) {
        return i + 1 >= to || !t[i + 1].mark;
      }
      if (k.inQuote() || k.isFiniteVerb() || k.is("that") || k.is("to") || i - from > 10) {
        return false;
      }
    }
    return true;
  }

  /** "NP VERB [hearer] [adverbials] [that] CLAUSE", for each such verb of the sentence. */
  private List<Candidate> leading(int ss, int se) {
    List<Candidate> out = new ArrayList<>();
    int le = lastContent(ss, se);
    for (int v = ss; v < le; v++) {
      String lemma = cl.speechVerb(v);
      if (lemma == null
          || !Lexicon.takesClause(lemma, config.beliefs())
          || !finiteOrParticiple(v)) {
        continue;
      }
      int k = v + 1;
      if (Lexicon.takesHearer(lemma)) {
        int[] hearer = np.forward(k, le);
        if (hearer != null && !t[k].is("that")) {
          k = hearer[1];
          // "told NBC's "Today" show": a quoted title inside the hearer
          if (k < le && t[k].mark) {
            int j = k + 1;
            while (j < le && !t[j].mark && j - k < 8) {
              j++;
            }
            if (j + 1 < le && t[j].mark && t[j + 1].isNoun()) {
              k = j + 2;
            }
          }
        }
      }
      k = skipAdverbials(k, le);
      if (k < le && t[k].word.equals(",") && !t[k].inQuote()) {
        int k2 = skipAdverbials(k + 1, le);
        if (k2 < le && t[k2].word.equals(",")) {
          k2 = k2 + 1;
        }
        if (k2 >= le || t[k2].mark) {
          continue; // "said, "..."": a direct quote follows
        }
        k = k2;
      }
      if (k >= le || t[k].mark) {
        continue;
      }
      if (!startsClause(k, le)) {
        continue;
      }
      SpeakerRef ref = cl.subjectOf(v, ss);
      if (ref == null) {
        continue;
      }
      Candidate c = make(k, le, ref, v, ss, se);
      if (c != null) {
        out.add(c);
        v = k; // later attributions inside the clause cut it ("..., noting that ...")
      }
    }
    return out;
  }

  /** A finite verb, a participle after a comma ("..., saying"), or a perfect ("has said"). */
  private boolean finiteOrParticiple(int v) {
    Tok k = t[v];
    if (k.isFiniteVerb()) {
      return true;
    }
    if (k.tag.equals("VBG")) {
      return v > 0 && (t[v - 1].word.equals(",") || t[v - 1].is("and"));
    }
    if (k.tag.equals("VBN")) {
      int i = v - 1;
      while (i >= 0 && np.isAuxOrAdverb(i) && !isHave(t[i])) {
        i--;
      }
      return i >= 0 && isHave(t[i]);
    }
    return false;
  }

  private static boolean isHave(Tok k) {
    return k.is("has") || k.is("have") || k.is("had") || k.is("'s") || k.is("'ve") || k.is("'d");
  }

  /** Skips "in a statement", "on Friday", "Monday", "by email", "last week" after a verb. */
  private int skipAdverbials(int k, int le) {
    int guard = 0;
    while (k < le && guard++ < 6) {
      Tok x = t[k];
      if (x.inQuote()) {
        return k;
      }
      if (Lexicon.isCalendarWord(x.lower) || x.tag != null && x.tag.equals("RB") && !x.is("not")) {
        k++;
        continue;
      }
      if ((x.is("last") || x.is("this") || x.is("earlier") || x.is("next"))
          && k + 1 < le
          && Lexicon.TIME_WORDS.contains(t[k + 1].lower)) {
        k += 2;
        continue;
      }
      if (x.tag != null
          && (x.tag.equals("IN") || x.tag.equals("TO"))
          && ADVERBIAL_PREPOSITIONS.contains(x.lower)
          && !x.is("that")
          && !x.is("if")
          && !x.is("whether")
          && !x.is("because")
          && !x.is("while")
          && !x.is("although")
          && !x.is("as")) {
        int[] p = np.forward(k + 1, le);
        if (p != null && !Phrases.isPronoun(t[k + 1])) {
          k = p[1];
          continue;
        }
      }
      return k;
    }
    return k;
  }

  /**
   * Whether a reported clause starts at {@code k}: "that", a subordinator, or a subject whose
   * finite verb follows within a few words.
   */
  private boolean startsClause(int k, int le) {
    Tok x = t[k];
    if (x.is("that")
        || x.is("if")
        || x.is("whether")
        || x.is("how")
        || x.is("why")
        || x.is("what")
        || x.is("when")
        || x.is("where")) {
      return hasFiniteVerb(k + 1, le);
    }
    if (x.quote >= 0) {
      return true;
    }
    if (x.tag == null) {
      return false;
    }
    if (x.tag.equals("IN") && !x.is("of") && !x.is("about") && !x.is("to")) {
      return hasFiniteVerb(k + 1, le); // "as RCMP entered the camp, ..."
    }
    switch (x.tag) {
      case "DT",
          "PRP",
          "PRP$",
          "NNP",
          "NNPS",
          "NN",
          "NNS",
          "JJ",
          "CD",
          "EX",
          "RB",
          "JJS",
          "JJR",
          "PDT" -> {}
      default -> {
        return false;
      }
    }
    // the subject's finite verb follows within a few words, with no comma or conjunction
    // before it ("declared a state of emergency and said ..." is not a clause)
    for (int i = k; i <= le && i < k + 16; i++) {
      Tok y = t[i];
      if (y.isFiniteVerb() || y.quote >= 0 && i > k) {
        return true;
      }
      if (y.word.equals(",") && i > k + 1
          || y.is("to")
          || y.tag != null
              && (y.tag.equals("VB") || y.tag.equals("CC") || y.tag.equals("VBG") && i == k + 1)) {
        return false;
      }
    }
    return false;
  }

  private boolean hasFiniteVerb(int from, int to) {
    for (int i = from; i <= to && i < t.length; i++) {
      if (t[i].isFiniteVerb() || (t[i].tag != null && t[i].tag.equals("VBN") && i > from)) {
        return true;
      }
    }
    return false;
  }

  private Candidate make(int cs, int ce, SpeakerRef ref, int verb, int ss, int se) {
    while (cs <= ce && (t[cs].word.equals(",") || t[cs].word.equals(":"))) {
      cs++;
    }
    // a dash or semicolon after a full clause starts the writer's aside
    for (int i = cs + 4; i < ce; i++) {
      if (!t[i].inQuote() && (isDash(t[i]) || t[i].word.equals(";")) && hasFiniteVerb(cs, i - 1)) {
        ce = i - 1;
        break;
      }
    }
    while (ce >= cs
        && (t[ce].word.equals(",")
            || t[ce].word.equals(":")
            || t[ce].word.equals(";")
            || isDash(t[ce])
            || t[ce].word.equals("("))) {
      ce--;
    }
    if (ce - cs < 2 || cs < ss || ce >= se) {
      return null;
    }
    if (!hasFiniteVerb(cs, ce) && !anyQuote(cs, ce)) {
      return null;
    }
    Candidate c = new Candidate(List.of(new int[] {t[cs].start, t[ce].end}), false, cs, ce, -1);
    c.speaker = ref;
    c.verb = verb;
    return c;
  }

  private boolean anyQuote(int cs, int ce) {
    for (int i = cs; i <= ce; i++) {
      if (t[i].quote >= 0) {
        return true;
      }
    }
    return false;
  }
}
