package io.corroborate.claims.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes and their attributions. Each quote is read with the words around it in its
 * paragraph: after it ({@code "...," she said}, {@code "...," said Anand}) and before it ({@code
 * Reddick said on Sunday, "..."}). A quote split by its attribution ({@code "A," he said, "B."})
 * gives two quotes sharing it. A quoted fragment inside a clause of the writer's ({@code Her time
 * has been "heartbreaking," she said}) becomes one mixed quote spanning the clause. Unattributed
 * full quotes are kept for the speaker to be inherited; unattributed fragments (scare quotes,
 * titles) are dropped.
 */
final class DirectQuotes {

  private final ArticleTokens a;
  private final Tok[] t;
  private final Phrases np;
  private final Clauses cl;

  DirectQuotes(ArticleTokens a, Clauses cl) {
    this.a = a;
    this.t = a.toks;
    this.np = cl.phrases();
    this.cl = cl;
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    for (int q = 0; q < a.quotes.size(); q++) {
      Candidate c = attribute(q);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Candidate attribute(int q) {
    MarkedQuote mq = a.quotes.get(q);
    int first = -1;
    int last = -1;
    int openTok = -1;
    int closeTok = -1;
    int from = a.tokenAt(mq.first().open() >= 0 ? mq.first().open() : mq.contentStart());
    for (int i = from;
        i < t.length && t[i].start <= Math.max(mq.contentEnd(), mq.last().close());
        i++) {
      if (t[i].quote == q) {
        if (first < 0) {
          first = i;
        }
        last = i;
      } else if (t[i].mark) {
        if (t[i].start == mq.first().open()) {
          openTok = i;
        } else if (mq.last().close() >= 0
            && t[i].start <= mq.last().close()
            && t[i].end > mq.last().close()) {
          closeTok = i;
        }
      }
    }
    if (first < 0) {
      return null;
    }
    List<int[]> parts = new ArrayList<>();
    for (MarkedQuote.Segment s : mq.segments()) {
      int end = s.contentEnd();
      // the comma before a closing mark belongs to the sentence around the quote
      while (end > s.contentStart() + 1
          && (a.body.charAt(end - 1) == ',' || Character.isWhitespace(a.body.charAt(end - 1)))) {
        end--;
      }
      parts.add(new int[] {s.contentStart(), end});
    }
    int before = openTok >= 0 ? openTok : first;
    int lb = leftBound(before);
    int rb = closeTok >= 0 ? rightBound(closeTok) : -1;

    SpeakerRef speaker = null;
    int verb = -1;
    boolean fromRight = false;
    if (closeTok >= 0 && rightFrameOpen(q, closeTok)) {
      int[] v = new int[1];
      speaker = right(closeTok + 1, rb, v);
      verb = v[0];
      fromRight = speaker != null;
    }
    boolean leftContent = hasContent(lb, before);
    if (speaker == null) {
      int[] v = new int[1];
      speaker = left(lb, before, v);
      verb = speaker == null ? -1 : v[0];
    }
    Candidate c;
    if (fromRight && leftContent) {
      // a fragment inside the writer's clause: the quote is the whole clause
      int cs = clauseStart(lb, before);
      int end = mq.contentEnd();
      int markEnd = closeTok >= 0 ? t[closeTok].end : end;
      c =
          new Candidate(
              List.of(new int[] {t[cs].start, Math.max(end, markEnd)}),
              false,
              cs,
              closeTok >= 0 ? closeTok : last,
              q);
    } else {
      if (speaker == null
          && !standsAlone(q, lb, before, closeTok, rb)
          && !introducedByColon(lb, before)) {
        // a fragment in the writer's sentence: the words of the sentence's subject when that is
        // a person ("she became "acutely aware" of ..."), else a scare quote or a title
        speaker = personSubject(before);
        if (speaker == null) {
          return null;
        }
      }
      if (speaker == null && words(first, last) < 3) {
        return null;
      }
      c = new Candidate(parts, true, first, last, q);
    }
    c.speaker = speaker;
    c.verb = verb;
    return c;
  }

  private int words(int first, int last) {
    int n = 0;
    for (int i = first; i <= last; i++) {
      if (!t[i].isPunct()) {
        n++;
      }
    }
    return n;
  }

  /** Where the words before a quote start: after a sentence end, another quote, or paragraph. */
  private int leftBound(int before) {
    int i = before;
    int para = t[before].paragraph;
    while (i - 1 >= 0
        && t[i - 1].paragraph == para
        && !t[i - 1].mark
        && t[i - 1].quote < 0
        && !t[i - 1].isSentenceEnd()) {
      i--;
    }
    return i;
  }

  /** Where the words after a quote end (exclusive). */
  private int rightBound(int closeTok) {
    int i = closeTok + 1;
    int para = t[closeTok].paragraph;
    while (i < t.length
        && t[i].paragraph == para
        && !t[i].mark
        && t[i].quote < 0
        && !t[i].isSentenceEnd()) {
      i++;
    }
    return i;
  }

  /** A quote ending with a full stop ends its sentence: capitalised words after it start anew. */
  private boolean rightFrameOpen(int q, int closeTok) {
    MarkedQuote mq = a.quotes.get(q);
    String body = a.body;
    int ce = mq.contentEnd();
    char lastChar = ce > 0 ? body.charAt(ce - 1) : ' ';
    if (closeTok + 1 >= t.length) {
      return false;
    }
    Tok next = t[closeTok + 1];
    if (lastChar == '.') {
      return !next.isCapitalised();
    }
    if (lastChar == '!' || lastChar == '?' || lastChar == '\u2026') {
      return !next.isCapitalised() || next.isProperTag();
    }
    return true;
  }

  /** An attribution after the quote: "[,] NP VERB", "[,] VERB NP", "according to NP". */
  private SpeakerRef right(int from, int to, int[] verbOut) {
    verbOut[0] = -1;
    int k = from;
    while (k < to && isLead(t[k])) {
      k++;
    }
    if (k >= to) {
      return null;
    }
    if (t[k].is("according") && k + 1 < to && t[k + 1].is("to")) {
      int[] p = np.forward(k + 2, to);
      if (p == null) {
        return null;
      }
      verbOut[0] = k;
      return cl.withApposition(cl.withName(p), p[1], to);
    }
    if (cl.speechVerb(k) != null) {
      SpeakerRef inv = cl.inverted(k, to);
      if (inv != null) {
        verbOut[0] = k;
        return inv;
      }
    }
    int v = -1;
    boolean afterComma = false;
    for (int i = k; i < Math.min(to, k + 60); i++) {
      if (t[i].word.equals(",")) {
        afterComma = true; // verbs of an apposition's relative clause do not count
      }
      if (cl.speechVerb(i) != null
          && (!afterComma || t[i - 1].word.equals(",") || np.isAuxOrAdverb(i - 1))) {
        v = i;
        break;
      }
      if (t[i].isFiniteVerb() && !np.isAuxOrAdverb(i) && !afterComma) {
        return null;
      }
    }
    if (v < 0) {
      return null;
    }
    int e = cl.subjectEnd(v, k);
    if (e <= k) {
      return null;
    }
    SpeakerRef ref;
    if (t[e - 1].word.equals(",")) {
      ref = cl.subjectOf(v, k);
      if (ref == null || ref.start() != firstWord(k)) {
        return null;
      }
    } else {
      int[] p = np.forward(k, e);
      if (p == null || p[1] != e) {
        p = np.backward(e, k);
        if (p == null || !onlyLeadsBetween(k, p[0])) {
          return null;
        }
      }
      ref = cl.withName(p);
    }
    verbOut[0] = v;
    return ref;
  }

  private int firstWord(int k) {
    int i = k;
    while (i < t.length && isLead(t[i])) {
      i++;
    }
    return i;
  }

  private boolean onlyLeadsBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!(isLead(t[i]) || t[i].is("and") || t[i].is("then") || t[i].is("as"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLead(Tok k) {
    return switch (k.word) {
      case ",", ":", ";", "-", "--", "\u2014", "\u2013", "(", ")" -> true;
      default -> false;
    };
  }

  /** An attribution before the quote that introduces it: "NP VERB [adverbials] [,:|that]". */
  private SpeakerRef left(int from, int before, int[] verbOut) {
    verbOut[0] = -1;
    if (before <= from) {
      return null;
    }
    Tok prev = t[before - 1];
    boolean introduced =
        isLead(prev)
            || prev.is("that")
            || Lexicon.isCalendarWord(prev.lower)
            || prev.tag != null && prev.tag.equals("RB");
    for (int v = before - 1; v >= from && before - v <= 16; v--) {
      if (t[v].is("according") && v + 1 < before && t[v + 1].is("to")) {
        int[] p = np.forward(v + 2, before);
        if (p != null && isLead(t[before - 1])) {
          verbOut[0] = v;
          return cl.withName(p);
        }
        return null;
      }
      String lemma = cl.speechVerb(v);
      if (lemma != null) {
        boolean naming = Lexicon.isNaming(lemma) && before - v <= 5;
        if (!naming && (!(introduced || v == before - 1) || !betweenIsAdverbial(v + 1, before))) {
          return null;
        }
        SpeakerRef s = cl.subjectOf(v, from);
        if (s == null) {
          // "..., said Anand: ..." before a quote
          s = cl.inverted(v, before);
        }
        if (s != null) {
          verbOut[0] = v;
        }
        return s;
      }
      if (t[v].isFiniteVerb() && !np.isAuxOrAdverb(v)) {
        return null;
      }
    }
    return null;
  }

  /** Tokens between a verb and its quote: adverbials, a hearer, punctuation; no clause. */
  private boolean betweenIsAdverbial(int from, int to) {
    for (int i = from; i < to; i++) {
      Tok k = t[i];
      if (k.isFiniteVerb() || k.is("as") || k.is("like")) {
        return false;
      }
      if (k.tag != null && k.tag.equals("POS") && i == to - 1) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words before a quote say something of their own (the quote is a fragment). */
  private boolean hasContent(int from, int before) {
    int words = 0;
    boolean verb = false;
    for (int i = from; i < before; i++) {
      Tok k = t[i];
      if (k.isPunct() || Lexicon.CLAUSE_OPENERS.contains(k.lower)) {
        continue;
      }
      words++;
      if (k.isVerb() && cl.speechVerb(i) == null) {
        verb = true;
      }
    }
    return words >= 2 && (verb || words >= 4) || words >= 1 && verb;
  }

  /** "Then, after a pause: "...": a quote the writer introduces without a verb. */
  private boolean introducedByColon(int lb, int before) {
    if (before - 1 < lb || !t[before - 1].word.equals(":")) {
      return false;
    }
    for (int i = lb; i < before; i++) {
      if (t[i].isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** The subject of the sentence holding token {@code i} when it is a person, or null. */
  private SpeakerRef personSubject(int i) {
    if (t[i].tag == null) {
      return null;
    }
    SpeakerRef s = cl.sentenceSubject(i);
    if (s == null || s.start() >= i) {
      return null;
    }
    Tok head = t[s.start()];
    if (s.end() - s.start() == 1 && (head.is("he") || head.is("she"))) {
      return s;
    }
    int[] name = np.nameIn(s.start(), s.end());
    if (name == null || Names.isOrganisation(t, name[0], name[1])) {
      return null;
    }
    return Names.kind(t, name[0], name[1]) == Names.Kind.PERSON ? s : null;
  }

  /** Whether a quote is a sentence of its own: no words of the writer's around it. */
  private boolean standsAlone(int q, int lb, int before, int closeTok, int rb) {
    for (int i = lb; i < before; i++) {
      if (!t[i].isPunct()) {
        return false;
      }
    }
    if (lb > 0
        && (t[lb - 1].mark || t[lb - 1].quote >= 0)
        && t[lb - 1].paragraph == t[before].paragraph) {
      // right after another quote in the same sentence: "A" or "B"
      for (int i = lb; i < before; i++) {
        if (!t[i].isSentenceEnd()) {
          return false;
        }
      }
    }
    if (closeTok >= 0 && rightFrameOpen(q, closeTok)) {
      for (int i = closeTok + 1; i < rb; i++) {
        if (!t[i].isPunct()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Start of the clause a fragment sits in: the sentence start, after a leading connective. */
  private int clauseStart(int from, int before) {
    int i = from;
    while (i < before && (t[i].isPunct() || t[i].is("and") || t[i].is("but"))) {
      i++;
    }
    return i;
  }
}
