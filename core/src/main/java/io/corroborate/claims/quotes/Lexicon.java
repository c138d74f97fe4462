package io.corroborate.claims.quotes;

import io.corroborate.util.WordLists;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Closed word lists the extractor's rules use: reporting verbs, titles, organisation words. */
final class Lexicon {

  private Lexicon() {}

  private static final WordLists WORDS = WordLists.read(Lexicon.class, "quotes.txt");

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * Lemmas that take a clause complement as reported speech ("X said (that) ..."). Cognitive verbs
   * (believe, think) are attributions of belief, kept apart so callers can choose.
   */
  private static final String[] CLAUSE_SPEECH_LEMMAS = {
    "say",
    "tell",
    "add",
    "write",
    "state",
    "claim",
    "argue",
    "explain",
    "note",
    "tweet",
    "report",
    "announce",
    "confirm",
    "suggest",
    "warn",
    "insist",
    "admit",
    "acknowledge",
    "concede",
    "allege",
    "respond",
    "reply",
    "joke",
    "quip",
    "recall",
    "predict",
    "indicate",
    "comment",
    "complain",
    "conclude",
    "advise",
    "declare",
    "stress",
    "emphasize",
    "emphasise",
    "testify",
    "assert",
    "maintain",
    "contend",
    "observe",
    "remark",
    "mention",
    "deny",
    "caution",
    "vow",
    "promise",
    "pledge",
    "reiterate",
    "counter",
    "retort",
    "boast",
    "disclose",
    "reveal",
    "speculate",
    "propose",
    "affirm",
    "assure",
    "inform",
    "agree",
    "charge",
    "accuse",
    "threaten",
    "signal",
    "hint",
    "forecast",
    "repeat",
    "clarify",
    "specify",
    "imply",
    "recount",
    "brief",
    "email",
    "posit",
    "reason",
    "proclaim",
    "dispute",
    "protest",
    "underline",
    "underscore",
    "highlight",
    "lament",
    "demand",
    "recommend"
  };

  /** The other reporting verbs by lemma ("asked", "shouted", "called it"). */
  private static final String[] OTHER_SPEECH_LEMMAS = {
    "urge",
    "ask",
    "shout",
    "chant",
    "continue",
    "exclaim",
    "whisper",
    "yell",
    "scream",
    "cry",
    "plead",
    "post",
    "estimate",
    "point",
    "describe",
    "call",
    "wonder",
    "muse",
    "sigh",
    "laugh",
    "concur",
    "project",
    "guarantee",
    "order",
    "tout",
    "blast",
    "slam",
    "praise",
    "welcome",
    "criticize",
    "criticise",
    "defend",
    "elaborate",
    "insinuate",
    "begin",
    "finish",
    "read",
    "remember",
    "text",
    "figure",
    "question",
    "challenge",
    "object",
    "rule",
    "find",
    "determine",
    "show",
    "believe",
    "think",
    "hope",
    "fear",
    "worry",
    "expect",
    "feel",
    "know",
    "understand",
    "express",
    "dub",
    "label",
    "term",
    "brand",
    "deem"
  };

  /** Reporting verbs by lemma; forms are generated (and listed where irregular). */
  private static final String[] SPEECH_LEMMAS =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(CLAUSE_SPEECH_LEMMAS),
              java.util.Arrays.stream(OTHER_SPEECH_LEMMAS))
          .toArray(String[]::new);

  /** Verbs that name or characterise: "called it "a disaster"", "described as "chaos"". */
  private static final Set<String> NAMING = WORDS.get("naming");

  /** {@link #CLAUSE_SPEECH_LEMMAS} as a set. */
  private static final Set<String> CLAUSE_SPEECH = set(CLAUSE_SPEECH_LEMMAS);

  /** Cognitive verbs that attribute a belief or feeling ("officials believe ..."). */
  private static final Set<String> BELIEF = WORDS.get("belief");

  /** Verbs whose first object is the hearer, skipped before the content ("told Reuters that"). */
  private static final Set<String> HEARER = WORDS.get("hearer");

  private static final Map<String, String> FORMS = new HashMap<>();

  static {
    String[][] irregular = {
      {"say", "said", "says", "saying"},
      {"tell", "told", "tells", "telling"},
      {"write", "wrote", "writes", "writing", "written"},
      {"begin", "began", "begins", "beginning", "begun"},
      {"find", "found", "finds", "finding"},
      {"show", "showed", "shows", "showing", "shown"},
      {"read", "read", "reads", "reading"},
      {"think", "thought", "thinks", "thinking"},
      {"know", "knew", "knows", "knowing", "known"},
      {"understand", "understood", "understands", "understanding"},
      {"feel", "felt", "feels", "feeling"},
      {"cry", "cried", "cries", "crying"},
      {"reply", "replied", "replies", "replying"},
      {"deny", "denied", "denies", "denying"},
      {"testify", "testified", "testifies", "testifying"},
      {"clarify", "clarified", "clarifies", "clarifying"},
      {"specify", "specified", "specifies", "specifying"},
      {"imply", "implied", "implies", "implying"},
      {"worry", "worried", "worries", "worrying"},
      {"quip", "quipped", "quips", "quipping"},
      {"slam", "slammed", "slams", "slamming"},
      {"text", "texted", "texts", "texting"},
      {"forecast", "forecast", "forecasts", "forecasting", "forecasted"},
      {"email", "emailed", "emails", "emailing", "e-mailed"},
      {"tweet", "tweeted", "tweets", "tweeting"},
      {"post", "posted", "posts", "posting"},
      {"signal", "signalled", "signaled", "signals", "signalling", "signaling"},
      {"rule", "ruled", "rules", "ruling"},
    };
    for (String[] row : irregular) {
      for (String f : row) {
        FORMS.put(f, row[0]);
      }
    }
    for (String lemma : SPEECH_LEMMAS) {
      FORMS.putIfAbsent(lemma, lemma);
      for (String f : regularForms(lemma)) {
        FORMS.putIfAbsent(f, lemma);
      }
    }
  }

  /** Third person, past and gerund of a regular verb, with and without a doubled consonant. */
  private static String[] regularForms(String l) {
    java.util.List<String> f = new java.util.ArrayList<>();
    int n = l.length();
    char last = l.charAt(n - 1);
    boolean consonantY = last == 'y' && n > 1 && !isVowel(l.charAt(n - 2));
    if (consonantY) {
      f.add(l.substring(0, n - 1) + "ies");
      f.add(l.substring(0, n - 1) + "ied");
    } else if (l.endsWith("s")
        || l.endsWith("sh")
        || l.endsWith("ch")
        || l.endsWith("x")
        || l.endsWith("z")
        || l.endsWith("o")) {
      f.add(l + "es");
    } else {
      f.add(l + "s");
    }
    if (last == 'e') {
      f.add(l + "d");
      f.add(l.endsWith("ee") ? l + "ing" : l.substring(0, n - 1) + "ing");
    } else {
      if (!consonantY) {
        f.add(l + "ed");
      }
      f.add(l + "ing");
      boolean cvc =
          n >= 3
              && !isVowel(last)
              && isVowel(l.charAt(n - 2))
              && !isVowel(l.charAt(n - 3))
              && "wxy".indexOf(last) < 0;
      if (cvc) {
        f.add(l + last + "ed");
        f.add(l + last + "ing");
      }
    }
    return f.toArray(new String[0]);
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The reporting verb lemma of a word form, or null. */
  static String speechLemma(String lower) {
    return FORMS.get(lower);
  }

  /** Whether the lemma introduces reported speech as a clause. */
  static boolean takesClause(String lemma, boolean beliefs) {
    return CLAUSE_SPEECH.contains(lemma) || (beliefs && BELIEF.contains(lemma));
  }

  /** Whether the lemma is a verb of belief rather than of speech. */
  static boolean isBelief(String lemma) {
    return BELIEF.contains(lemma);
  }

  /** Whether the lemma names or characterises its object with a quoted phrase. */
  static boolean isNaming(String lemma) {
    return NAMING.contains(lemma);
  }

  /** Whether the lemma's first object is the hearer. */
  static boolean takesHearer(String lemma) {
    return HEARER.contains(lemma);
  }

  /** Words that precede a name as a title or office ("President", "Dr.", "spokesman"). */
  static final Set<String> TITLES = WORDS.get("titles");

  /** Titles that, unlike offices such as "Minister", mark the end of a title run before a name. */
  static final Set<String> HONORIFICS = WORDS.get("honorifics");

  /** Honorifics that tell the gender. */
  static Gender honorificGender(String lower) {
    return switch (lower) {
      case "mr",
          "mr.",
          "sir",
          "lord",
          "king",
          "prince",
          "father",
          "brother",
          "duke",
          "baron",
          "congressman",
          "councilman",
          "chairman",
          "spokesman" ->
          Gender.MALE;
      case "mrs",
          "mrs.",
          "ms",
          "ms.",
          "miss",
          "dame",
          "lady",
          "queen",
          "princess",
          "sister",
          "duchess",
          "congresswoman",
          "councilwoman",
          "chairwoman",
          "spokeswoman" ->
          Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** Head words of organisations, groups and institutions. */
  static final Set<String> ORG_WORDS = WORDS.get("org-words");

  /** Words for people in groups ("officials", "residents") that take "they". */
  static final Set<String> PLURAL_PEOPLE = WORDS.get("plural-people");

  /** Time words that sit between a verb and its content ("said Monday that ..."). */
  static final Set<String> TIME_WORDS = WORDS.get("time-words");

  /** Whether a word names a day or month, which never starts a speaker's name. */
  static boolean isCalendarWord(String lower) {
    return TIME_WORDS.contains(lower)
        && lower.length() > 2
        && !lower.equals("also")
        && !lower.equals("then")
        && !lower.equals("now")
        && !lower.equals("once")
        && !lower.equals("last")
        && !lower.equals("this")
        && !lower.equals("again");
  }

  /** Personal pronouns that can head a speaker mention. */
  static boolean isPersonalPronoun(String lower) {
    return switch (lower) {
      case "he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "me" -> true;
      default -> false;
    };
  }

  /** The gender or number a pronoun asks of its antecedent. */
  static Gender pronounGender(String lower) {
    return switch (lower) {
      case "he", "him", "his", "himself" -> Gender.MALE;
      case "she", "her", "hers", "herself" -> Gender.FEMALE;
      case "they", "them", "their", "themselves" -> Gender.PLURAL;
      case "it", "its", "itself" -> Gender.NEUTER;
      default -> Gender.UNKNOWN;
    };
  }

  /** Lower-case particles inside names ("Ben van der Pluijm", "Abu Bakr al-Baghdadi"). */
  static final Set<String> NAME_PARTICLES = WORDS.get("name-particles");

  /** Words that start a sentence capitalised without being names. */
  static final Set<String> FUNCTION_WORDS = WORDS.get("function-words");

  /** Clause boundary words: a subject starts after them. */
  static final Set<String> CLAUSE_OPENERS = WORDS.get("clause-openers");

  /** Lower case, with curly apostrophes made straight. */
  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
