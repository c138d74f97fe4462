package io.corroborate.claims.figures;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.corroborate.util.WordLists;
import java.util.List;
import java.util.Set;

/**
 * Who an article says claims a figure: the source after "according to", or the subject of a
 * reporting verb above the figure in the parse ("Estermont said", "X estimated 4,000"), with "he"
 * and "she" resolved to the last source named in full. Stateless.
 */
final class Attribution {

  private static final WordLists WORDS = WordLists.read(Attribution.class, "attribution.txt");

  private static final Set<String> PRONOUNS = WORDS.get("pronouns");
  private static final Set<String> PERSONAL = WORDS.get("personal");
  static final Set<String> COUNTING_VERBS = WORDS.get("counting-verbs");

  private Attribution() {}

  /** "according to the Estermont Emergency Management Office": the source named after it. */
  static String accordingTo(List<Tok> toks) {
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (toks.get(i).lower().equals("according") && toks.get(i + 1).lower().equals("to")) {
        int s = i + 2;
        int e = s;
        while (e < toks.size() && e - s < 10) {
          Tok t = toks.get(e);
          if (t.word().equals(",")
              || t.word().equals(".")
              || t.word().equals(";")
              || t.isVerb()
              || t.tag().equals("WDT")
              || t.tag().equals("WP")
              || t.lower().equals("that")
              || t.lower().equals("citing")) {
            break;
          }
          e++;
        }
        // "estimates by the U.S. and its allies", "figures from the ministry": the source
        for (int k = s; k < e; k++) {
          String w = toks.get(k).lower();
          if ((w.equals("by") || w.equals("from")) && k > s && k + 1 < e) {
            s = k + 1;
            break;
          }
        }
        String p = trimmed(toks, s, e);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  static String trimmed(List<Tok> toks, int s, int e) {
    while (s < e && (toks.get(s).tag().equals("DT") || toks.get(s).isPunct())) {
      s++;
    }
    while (e > s && toks.get(e - 1).isPunct()) {
      e--;
    }
    if (s >= e) {
      return null;
    }
    String p = QuantityScanner.join(toks, s, e);
    if (PRONOUNS.contains(p.toLowerCase())) {
      return null;
    }
    return p;
  }

  static String claimant(
      List<Tok> toks, SemanticGraph g, IndexedWord anchor, String according, ArticleContext ctx) {
    String found = null;
    IndexedWord cur = anchor;
    IndexedWord below = null;
    String via = null;
    for (int hops = 0; hops < 8 && cur != null && found == null; hops++) {
      if (via != null) {
        // "X said (that) 200 died": reached through the verb's clause; "X estimated 4,000":
        // a counting verb with the figure as its object. "The soldier claimed he..." is neither.
        boolean clause =
            via.equals("ccomp")
                || via.equals("parataxis")
                || via.startsWith("advcl")
                || via.equals("dep")
                || via.equals("xcomp")
                || via.equals("conj");
        // "X put the toll at 200" counts; "the inquiry will report within six months" does not
        boolean counted =
            (via.equals("obj")
                    || via.startsWith("obl") && "at".equals(GraphWords.caseOf(toks, g, below)))
                && COUNTING_VERBS.contains(GraphWords.lower(cur.lemma()));
        if (clause || counted) {
          found = reporter(toks, g, cur, ctx);
        }
      }
      if (found == null) {
        // "... have been killed, Estermont said": the reporting verb hangs off the clause
        for (SemanticGraphEdge e : g.outgoingEdgeList(cur)) {
          String r = e.getRelation().toString();
          if ((r.equals("parataxis")
                  || r.startsWith("advcl")
                  || r.equals("dep")
                  || r.equals("ccomp"))
              && e.getDependent().index() > anchor.index()) {
            found = reporter(toks, g, e.getDependent(), ctx);
            if (found != null) {
              break;
            }
          }
        }
      }
      IndexedWord up = GraphWords.parent(g, cur);
      via = up == null ? null : GraphWords.relation(g, cur, up);
      below = cur;
      cur = up;
    }
    if (according != null) {
      return according;
    }
    return found;
  }

  /** The source of a reporting verb: its subject, with "he" resolved to the last named source. */
  static String reporter(List<Tok> toks, SemanticGraph g, IndexedWord verb, ArticleContext ctx) {
    String lemma = GraphWords.lower(verb.lemma());
    if (!GraphWords.isVerb(verb) || lemma == null || !Lexicon.REPORTING_VERBS.contains(lemma)) {
      return null;
    }
    // the subject nearest the verb: "MARROWICK, Estermont (CPA) - ..., provincial officials said"
    IndexedWord s = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      String r = e.getRelation().toString();
      if (r.equals("nsubj:pass") || r.equals("aux:pass")) {
        return null; // "work is expected to take three years": what is reported, not who reports
      }
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (GraphWords.SUBJECTS.contains(e.getRelation().toString())) {
        IndexedWord d = e.getDependent();
        if (s == null || Math.abs(d.index() - verb.index()) < Math.abs(s.index() - verb.index())) {
          s = d;
        }
      }
    }
    if (s == null) {
      return null;
    }
    // "Tuesday's breach ..., the Estermont Emergency Management Office said": a name in
    // apposition right before the verb is the speaker
    for (SemanticGraphEdge e : g.outgoingEdgeList(s)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("appos")
          && "NNP".equals(d.tag())
          && d.index() < verb.index()
          && d.index() > s.index()
          && !toks.get(s.index() - 1).isProper()) {
        s = d;
        break;
      }
    }
    String w = toks.get(s.index() - 1).lower();
    if (PERSONAL.contains(w) || w.equals("they")) {
      return PERSONAL.contains(w) ? ctx.lastNamedSource : null;
    }
    if (PRONOUNS.contains(w)) {
      return null;
    }
    String p = GraphWords.phrase(toks, g, s, Set.of(), 8);
    if (p != null && toks.get(s.index() - 1).isProper()) {
      ctx.named(p);
    } else if (p != null) {
      // "the office said", after "the Estermont Emergency Management Office said": the name
      boolean definite = s.index() >= 2 && toks.get(s.index() - 2).lower().equals("the");
      String named = definite ? ctx.namedEndingWith(toks.get(s.index() - 1).word(), p) : null;
      if (named != null) {
        return named;
      }
    }
    return p;
  }
}
