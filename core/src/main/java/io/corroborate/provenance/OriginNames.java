package io.corroborate.provenance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One name per outlet or agency, whatever form a credit line or a page gives it: "NBCNews.com",
 * "www.nbcnews.com" and "NBC News" are one ({@code nbc-news}); an acronym is one with the name it
 * abbreviates when both occur ("CPA" and "Continental Press Agency", "AP" and "The Associated
 * Press"). Built once per corpus from every name it holds, so that an acronym resolves to the full
 * name the corpus uses. Immutable and thread-safe.
 */
public final class OriginNames {

  private static final Pattern DOMAIN_SUFFIX =
      Pattern.compile(
          "(?i)\\.(?:com|org|net|info|news|co|io|tv|fm|us|uk|ca|au|in|de|fr|ie|nz|co\\.uk|com\\.au"
              + "|co\\.nz|co\\.in|org\\.uk)$");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
  private static final Set<String> MINOR_WORDS =
      Set.of("of", "the", "and", "for", "de", "du", "des", "la", "le", "&");

  /** Display name by slug, after acronyms were resolved. */
  private final Map<String, String> displayBySlug = new TreeMap<>();

  /** Canonical slug by the slug of each name seen. */
  private final Map<String, String> canonicalSlug = new TreeMap<>();

  /** Resolves the given names (outlets and credited names; nulls ignored). */
  public OriginNames(Collection<String> names) {
    Map<String, String> display = new TreeMap<>();
    for (String n : names) {
      if (n == null) {
        continue;
      }
      String d = display(n);
      String s = slug(d);
      if (s.isEmpty()) {
        continue;
      }
      // keep the most informative spelling: the longest, then the first in order
      display.merge(s, d, (a, b) -> b.length() > a.length() ? b : a);
    }
    List<String> slugs = new ArrayList<>(display.keySet());
    for (String s : slugs) {
      String target = s;
      String d = display.get(s);
      if (!s.contains("-")) {
        // a lower-case web address ("nbcnews") is the name whose words it runs together
        for (String other : slugs) {
          if (other.contains("-") && other.replace("-", "").equals(s)) {
            target = other;
            break;
          }
        }
      }
      if (target.equals(s) && isAcronym(d)) {
        for (String other : slugs) {
          if (!other.equals(s) && acronymOf(display.get(other)).equalsIgnoreCase(d)) {
            target = other;
            break;
          }
        }
      }
      canonicalSlug.put(s, target);
    }
    for (String s : slugs) {
      String c = canonicalSlug.get(s);
      displayBySlug.put(c, display.get(c));
    }
  }

  /** The canonical display name of a name ("NBCNews.com" gives "NBC News"), or null. */
  public String canonical(String name) {
    String s = canonicalSlug(name);
    if (s == null) {
      return null;
    }
    String d = displayBySlug.get(s);
    return d != null ? d : display(name);
  }

  /** The canonical slug of a name ("NBCNews.com" gives "nbc-news"), or null. */
  public String canonicalSlug(String name) {
    if (name == null) {
      return null;
    }
    String s = slug(display(name));
    if (s.isEmpty()) {
      return null;
    }
    return canonicalSlug.getOrDefault(s, s);
  }

  /** Whether two names stand for one outlet. */
  public boolean same(String a, String b) {
    String x = canonicalSlug(a);
    return x != null && x.equals(canonicalSlug(b));
  }

  /**
   * A name as people write it: a web address loses its scheme, {@code www.} and domain suffix,
   * joined words are split ("NBCNews" gives "NBC News"), a leading "The" goes, spaces collapse.
   */
  public static String display(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    s = s.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    int slash = s.indexOf('/');
    if (slash > 0 && s.substring(0, slash).contains(".")) {
      s = s.substring(0, slash);
    }
    String before;
    do {
      before = s;
      s = DOMAIN_SUFFIX.matcher(s).replaceFirst("");
    } while (!s.equals(before) && s.contains("."));
    s = s.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
    s = s.replaceAll("(\\p{Lu}+)(\\p{Lu}\\p{Ll})", "$1 $2");
    s = LEADING_THE.matcher(s).replaceFirst("");
    s = s.replaceAll("[\\s_]+", " ").strip();
    while (!s.isEmpty() && ".,;:!?'\"’".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** Lower-case words joined by hyphens ("NBC News" gives "nbc-news"). */
  public static String slug(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[^\\p{L}\\p{N}]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  private static boolean isAcronym(String d) {
    return d.length() >= 2
        && d.length() <= 6
        && d.equals(d.toUpperCase(Locale.ROOT))
        && !d.contains(" ");
  }

  /** Initials of the significant words ("Agence France-Presse" gives "AFP"). */
  static String acronymOf(String d) {
    StringBuilder sb = new StringBuilder();
    for (String w : d.split("[\\s-]+")) {
      if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      sb.append(Character.toUpperCase(w.charAt(0)));
    }
    return sb.length() >= 2 ? sb.toString() : "";
  }

  /** The canonical slugs known, sorted. */
  public Set<String> slugs() {
    return new TreeSet<>(displayBySlug.keySet());
  }
}
