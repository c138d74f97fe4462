package io.corroborate.claims.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a name is: a person (with the gender its first name suggests), an organisation or a place.
 * First names come from CoreNLP's name-gender list, places from its country, state and demonym
 * lists (all in the CoreNLP models jar). Loaded once; immutable and thread-safe.
 */
final class Names {

  /** The kind of thing a name names. */
  enum Kind {
    PERSON,
    ORGANISATION,
    PLACE,
    UNKNOWN
  }

  private static final String GENDERS = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final String COUNTRIES = "edu/stanford/nlp/models/dcoref/countries";
  private static final String STATES = "edu/stanford/nlp/models/dcoref/statesandprovinces";
  private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  private static final class Lists {
    static final Map<String, Gender> FIRST_NAMES = loadGenders();
    static final Set<String> PLACES;
    static final Set<String> DEMONYMS;

    static {
      Set<String> places = new HashSet<>();
      Set<String> demonyms = new HashSet<>();
      loadPlaces(places, demonyms);
      PLACES = Set.copyOf(places);
      DEMONYMS = Set.copyOf(demonyms);
    }
  }

  /** Whether a word is a demonym ("Norwegian", "Kenyans"), an adjective rather than a name. */
  static boolean isDemonym(String word) {
    return Lists.DEMONYMS.contains(word.toLowerCase(Locale.ROOT));
  }

  private Names() {}

  /** Loads the lists now. */
  static void preload() {
    Lists.FIRST_NAMES.size();
  }

  static boolean isTitle(String lower) {
    return Lexicon.TITLES.contains(lower) || Lexicon.TITLES.contains(lower.replace(".", ""));
  }

  /** The gender a first name suggests (UNKNOWN when unlisted or used for both). */
  static Gender firstNameGender(String word) {
    Gender g = Lists.FIRST_NAMES.get(word.toLowerCase(Locale.ROOT));
    return g == null ? Gender.UNKNOWN : g;
  }

  static boolean isKnownFirstName(String word) {
    return Lists.FIRST_NAMES.containsKey(word.toLowerCase(Locale.ROOT));
  }

  static boolean isPlace(String name) {
    return Lists.PLACES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether tokens {@code [s, e)} name an organisation (by head words or as an acronym). */
  static boolean isOrganisation(Tok[] t, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Lexicon.ORG_WORDS.contains(t[i].lower)) {
        return true;
      }
    }
    return e - s == 1 && isAcronym(t[s].word);
  }

  /** A party and state tag after a politician's name: "D-Calif.", "R-Texas", "I-Vt.". */
  static boolean isPartyTag(String w) {
    return w.length() >= 4
        && (w.charAt(0) == 'D' || w.charAt(0) == 'R' || w.charAt(0) == 'I')
        && w.charAt(1) == '-'
        && Character.isUpperCase(w.charAt(2));
  }

  static boolean isAcronym(String w) {
    String a = w.replace(".", "");
    if (a.length() < 2 || a.length() > 6) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (!Character.isUpperCase(a.charAt(i)) && !Character.isDigit(a.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The kind of the name in tokens {@code [s, e)}. */
  static Kind kind(Tok[] t, int s, int e) {
    if (isOrganisation(t, s, e)) {
      return Kind.ORGANISATION;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = s; i < e; i++) {
      if (i > s) {
        sb.append(' ');
      }
      sb.append(t[i].word);
    }
    if (isPlace(sb.toString())) {
      return Kind.PLACE;
    }
    if (isKnownFirstName(t[s].word) && !isPlace(t[e - 1].word)) {
      return Kind.PERSON;
    }
    return Kind.UNKNOWN;
  }

  private static Map<String, Gender> loadGenders() {
    Map<String, Gender> m = new HashMap<>();
    Set<String> both = new HashSet<>();
    read(
        GENDERS,
        line -> {
          String[] f = line.split("\\s+");
          if (f.length < 2) {
            return;
          }
          String name = f[0].toLowerCase(Locale.ROOT);
          Gender g =
              f[1].equalsIgnoreCase("MALE")
                  ? Gender.MALE
                  : f[1].equalsIgnoreCase("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
          Gender old = m.putIfAbsent(name, g);
          if (old != null && old != g) {
            both.add(name);
          }
        });
    for (String b : both) {
      m.put(b, Gender.UNKNOWN);
    }
    return Map.copyOf(m);
  }

  /**
   * Countries, states and the places of the demonym list into {@code s}; the list's demonyms
   * ("Norwegian", "Kenyans") into {@code demonyms}, in the same pass.
   */
  private static void loadPlaces(Set<String> s, Set<String> demonyms) {
    java.util.function.Consumer<String> lastField =
        line -> {
          String[] f = line.split("\t");
          String v = f[f.length - 1].strip();
          if (!v.isEmpty()) {
            s.add(v.toLowerCase(Locale.ROOT));
          }
        };
    read(COUNTRIES, lastField);
    read(STATES, lastField);
    read(
        DEMONYMS,
        line -> {
          if (line.startsWith("#")) {
            return;
          }
          String[] f = line.split("\t");
          if (f.length > 0 && !f[0].isBlank()) {
            s.add(f[0].strip().toLowerCase(Locale.ROOT));
          }
          for (int i = 1; i < f.length; i++) {
            if (!f[i].isBlank()) {
              demonyms.add(f[i].strip().toLowerCase(Locale.ROOT));
            }
          }
        });
  }

  private static void read(String resource, java.util.function.Consumer<String> sink) {
    InputStream in = Names.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CoreNLP models resource missing: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          sink.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
