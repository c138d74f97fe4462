package io.corroborate.claims.quotes;

import java.util.List;
import java.util.Locale;

/**
 * Resolves speaker mentions to the fullest name the article gives: names through the article's
 * entities, pronouns by salience (recency, subjecthood, the previous quote's speaker, gender),
 * definite descriptions ("the mayor", "the authority") by role or organisation name, and
 * unattributed quotes by inheritance from the quote before. Used in text order, once per article.
 */
final class Resolver {

  private final Tok[] t;
  private final Phrases np;
  private final Entities ents;
  private final QuoteConfig config;
  private Resolved lastSpeaker;
  private int lastSpeakerEnd = -1;
  private int lastParagraph = -1;

  Resolver(ArticleTokens a, Phrases np, Entities ents, QuoteConfig config) {
    this.t = a.toks;
    this.np = np;
    this.ents = ents;
    this.config = config;
  }

  /** The speaker of a candidate; candidates must come in text order. */
  Resolved resolve(Candidate c) {
    Resolved r = null;
    if (c.speaker != null) {
      r = resolveRef(c.speaker);
    } else if (c.direct) {
      r = inherit(c);
      c.inherited = r != null;
    }
    if (r != null) {
      lastSpeaker = r;
      lastSpeakerEnd = c.lastTok;
      lastParagraph = t[Math.min(c.lastTok, t.length - 1)].paragraph;
    }
    return r;
  }

  private Resolved resolveRef(SpeakerRef ref) {
    String role = roleText(ref.role());
    if (ref.end() - ref.start() == 1 && Phrases.isPronoun(t[ref.start()])) {
      Entities.Entity e = pronoun(ref.start());
      if (e == null) {
        return new Resolved(null, ref.start(), ref.end(), role, null);
      }
      ents.addResolved(ref.start(), ref.end(), e);
      return new Resolved(e.fullest, ref.start(), ref.end(), role != null ? role : e.role, e);
    }
    int[] name = np.nameIn(ref.start(), ref.end());
    if (name != null) {
      Entities.Mention m = ents.mentionAt(name[1] - 1);
      if (m == null) {
        m = ents.mentionAt(name[0]);
      }
      if (m != null) {
        Entities.Entity e = m.entity;
        if (e.role == null && role != null) {
          e.role = role;
        }
        if (e.kind != Names.Kind.ORGANISATION && e.kind != Names.Kind.PLACE && e.keys.length >= 2) {
          e.personEvidence = true; // a named speaker; one word ("TransLink") may be anything
        }
        String display = e.fullest;
        String here = ents.text(name[0], name[1]);
        if (e.kind == Names.Kind.ORGANISATION && here.length() > display.length()) {
          display = here; // "Estermont's Calder Valley Water Board"
        }
        return new Resolved(display, ref.start(), ref.end(), role != null ? role : e.role, e);
      }
      return new Resolved(ents.text(name[0], name[1]), ref.start(), ref.end(), role, null);
    }
    // a description: "the mayor", "the authority", "officials"
    String description = ents.text(ref.start(), ref.end());
    Entities.Entity e = description(ref);
    if (e != null) {
      ents.addResolved(ref.start(), ref.end(), e);
      return new Resolved(e.fullest, ref.start(), ref.end(), role != null ? role : e.role, e);
    }
    return new Resolved(
        null, ref.start(), ref.end(), role != null ? description + ", " + role : description, null);
  }

  private String roleText(List<int[]> ranges) {
    StringBuilder sb = new StringBuilder();
    for (int[] r : ranges) {
      if (r[1] <= r[0]) {
        continue;
      }
      String s = ents.text(r[0], r[1]).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s);
    }
    String out = sb.toString().strip();
    return out.isEmpty() ? null : out;
  }

  /** A definite description resolved to the latest entity whose role or name has its head. */
  private Entities.Entity description(SpeakerRef ref) {
    Tok first = t[ref.start()];
    if (!(first.is("the") || first.tag != null && first.tag.equals("PRP$"))) {
      return null;
    }
    String head = null;
    for (int i = ref.end() - 1; i > ref.start(); i--) {
      if (t[i].isNoun()) {
        head = t[i].lower;
        break;
      }
    }
    if (head == null || Lexicon.PLURAL_PEOPLE.contains(head)) {
      return null;
    }
    int para = t[ref.start()].paragraph;
    List<Entities.Mention> ms = ents.mentions;
    for (int i = ms.size() - 1; i >= 0; i--) {
      Entities.Mention m = ms.get(i);
      if (m.start >= ref.start()) {
        continue;
      }
      if (para - m.paragraph > 8) {
        break;
      }
      Entities.Entity e = m.entity;
      if (e.kind == Names.Kind.ORGANISATION && hasWord(e.fullest, head)) {
        return e;
      }
      if (e.role != null && hasWord(e.role, head) && e.kind != Names.Kind.ORGANISATION) {
        return e;
      }
    }
    return null;
  }

  private static boolean hasWord(String text, String word) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The entity a pronoun at token {@code p} refers to, or null. */
  private Entities.Entity pronoun(int p) {
    Gender g = Lexicon.pronounGender(t[p].lower);
    if (g == Gender.UNKNOWN) {
      return null; // "I", "we": the writer or a group
    }
    int sentence = t[p].sentence;
    int para = t[p].paragraph;
    boolean continuation =
        lastSpeaker != null
            && lastSpeaker.entity() != null
            && para - lastParagraph <= 1
            && noOtherPersonBetween(lastSpeakerEnd, p, lastSpeaker.entity());
    Entities.Entity best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<Entities.Mention> ms = ents.mentions;
    for (int i = ms.size() - 1; i >= 0; i--) {
      Entities.Mention m = ms.get(i);
      if (m.end > p) {
        continue;
      }
      int dist = sentence - m.sentence;
      if (dist > 5 || para - m.paragraph > 3) {
        break;
      }
      Entities.Entity e = m.entity;
      if (!agrees(e, g)) {
        continue;
      }
      double score = -12.0 * dist;
      if (m.subject) {
        score += 8;
      }
      if (m.possessive) {
        score -= 6;
      }
      if (continuation && e == lastSpeaker.entity()) {
        score += 20;
      }
      Gender hint = e.hint;
      if ((g == Gender.MALE || g == Gender.FEMALE)
          && hint != Gender.UNKNOWN
          && hint != g
          && e.gender == Gender.UNKNOWN) {
        score -= 30;
      }
      score += Math.min(e.mentions, 4);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best == null && continuation && agrees(lastSpeaker.entity(), g)) {
      return lastSpeaker.entity();
    }
    return best;
  }

  private static boolean agrees(Entities.Entity e, Gender g) {
    switch (g) {
      case MALE, FEMALE -> {
        if (!e.personLike()) {
          return false;
        }
        return e.gender == Gender.UNKNOWN || e.gender == g;
      }
      case NEUTER -> {
        return e.kind == Names.Kind.ORGANISATION || e.kind == Names.Kind.PLACE;
      }
      case PLURAL -> {
        return e.kind == Names.Kind.ORGANISATION;
      }
      default -> {
        return false;
      }
    }
  }

  private boolean noOtherPersonBetween(int from, int to, Entities.Entity speaker) {
    for (Entities.Mention m : ents.mentions) {
      if (m.start > from
          && m.end <= to
          && m.entity != speaker
          && m.entity.personLike()
          && !m.possessive) {
        return false;
      }
    }
    return true;
  }

  /** An unattributed quote's speaker: the last speaker nearby, else the nearby subject. */
  private Resolved inherit(Candidate c) {
    int first = c.firstTok;
    int para = t[first].paragraph;
    if (lastSpeaker != null
        && para - lastParagraph <= config.inheritParagraphs()
        && (lastSpeaker.entity() == null
            || noOtherPersonBetween(lastSpeakerEnd, first, lastSpeaker.entity()))) {
      return lastSpeaker;
    }
    // the person the preceding sentences are about
    List<Entities.Mention> ms = ents.mentions;
    for (int i = ms.size() - 1; i >= 0; i--) {
      Entities.Mention m = ms.get(i);
      if (m.end > first) {
        continue;
      }
      if (para - m.paragraph > 1) {
        break;
      }
      if (m.entity.kind == Names.Kind.PERSON && m.subject) {
        return new Resolved(m.entity.fullest, m.start, m.end, m.entity.role, m.entity);
      }
    }
    if (lastSpeaker != null && para - lastParagraph <= config.inheritParagraphs()) {
      return lastSpeaker;
    }
    return null;
  }
}
