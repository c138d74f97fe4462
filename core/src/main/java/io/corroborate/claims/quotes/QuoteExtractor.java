package io.corroborate.claims.quotes;

import edu.stanford.nlp.pipeline.Annotation;
import io.corroborate.model.Article;
import io.corroborate.model.FoundQuote;
import io.corroborate.model.Quote;
import io.corroborate.model.Span;
import io.corroborate.nlp.AnalyzedArticle;
import io.corroborate.nlp.CoreNlp;
import io.corroborate.nlp.Layer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extracts an article's quotes with their speakers: direct quotes, quotes split by their
 * attribution, quotes over several paragraphs, mixed quotes and reported speech, each with the
 * speaker mention, the fullest name the article gives that speaker, the speaker's role and the
 * attribution verb. Offsets index the article's text as read.
 *
 * <p>Cost: tokens and sentences from the shared analysis, part-of-speech tags only for sentences
 * that hold a quote mark or a reporting verb, then rules linear in the article (no entity
 * recogniser, no parser). Thread-safe: instances hold only their settings.
 */
public final class QuoteExtractor {

  private final QuoteConfig config;

  /** An extractor with the product's settings. */
  public QuoteExtractor() {
    this(QuoteConfig.defaults());
  }

  /** An extractor with the given settings. */
  public QuoteExtractor(QuoteConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Loads the models the extractor uses, so that timings exclude loading. */
  public static void preload() {
    PosTagger.preload();
    Names.preload();
    CoreNlp.shared().preload(Layer.TOKENS);
  }

  /** The quotes of an article, analysed with the shared CoreNLP. */
  public List<Quote> extract(Article article) {
    return extract(new AnalyzedArticle(article, CoreNlp.shared()));
  }

  /** The quotes of an analysed article, in text order. */
  public List<Quote> extract(AnalyzedArticle analyzed) {
    List<FoundQuote> found = extractInContext(analyzed);
    List<Quote> out = new ArrayList<>(found.size());
    for (FoundQuote f : found) {
      out.add(f.quote());
    }
    return out;
  }

  /** The quotes of an analysed article with the sentences that carry them, in text order. */
  public List<FoundQuote> extractInContext(AnalyzedArticle analyzed) {
    String body = analyzed.body();
    if (body.isBlank()) {
      return List.of();
    }
    Annotation annotation = analyzed.annotation(Layer.TOKENS);
    ArticleTokens a;
    // read under the analysis' lock: another stage may be adding layers to the same tokens
    synchronized (analyzed) {
      a = ArticleTokens.of(body, annotation, tagging(analyzed));
    }
    if (a.toks.length == 0) {
      return List.of();
    }
    Phrases np = new Phrases(a.toks);
    Clauses cl = new Clauses(a, np);
    List<Candidate> direct = new DirectQuotes(a, cl).find();
    List<Candidate> reported = new ReportedSpeech(a, cl, config).find();
    List<Candidate> all = merge(a, direct, reported);
    Entities ents = new Entities(a, np);
    Resolver resolver = new Resolver(a, np, ents, config);
    List<FoundQuote> out = new ArrayList<>();
    for (Candidate c : all) {
      if (c.end() - c.start() > config.maxQuoteChars()) {
        continue;
      }
      Resolved r = resolver.resolve(c);
      if (r != null && r.writer(a.toks)) {
        continue;
      }
      if (c.parts.size() > 1) {
        // a quote over several paragraphs: one record per paragraph, each attributed
        for (int[] part : c.parts) {
          Candidate piece = new Candidate(List.of(part), c.direct, c.firstTok, c.lastTok, c.quote);
          piece.verb = c.verb;
          out.add(toQuote(analyzed, a, piece, r));
        }
      } else {
        out.add(toQuote(analyzed, a, c, r));
      }
    }
    return out;
  }

  /** The settings for tagging the article's sentences: none over its analysis' token limit. */
  private QuoteConfig tagging(AnalyzedArticle analyzed) {
    int limit = analyzed.limits().maxSentenceTokens();
    if (limit >= config.maxTaggedSentenceTokens()) {
      return config;
    }
    return new QuoteConfig(
        config.tagEverySentence(),
        limit,
        config.beliefs(),
        config.inheritParagraphs(),
        config.maxQuoteChars());
  }

  /** Direct and reported candidates without double counting, in text order. */
  static List<Candidate> merge(ArticleTokens a, List<Candidate> direct, List<Candidate> reported) {
    List<Candidate> d = new ArrayList<>(direct);
    List<Candidate> r = new ArrayList<>();
    for (Candidate reported0 : reported) {
      Candidate rep = reported0;
      boolean keep = true;
      for (int i = 0; i < d.size() && keep; i++) {
        Candidate q = d.get(i);
        if (!rep.overlaps(q)) {
          continue;
        }
        int own = ownAttribution(q, rep);
        if (own >= 0) {
          // "X suggested that ..., and Reddick said, "...": the quote has its own speaker
          // inside the reported clause, which ends before that attribution
          Candidate cut = cutBefore(a, rep, own);
          if (cut == null) {
            keep = false;
          } else {
            rep = cut;
          }
          continue;
        }
        if (rep.contains(q)) {
          if (q.direct && (q.end() - q.start()) >= 0.7 * (rep.end() - rep.start())) {
            keep = false; // the reported clause is just the quote
            if (q.speaker == null) {
              q.speaker = rep.speaker;
              q.verb = rep.verb;
            }
          } else {
            d.remove(i--); // a fragment inside reported speech: the clause is the quote
          }
        } else if (q.contains(rep) || q.end() - q.start() >= rep.end() - rep.start()) {
          keep = false;
        } else {
          d.remove(i--);
        }
      }
      if (keep) {
        r.add(rep);
      }
    }
    List<Candidate> all = new ArrayList<>(d);
    all.addAll(r);
    all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : all) {
      if (!out.isEmpty()) {
        Candidate prev = out.get(out.size() - 1);
        if (prev.overlaps(c)) {
          if (c.end() - c.start() > prev.end() - prev.start()) {
            out.set(out.size() - 1, c);
          }
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /** The first token of a direct quote's own attribution inside a reported clause, or -1. */
  private static int ownAttribution(Candidate q, Candidate rep) {
    if (q.speaker == null
        || q.verb < 0
        || rep.verb >= q.verb
        || q.verb < rep.firstTok
        || q.verb > rep.lastTok) {
      return -1;
    }
    int first = Math.min(q.verb, q.speaker.start());
    return first > rep.firstTok ? first : -1;
  }

  /** A reported clause cut before token {@code at}, without trailing connectives, or null. */
  private static Candidate cutBefore(ArticleTokens a, Candidate rep, int at) {
    Tok[] t = a.toks;
    int ce = at - 1;
    while (ce > rep.firstTok && (t[ce].isPunct() || t[ce].is("and") || t[ce].is("but"))) {
      ce--;
    }
    if (ce - rep.firstTok < 2) {
      return null;
    }
    Candidate c =
        new Candidate(List.of(new int[] {rep.start(), t[ce].end}), false, rep.firstTok, ce, -1);
    c.speaker = rep.speaker;
    c.verb = rep.verb;
    return c;
  }

  private static FoundQuote toQuote(
      AnalyzedArticle analyzed, ArticleTokens a, Candidate c, Resolved r) {
    Span span = analyzed.toTextSpan(c.start(), c.end());
    // the words as cleaned (an HTML page's text holds markup and entities)
    StringBuilder sb = new StringBuilder();
    for (int[] p : c.parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(a.body, p[0], p[1]);
    }
    String text = sb.toString();
    String speaker = null;
    Integer ss = null;
    Integer se = null;
    String role = null;
    if (r != null) {
      speaker = r.name();
      role = r.role();
      if (r.start() >= 0 && r.end() > r.start()) {
        Span s = analyzed.toTextSpan(a.toks[r.start()].start, a.toks[r.end() - 1].end);
        ss = s.start();
        se = s.end();
      }
    }
    String verb = null;
    Integer vs = null;
    Integer ve = null;
    if (c.verb >= 0) {
      Tok v = a.toks[c.verb];
      boolean according = v.is("according") && c.verb + 1 < a.toks.length;
      verb = according ? "according to" : v.word;
      Span vspan = analyzed.toTextSpan(v.start, according ? a.toks[c.verb + 1].end : v.end);
      vs = vspan.start();
      ve = vspan.end();
    }
    Quote quote =
        new Quote(text, span.start(), span.end(), speaker, ss, se, role, verb, c.direct, vs, ve);
    int[] sb2 = sentenceBody(a, c);
    Span sentence = analyzed.toTextSpan(sb2[0], sb2[1]);
    sentence =
        new Span(Math.min(sentence.start(), span.start()), Math.max(sentence.end(), span.end()));
    String sentenceText = a.body.substring(sb2[0], sb2[1]).replaceAll("\\s+", " ").strip();
    return new FoundQuote(quote, sentence, sentenceText);
  }

  /**
   * The body span of the sentences from the quote's first to its last, with the attribution when it
   * is beside.
   */
  private static int[] sentenceBody(ArticleTokens a, Candidate c) {
    Tok[] t = a.toks;
    int first = Math.min(a.tokenAt(c.start()), t.length - 1);
    int last = Math.max(0, Math.min(a.tokenAt(Math.max(c.start(), c.end() - 1)), t.length - 1));
    int s1 = t[first].sentence;
    int s2 = t[last].sentence;
    if (!c.inherited) {
      for (int k : new int[] {c.verb, c.speaker == null ? -1 : c.speaker.start()}) {
        if (k >= 0 && t[k].paragraph == t[first].paragraph) {
          s1 = Math.min(s1, Math.max(t[k].sentence, s1 - 1));
          s2 = Math.max(s2, Math.min(t[k].sentence, s2 + 1));
        }
      }
    }
    int bs = Math.min(t[a.sentenceStart(s1)].start, c.start());
    int be = Math.max(t[a.sentenceEnd(s2) - 1].end, c.end());
    return new int[] {bs, be};
  }
}
