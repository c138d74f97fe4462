package io.corroborate.claims.quotes;

import io.corroborate.nlp.NameForms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people and organisations an article names, outside its quotes, each with its fullest name,
 * kind, gender evidence and role. A surname ("Reddick") joins the latest entity it ends or starts
 * ("Tomas Reddick"); a name introduced with an apposition ("Hale, a 41-year-old former lock
 * keeper") starts an entity of its own, so that it is not merged with another of the same name.
 */
final class Entities {

  /** One person or organisation. */
  static final class Entity {
    final int id;
    String fullest;
    String[] keys;
    Names.Kind kind;

    /** Gender from honorifics or role words: reliable. */
    Gender gender = Gender.UNKNOWN;

    /** Gender from the first-name list: a hint. */
    Gender hint = Gender.UNKNOWN;

    String role;
    int mentions;

    /** Whether something says this is a person (title, apposition, speech, first name). */
    boolean personEvidence;

    Entity(int id, String name, String[] keys, Names.Kind kind) {
      this.id = id;
      this.fullest = name;
      this.keys = keys;
      this.kind = kind;
    }

    /** A person, or an unknown name that something says is a person. */
    boolean personLike() {
      return kind == Names.Kind.PERSON || kind == Names.Kind.UNKNOWN && personEvidence;
    }
  }

  /** One naming of an entity. */
  static final class Mention {
    final int start;
    final int end;
    final Entity entity;
    final boolean possessive;
    final boolean subject;
    final int sentence;
    final int paragraph;

    Mention(
        int start,
        int end,
        Entity e,
        boolean possessive,
        boolean subject,
        int sentence,
        int paragraph) {
      this.start = start;
      this.end = end;
      this.entity = e;
      this.possessive = possessive;
      this.subject = subject;
      this.sentence = sentence;
      this.paragraph = paragraph;
    }
  }

  private final Tok[] t;
  private final Phrases np;
  private final String body;
  final List<Entity> entities = new ArrayList<>();

  /** Mentions in text order. */
  final List<Mention> mentions = new ArrayList<>();

  /** For each token, the mention whose name covers it, or null. */
  private final Mention[] at;

  Entities(ArticleTokens a, Phrases np) {
    this.t = a.toks;
    this.np = np;
    this.body = a.body;
    this.at = new Mention[t.length];
    build(a);
  }

  private void build(ArticleTokens a) {
    int i = 0;
    while (i < t.length) {
      if (!startsName(a, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < t.length
          && t[j].sentence == t[i].sentence
          && (np.isProper(j) || particleInside(j))) {
        j++;
      }
      addMention(i, j);
      i = j;
    }
  }

  private boolean particleInside(int j) {
    return Lexicon.NAME_PARTICLES.contains(t[j].lower)
        && !t[j].isCapitalised()
        && j + 1 < t.length
        && np.isProper(j + 1)
        && t[j + 1].sentence == t[j].sentence;
  }

  private boolean startsName(ArticleTokens a, int i) {
    if (!np.isProper(i) || t[i].isPunct() || Names.isPartyTag(t[i].word)) {
      return false;
    }
    Tok k = t[i];
    if (Lexicon.isCalendarWord(k.lower)
        || Lexicon.FUNCTION_WORDS.contains(k.lower)
        || Names.isDemonym(k.word)) {
      return false;
    }
    if (isDateline(a, i)) {
      return false;
    }
    if (k.tag == null && i == a.sentenceStart(k.sentence)) {
      // untagged sentence start: a name only if the word is one or a name follows
      return Names.isKnownFirstName(k.word)
          || i + 1 < t.length && np.isProper(i + 1) && t[i + 1].sentence == k.sentence;
    }
    return true;
  }

  /** "MARROWICK, Estermont (CPA) —": a dateline in capitals opening a paragraph. */
  static boolean isDateline(ArticleTokens a, int i) {
    Tok k = a.toks[i];
    if (k.word.length() < 4
        || !k.word.equals(k.word.toUpperCase(Locale.ROOT))
        || !Character.isLetter(k.word.charAt(0))) {
      return false;
    }
    int p = a.paragraphs.get(k.paragraph)[0];
    return k.start - p < 3
        && i + 1 < a.toks.length
        && (a.toks[i + 1].word.equals(",")
            || a.toks[i + 1].word.equals("\u2014")
            || a.toks[i + 1].word.equals("-")
            || a.toks[i + 1].word.equals("("));
  }

  private void addMention(int s, int e) {
    // strip leading titles, remember honorific gender
    Gender honor = Gender.UNKNOWN;
    int ns = s;
    boolean titled = s > 0 && Names.isTitle(t[s - 1].lower) && !t[s - 1].inQuote();
    if (!Names.isOrganisation(t, s, e)) {
      for (int i = s; i < e - 1; i++) {
        if (Names.isTitle(t[i].lower)) {
          ns = i + 1;
          titled = true;
          Gender g = Lexicon.honorificGender(t[i].lower.replace(".", "") + "");
          Gender g2 = Lexicon.honorificGender(t[i].lower);
          if (g2 != Gender.UNKNOWN) {
            honor = g2;
          } else if (g != Gender.UNKNOWN) {
            honor = g;
          }
        }
      }
      if (s > 0 && honor == Gender.UNKNOWN) {
        Gender g = Lexicon.honorificGender(t[s - 1].lower);
        if (g != Gender.UNKNOWN) {
          honor = g;
        }
      }
    }
    if (ns >= e) {
      return;
    }
    String name = text(ns, e);
    String[] keys = keys(name);
    if (keys.length == 0) {
      return;
    }
    boolean possessive = e < t.length && t[e].tag != null && t[e].tag.equals("POS");
    boolean intro = !possessive && introducedWithApposition(e);
    Names.Kind kind = Names.kind(t, ns, e);
    Entity ent = intro ? null : link(keys, kind);
    if (ent == null) {
      ent = new Entity(entities.size(), name, keys, kind);
      entities.add(ent);
    } else if (keys.length > ent.keys.length) {
      ent.fullest = name;
      ent.keys = keys;
      if (kind != Names.Kind.UNKNOWN) {
        ent.kind = kind;
      }
    } else if (ent.kind == Names.Kind.UNKNOWN && kind != Names.Kind.UNKNOWN) {
      ent.kind = kind;
    }
    ent.mentions++;
    if (titled || intro || followedByWho(e) || kind == Names.Kind.PERSON) {
      ent.personEvidence = true;
    }
    if (honor != Gender.UNKNOWN) {
      ent.gender = honor;
      ent.kind = Names.Kind.PERSON;
    }
    if (ent.hint == Gender.UNKNOWN && keys.length >= 2 && ent.kind == Names.Kind.PERSON) {
      ent.hint = Names.firstNameGender(t[ns].word);
    }
    if (ent.role == null && intro) {
      ent.role = appositionText(e);
    }
    boolean subject = isSubject(e, possessive);
    Mention m = new Mention(ns, e, ent, possessive, subject, t[ns].sentence, t[ns].paragraph);
    mentions.add(m);
    for (int i = ns; i < e; i++) {
      at[i] = m;
    }
  }

  private boolean isSubject(int e, boolean possessive) {
    if (possessive) {
      return false;
    }
    int k = e;
    while (k < t.length && np.isAuxOrAdverb(k)) {
      k++;
    }
    if (k < t.length && t[k].word.equals(",")) {
      // past an apposition to its verb
      for (int c = k + 1; c < Math.min(t.length, k + 40); c++) {
        if (t[c].word.equals(",") && c + 1 < t.length) {
          k = c + 1;
          while (k < t.length && np.isAuxOrAdverb(k)) {
            k++;
          }
          break;
        }
        if (t[c].isSentenceEnd()) {
          break;
        }
      }
    }
    return k < t.length && t[k].isVerb();
  }

  private boolean followedByWho(int e) {
    return e + 1 < t.length && t[e].word.equals(",") && t[e + 1].is("who");
  }

  /** "NAME, a ..." or "NAME, 32, ...": an apposition that introduces the name. */
  private boolean introducedWithApposition(int e) {
    if (e + 1 >= t.length || !t[e].word.equals(",")) {
      return false;
    }
    Tok n = t[e + 1];
    return n.is("a")
        || n.is("an")
        || (n.tag != null && n.tag.equals("CD") && e + 2 < t.length && t[e + 2].word.equals(","));
  }

  private String appositionText(int e) {
    int s = e + 1;
    int k = s;
    while (k < t.length
        && !t[k].word.equals(",")
        && !t[k].isSentenceEnd()
        && !t[k].inQuote()
        && k - s < 40) {
      k++;
    }
    if (k < t.length
        && t[k].word.equals(",")
        && k + 1 < t.length
        && t[k + 1].tag != null
        && t[k + 1].tag.equals("CD")
        && k - s <= 2) {
      // "NAME, 32, a ..." : skip the age
      int k2 = k + 1;
      while (k2 < t.length && !t[k2].word.equals(",") && !t[k2].isSentenceEnd() && k2 - s < 40) {
        k2++;
      }
      return k2 > k + 1 ? text(k + 1, k2) : null;
    }
    return k > s ? text(s, k) : null;
  }

  /** The latest entity a name can refer to, or null. */
  private Entity link(String[] keys, Names.Kind kind) {
    for (int mi = mentions.size() - 1; mi >= 0; mi--) {
      Mention m = mentions.get(mi);
      if (compatible(keys, m.entity.keys, kind, m.entity.kind)) {
        return m.entity;
      }
    }
    if (keys.length == 1 && Names.isKnownFirstName(keys[0])) {
      // a first name alone ("says Michael"): the latest person it starts, if no surname matched
      for (int mi = mentions.size() - 1; mi >= 0; mi--) {
        Entity e = mentions.get(mi).entity;
        if (e.keys.length >= 2 && e.keys[0].equals(keys[0]) && e.personLike()) {
          return e;
        }
      }
    }
    return null;
  }

  /** Whether a new mention's name can refer to an entity known by {@code entity}. */
  static boolean compatible(String[] mention, String[] entity, Names.Kind km, Names.Kind ke) {
    if (java.util.Arrays.equals(mention, entity)) {
      return true;
    }
    if (km == Names.Kind.ORGANISATION || ke == Names.Kind.ORGANISATION) {
      return km == ke && (contains(mention, entity) || contains(entity, mention));
    }
    if (km == Names.Kind.PLACE || ke == Names.Kind.PLACE) {
      return false; // places match only exactly
    }
    String mLast = mention[mention.length - 1];
    String eLast = entity[entity.length - 1];
    if (mention.length == 1) {
      // a surname, or the family name of a name written family name first ("Park Dong Hyun")
      String one = mention[0];
      return similar(one, eLast)
          || one.equals(entity[0]) && (entity.length >= 3 || !Names.isKnownFirstName(one));
    }
    if (entity.length == 1) {
      // a fuller name joins a surname-only entity by its surname only
      return similar(entity[0], mLast);
    }
    if (!similar(mLast, eLast)) {
      return false;
    }
    return mention[0].equals(entity[0])
        || mention[0].charAt(0) == entity[0].charAt(0)
            && (mention[0].length() <= 2 || entity[0].length() <= 2);
  }

  private static boolean contains(String[] longer, String[] shorter) {
    return NameForms.containsRun(longer, shorter);
  }

  /** Same surname, allowing transliteration slack (Morenskyy, Morenskiy, Morensky). */
  static boolean similar(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() < 5 || b.length() < 5 || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int common = 0;
    while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= Math.min(a.length(), b.length()) - 2 && Math.abs(a.length() - b.length()) <= 2;
  }

  /** Lower-case words of a name without diacritics or possessive. */
  static String[] keys(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("'s\\b", "");
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out.toArray(new String[0]);
  }

  String text(int s, int e) {
    return body.substring(t[s].start, t[e - 1].end).replaceAll("\\s+", " ");
  }

  /** The mention whose name covers token {@code i}, or null. */
  Mention mentionAt(int i) {
    return i >= 0 && i < at.length ? at[i] : null;
  }

  /** Records a resolved pronoun or description as a mention of an entity. */
  Mention addResolved(int s, int e, Entity ent) {
    Mention m = new Mention(s, e, ent, false, true, t[s].sentence, t[s].paragraph);
    int pos = mentions.size();
    while (pos > 0 && mentions.get(pos - 1).start > s) {
      pos--;
    }
    mentions.add(pos, m);
    return m;
  }
}
