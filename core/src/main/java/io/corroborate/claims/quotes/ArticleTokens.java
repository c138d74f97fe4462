package io.corroborate.claims.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a body with sentences, paragraphs and quotes marked. Part-of-speech tags come from
 * the annotation when it has them; otherwise only sentences that can hold a quote or an attribution
 * are tagged (see {@link QuoteConfig#tagEverySentence()}).
 */
final class ArticleTokens {

  final String body;
  final Tok[] toks;

  /** Token index where each sentence starts, plus the token count at the end. */
  final int[] sentenceStarts;

  final List<int[]> paragraphs;
  final List<MarkedQuote> quotes;

  private ArticleTokens(
      String body, Tok[] toks, int[] sentenceStarts, List<int[]> paragraphs, List<MarkedQuote> q) {
    this.body = body;
    this.toks = toks;
    this.sentenceStarts = sentenceStarts;
    this.paragraphs = paragraphs;
    this.quotes = q;
  }

  static ArticleTokens of(String body, Annotation annotation, QuoteConfig config) {
    List<int[]> paragraphs = Paragraphs.of(body);
    List<MarkedQuote> quotes = QuoteMarks.find(body, paragraphs);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Tok> toks = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int s = 0;
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || labels.isEmpty()) {
        continue;
      }
      String[] tags = tagsOf(body, labels, config);
      starts.add(toks.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        int b = l.beginPosition();
        int e = l.endPosition();
        if (b < 0 || e > body.length() || b > e) {
          continue;
        }
        toks.add(
            new Tok(
                toks.size(),
                l.word(),
                tags == null ? null : tags[i],
                b,
                e,
                s,
                paragraphOf(paragraphs, b)));
      }
      s++;
    }
    starts.add(toks.size());
    Tok[] arr = toks.toArray(new Tok[0]);
    fixContractions(arr);
    markQuotes(arr, quotes, body);
    int[] ss = starts.stream().mapToInt(Integer::intValue).toArray();
    return new ArticleTokens(body, arr, ss, paragraphs, quotes);
  }

  private static String[] tagsOf(String body, List<CoreLabel> labels, QuoteConfig config) {
    if (labels.get(0).tag() != null) {
      String[] t = new String[labels.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = labels.get(i).tag();
      }
      return t;
    }
    if (labels.size() > config.maxTaggedSentenceTokens()) {
      return null;
    }
    if (!config.tagEverySentence() && !mayCarryQuote(body, labels)) {
      return null;
    }
    return PosTagger.tags(labels);
  }

  /** Whether a sentence holds a quote mark, a reporting verb or "according". */
  private static boolean mayCarryQuote(String body, List<CoreLabel> labels) {
    int b = labels.get(0).beginPosition();
    int e = labels.get(labels.size() - 1).endPosition();
    for (int i = Math.max(0, b); i < Math.min(e, body.length()); i++) {
      char c = body.charAt(i);
      if (QuoteMarks.isDoubleMark(c) || c == '\u2018') {
        return true;
      }
    }
    for (CoreLabel l : labels) {
      String w = Lexicon.lower(l.word());
      if (w.equals("according") || Lexicon.speechLemma(w) != null) {
        return true;
      }
    }
    return false;
  }

  /** "there's", "it's", "he's": the tagger may call the "'s" a possessive; it is "is". */
  private static void fixContractions(Tok[] toks) {
    for (int i = 1; i < toks.length; i++) {
      Tok k = toks[i];
      Tok p = toks[i - 1];
      if (k.lower.equals("'s")
          && "POS".equals(k.tag)
          && p.tag != null
          && (p.tag.equals("EX")
              || p.tag.equals("PRP")
              || p.tag.equals("WP")
              || p.lower.equals("that")
              || p.lower.equals("what"))) {
        k.tag = "VBZ";
      }
    }
  }

  private static int paragraphOf(List<int[]> paragraphs, int pos) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    int best = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (paragraphs.get(mid)[0] <= pos) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  private static void markQuotes(Tok[] toks, List<MarkedQuote> quotes, String body) {
    int t = 0;
    for (int q = 0; q < quotes.size(); q++) {
      for (MarkedQuote.Segment seg : quotes.get(q).segments()) {
        int from = seg.open() >= 0 ? seg.open() : seg.contentStart();
        int to = seg.close() >= 0 ? seg.close() + 1 : seg.contentEnd();
        while (t > 0 && toks[t - 1].end > from) {
          t--;
        }
        while (t < toks.length && toks[t].end <= from) {
          t++;
        }
        for (int k = t; k < toks.length && toks[k].start < to; k++) {
          Tok tok = toks[k];
          if (tok.start == seg.open()
              || tok.start == seg.close()
              || (seg.close() >= 0
                  && tok.start < seg.close() + 1
                  && tok.end > seg.close()
                  && tok.start >= seg.contentEnd())) {
            tok.mark = true;
          } else if (tok.start >= seg.contentStart() && tok.start < seg.contentEnd()) {
            tok.quote = q;
          } else if (tok.start < seg.contentStart() && tok.end > seg.contentStart()) {
            tok.quote = q; // a token glued to the opening mark
          }
        }
      }
    }
  }

  int sentenceCount() {
    return sentenceStarts.length - 1;
  }

  int sentenceStart(int s) {
    return sentenceStarts[s];
  }

  int sentenceEnd(int s) {
    return sentenceStarts[s + 1];
  }

  /** The first token at or after a body position, or the token count. */
  int tokenAt(int pos) {
    int lo = 0;
    int hi = toks.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks[mid].end <= pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
