package io.corroborate.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a full-text query that means "all of these words". For SQLite's FTS5
 * every word is quoted as a string (quotes inside doubled), so FTS operators, column filters,
 * prefixes and anything SQL-looking in it are searched for as words, never obeyed; PostgreSQL gets
 * the same words one by one, each as a phrase. The query is always bound as a parameter, never
 * spliced into SQL.
 */
final class FullText {

  /** Words beyond this many are ignored: a query is a few words, not a document. */
  static final int MAX_WORDS = 32;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private FullText() {}

  /** The words of {@code text} worth searching for (with a letter or digit), at most MAX_WORDS. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String word : text.strip().split("\\s+")) {
      if (out.size() == MAX_WORDS) {
        break;
      }
      if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      out.add(word);
    }
    return out;
  }

  /** The FTS5 query for {@code text}, or null when it holds no word to search for. */
  static String match(String text) {
    List<String> phrases = new ArrayList<>();
    for (String word : words(text)) {
      phrases.add("\"" + word.replace("\"", "\"\"") + "\"");
    }
    return phrases.isEmpty() ? null : String.join(" ", phrases);
  }

  /**
   * Text as the PostgreSQL index and its queries see it: lower-cased and without diacritics, as
   * SQLite's {@code unicode61 remove_diacritics 2} tokenizer sees it, whatever the server's locale.
   */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return Normalizer.normalize(
        MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll(""),
        Normalizer.Form.NFC);
  }
}
