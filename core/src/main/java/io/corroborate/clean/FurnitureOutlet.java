package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a page names in its own furniture, for text that carries no site-name line: sign-up
 * prompts ("Join Daily Lantern for access to this content"), terms ("you are agreeing to Daily
 * Lantern's Terms of Use", "you accept Daily Lantern's Terms"), app prompts ("Get the Daily Lantern
 * app") and copyright lines ("© 2026 Daily Lantern"). Only furniture that speaks for the site
 * itself is read: credit lines, related links, captions and bios name other outlets and people. The
 * name given most often wins, in its mixed-case spelling when it has one. Stateless.
 */
final class FurnitureOutlet {

  /** The kinds of block in which a site names itself. */
  private static final Set<BlockKind> SELF_NAMING =
      EnumSet.of(
          BlockKind.SUBSCRIBE_PROMPT,
          BlockKind.LEGAL,
          BlockKind.UI_LABEL,
          BlockKind.SHARE_BAR,
          BlockKind.NAVIGATION);

  /** One to four capitalised words: the shape of an outlet's name. */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&\\-]*(?:\\.[\\p{L}\\p{N}]+)*";

  private static final String NAME = "(?<name>" + WORD + "(?:\\s+(?:&\\s+)?" + WORD + "){0,3})";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\bJoin\\s+" + NAME + "\\s+(?:for|to|today|now)\\b"),
          Pattern.compile(
              "\\b(?:agree(?:ing)? to|accept(?:ing)?)\\s+"
                  + NAME
                  + "\\s*(?:['\u2019]s?)?\\s+Terms\\b"),
          Pattern.compile("(?i:\\b(?:get|download)\\s+the)\\s+" + NAME + "\\s+(?i:app)\\b"),
          Pattern.compile("(?:\u00a9|\\(c\\)|(?i:copyright))\\s*(?:\\d{4}\\s*)?" + NAME),
          Pattern.compile("(?i:\\bsign\\s+up\\s+for)\\s+" + NAME + "['\u2019]s?\\s+newsletter"));

  /** Words that start a matched phrase but are not a name. */
  private static final Set<String> NOT_NAMES =
      Set.of("our", "us", "the", "this", "all", "terms", "privacy", "now", "here", "today");

  private FurnitureOutlet() {}

  /** The outlet named in the furniture blocks, or null. */
  static String of(List<Block> blocks, List<BlockKind> kinds) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (!SELF_NAMING.contains(kinds.get(i))) {
        continue;
      }
      String text = blocks.get(i).text();
      for (Pattern p : PATTERNS) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          String name = m.group("name").strip();
          String key = name.toLowerCase(Locale.ROOT);
          if (name.length() < 2 || NOT_NAMES.contains(key.split("\\s+")[0])) {
            continue;
          }
          votes.merge(key, 1, Integer::sum);
          String seen = spelling.get(key);
          if (seen == null || seen.equals(seen.toUpperCase(Locale.ROOT))) {
            spelling.put(key, name);
          }
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? null : spelling.get(best);
  }
}
