package io.corroborate.nlp;

import io.corroborate.util.WordLists;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Resolves the name mentions of one article to entities, in text order, the way a reader does: a
 * full name opens an entity; a bare surname or first name refers back to the latest full name it
 * belongs to; a bare name introduced by an indefinite appositive ("Park, a 41-year-old former
 * Estermont border guard") is a new person, and later bare uses of it stay with that person, unless
 * a title or role word marks the famous namesake ("Estermont's leader Park"). Organisations meet by
 * name, contained name and acronym ("CVWB" and "Estermont's Calder Valley Water Board"); places by
 * name and acronym ("U.S." and "United States"). Not thread-safe: one instance per article.
 */
final class InArticleCoreference {

  private static final WordLists WORDS =
      WordLists.read(InArticleCoreference.class, "in-article-coreference.txt");

  /** Words too generic to identify an organisation alone. */
  private static final Set<String> GENERIC = WORDS.get("generic");

  private static final class Draft {
    final EntityType type;
    String name;
    String[] tokens;
    String descriptor;
    boolean introducedBare;
    final List<EntityMention> mentions = new ArrayList<>();
    int lastSeen;

    Draft(EntityType type, String name, String[] tokens) {
      this.type = type;
      this.name = name;
      this.tokens = tokens;
    }
  }

  private final List<Draft> drafts = new ArrayList<>();
  private int order;

  /**
   * Adds the next mention in text order.
   *
   * @param wordBefore the lower-case word right before the mention, or ""
   * @param appositive the appositive right after it, or null
   */
  void add(EntityMention m, String wordBefore, String appositive) {
    order++;
    String[] tokens = NameForms.tokens(m.text(), m.type() == EntityType.PERSON);
    if (tokens.length == 0) {
      return;
    }
    boolean acronym = NameForms.looksLikeAcronym(m.text()) && tokens.length == 1;
    Draft d = acronym && m.type() == EntityType.MISC ? organisation(m.text(), tokens) : null;
    if (d == null) {
      d =
          switch (m.type()) {
            case PERSON -> person(tokens, wordBefore, appositive);
            case ORGANIZATION -> organisation(m.text(), tokens);
            case LOCATION -> place(m.text(), tokens);
            case MISC -> same(EntityType.MISC, tokens);
          };
    }
    if (d == null) {
      d = new Draft(m.type(), display(m.text()), tokens);
      d.introducedBare = tokens.length == 1;
      if (m.type() == EntityType.PERSON) {
        d.descriptor = appositive;
      }
      drafts.add(d);
    } else if (tokens.length > d.tokens.length && !NameForms.looksLikeAcronym(m.text())) {
      d.name = display(m.text());
      d.tokens = tokens;
    }
    if (d.descriptor == null && appositive != null && m.type() == EntityType.PERSON) {
      d.descriptor = appositive;
    }
    d.mentions.add(m);
    d.lastSeen = order;
  }

  /** The entities found, in order of first mention. */
  ArticleEntities result() {
    List<Entity> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(new Entity(out.size(), d.type, d.name, d.descriptor, d.mentions));
    }
    return new ArticleEntities(out);
  }

  private Draft person(String[] tokens, String wordBefore, String appositive) {
    if (tokens.length >= 2) {
      Draft best = null;
      for (Draft d : drafts) {
        if (d.type != EntityType.PERSON) {
          continue;
        }
        if (Arrays.equals(d.tokens, tokens)) {
          return d;
        }
        if (d.tokens.length >= 2 && sameFullName(d.tokens, tokens)) {
          best = later(best, d);
        } else if (d.tokens.length == 1 && d.descriptor == null && nameWord(tokens, d.tokens[0])) {
          best = later(best, d);
        }
      }
      return best;
    }
    String word = tokens[0];
    boolean titled = NameForms.TITLES.contains(wordBefore);
    Draft exact = null;
    Draft full = null;
    for (Draft d : drafts) {
      if (d.type != EntityType.PERSON) {
        continue;
      }
      if (d.tokens.length == 1 && NameForms.fold(d.tokens[0]).equals(NameForms.fold(word))) {
        exact = later(exact, d);
      } else if (d.tokens.length >= 2 && nameWord(d.tokens, word)) {
        full = later(full, d);
      }
    }
    boolean introducesNew =
        appositive != null && (appositive.startsWith("a ") || appositive.startsWith("an "));
    if (exact != null) {
      return titled && full != null && exact.descriptor != null ? full : exact;
    }
    if (introducesNew && !titled) {
      return null;
    }
    return full;
  }

  private Draft organisation(String written, String[] tokens) {
    boolean acronym = NameForms.looksLikeAcronym(written);
    String key = NameForms.key(tokens);
    Draft best = null;
    for (Draft d : drafts) {
      if (d.type != EntityType.ORGANIZATION) {
        continue;
      }
      if (NameForms.key(d.tokens).equals(key)) {
        return d;
      }
      if (acronym && acronymOfTail(tokens[0].replace(".", ""), d.tokens)
          || d.tokens.length == 1 && acronymOfTail(d.tokens[0].replace(".", ""), tokens)) {
        best = later(best, d);
      } else if (contains(d.tokens, tokens) || contains(tokens, d.tokens)) {
        best = later(best, d);
      }
    }
    return best;
  }

  private Draft place(String written, String[] tokens) {
    boolean acronym = NameForms.looksLikeAcronym(written);
    String key = NameForms.key(tokens);
    for (Draft d : drafts) {
      if (d.type != EntityType.LOCATION) {
        continue;
      }
      if (NameForms.key(d.tokens).equals(key)) {
        return d;
      }
      if (acronym
              && tokens.length == 1
              && tokens[0].replace(".", "").equals(NameForms.acronym(d.tokens))
          || d.tokens.length == 1
              && d.tokens[0].replace(".", "").equals(NameForms.acronym(tokens))) {
        return d;
      }
    }
    return null;
  }

  private Draft same(EntityType type, String[] tokens) {
    String key = NameForms.key(tokens);
    for (Draft d : drafts) {
      if (d.type == type && NameForms.key(d.tokens).equals(key)) {
        return d;
      }
    }
    return null;
  }

  private Draft later(Draft a, Draft b) {
    return a == null || b.lastSeen > a.lastSeen ? b : a;
  }

  /** Two full names of one person: same surname (folded), first names equal or an initial. */
  static boolean sameFullName(String[] a, String[] b) {
    String la = NameForms.fold(a[a.length - 1]);
    String lb = NameForms.fold(b[b.length - 1]);
    if (!la.equals(lb)) {
      return false;
    }
    String fa = a[0];
    String fb = b[0];
    return fa.equals(fb)
        || fa.charAt(0) == fb.charAt(0) && (fa.length() <= 2 || fb.length() <= 2)
        || a.length > b.length && Arrays.asList(a).contains(fb)
        || b.length > a.length && Arrays.asList(b).contains(fa);
  }

  /** Whether a bare name is the surname or the first name of a full name. */
  static boolean nameWord(String[] full, String word) {
    String w = NameForms.fold(word);
    return NameForms.fold(full[full.length - 1]).equals(w) || NameForms.fold(full[0]).equals(w);
  }

  /** Whether the acronym is formed by the initials of the last words of a name. */
  static boolean acronymOfTail(String acronym, String[] words) {
    if (acronym.length() < 2 || words.length < acronym.length()) {
      return false;
    }
    List<Character> initials = new ArrayList<>();
    for (String w : words) {
      if (!NameForms.GLUE.contains(w) && !w.isEmpty()) {
        initials.add(w.charAt(0));
      }
    }
    int start = initials.size() - acronym.length();
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < acronym.length(); k++) {
      if (initials.get(start + k) != acronym.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code shorter} occurs as a run of words in {@code longer} and identifies it. */
  private static boolean contains(String[] longer, String[] shorter) {
    if (shorter.length >= longer.length) {
      return false;
    }
    if (shorter.length == 1 && (GENERIC.contains(shorter[0]) || shorter[0].length() < 3)) {
      return false;
    }
    return NameForms.containsRun(longer, shorter);
  }

  private static String display(String written) {
    return written.strip().replaceAll("\\s+", " ");
  }
}
