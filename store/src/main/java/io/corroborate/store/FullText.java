package io.corroborate.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user typed into an FTS5 query that means "all of these words": every word is quoted
 * as a string (quotes inside doubled), so FTS operators, column filters, prefixes and anything
 * SQL-looking in it are searched for as words, never obeyed. The query is always bound as a
 * parameter, never spliced into SQL.
 */
final class FullText {

  /** Words beyond this many are ignored: a query is a few words, not a document. */
  static final int MAX_WORDS = 32;

  private FullText() {}

  /** The FTS5 query for {@code text}, or null when it holds no word to search for. */
  static String match(String text) {
    if (text == null) {
      return null;
    }
    List<String> phrases = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (phrases.size() == MAX_WORDS) {
        break;
      }
      if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      phrases.add("\"" + word.replace("\"", "\"\"") + "\"");
    }
    return phrases.isEmpty() ? null : String.join(" ", phrases);
  }
}
