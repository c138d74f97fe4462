package io.corroborate.reconcile;

import io.corroborate.model.FoundFigure;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classes of happening that news reports word in many ways, so that figures worded differently can
 * still be recognised as counting the same thing: people "evacuated", "forced from their homes",
 * "who fled" or "left their homes" were all displaced; "killed", "died" and "dead" all report
 * deaths. Only wordings that cannot mean something else are listed ("stationed" is not "deployed":
 * a story may count both). Stateless.
 */
final class EventClasses {

  private static final Map<String, String> BY_LEMMA =
      Map.ofEntries(
          Map.entry("evacuate", "displaced"),
          Map.entry("flee", "displaced"),
          Map.entry("displace", "displaced"),
          Map.entry("relocate", "displaced"),
          Map.entry("uproot", "displaced"),
          Map.entry("kill", "dead"),
          Map.entry("die", "dead"),
          Map.entry("dead", "dead"),
          Map.entry("perish", "dead"),
          Map.entry("drown", "dead"),
          Map.entry("injure", "injured"),
          Map.entry("wound", "injured"),
          Map.entry("hurt", "injured"),
          Map.entry("injured", "injured"),
          Map.entry("wounded", "injured"),
          Map.entry("arrest", "detained"),
          Map.entry("detain", "detained"),
          Map.entry("deploy", "deployed"),
          Map.entry("dispatch", "deployed"));

  /** Words that put people out of their homes or into shelters, whatever the verb. */
  private static final Pattern DISPLACED =
      Pattern.compile(
          "\\b(?:from|out of|fled|flee|fleeing|left|leave|leaving)\\s+(?:their\\s+|his\\s+|her\\s+)?"
              + "homes?\\b|\\bin\\s+(?:emergency\\s+|temporary\\s+)?shelters?\\b");

  /** Killed or wounded: one count of casualties, whatever the words. */
  private static final Pattern CASUALTIES =
      Pattern.compile(
          "\\b(?:killed|dead|died|deaths?)\\s+or\\s+(?:been\\s+|were\\s+)?"
              + "(?:wounded|injured|hurt|missing)\\b");

  /** Words after counted people that say what happened to them. */
  private static final Pattern STATE =
      Pattern.compile("\\b(?:dead|killed|injured|injuries|wounded|wounds|hurt)\\b");

  /** How far after a figure its sentence is read for such words, in characters. */
  private static final int AFTER = 60;

  private EventClasses() {}

  /** The words right after the figure in its sentence, lower case; "" when not found. */
  private static String after(FoundFigure f) {
    String sentence = f.sentenceText();
    String text = f.figure().text();
    if (sentence == null || text == null) {
      return "";
    }
    int at = sentence.indexOf(text);
    if (at < 0) {
      return "";
    }
    int from = at + text.length();
    return sentence
        .substring(from, Math.min(sentence.length(), from + AFTER))
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The class of a figure's event, or null. Words that move people "from their homes", "out of
   * their homes" or "into shelters", in the event or right after the figure, are displacement
   * whatever the verb ("forced from their homes", "pushing 4,000 people out of their homes").
   */
  static String of(FoundFigure f) {
    String text = f.eventText() == null ? "" : f.eventText().toLowerCase(Locale.ROOT);
    if (CASUALTIES.matcher(text).find()) {
      return "casualties"; // a different count from the dead alone
    }
    if (DISPLACED.matcher(text).find() || DISPLACED.matcher(after(f)).find()) {
      return "displaced";
    }
    String byEvent = f.event() == null ? null : BY_LEMMA.get(f.event().toLowerCase(Locale.ROOT));
    return byEvent != null ? byEvent : stateAfter(f);
  }

  /**
   * The class a light verb leaves to the words after the counted people: "leaving 40 people dead",
   * "left 16 injured", "left 50 people with serious injuries"; read up to the next number or the
   * end of the clause, so that "five dead and 16 injured" gives each its own.
   */
  private static String stateAfter(FoundFigure f) {
    String after = after(f);
    Matcher end = Lexicon.NUMBER_OR_CLAUSE_END.matcher(after);
    Matcher state = STATE.matcher(end.find() ? after.substring(0, end.start()) : after);
    if (!state.find()) {
      return null;
    }
    String w = state.group();
    return w.startsWith("dead") || w.startsWith("kill") ? "dead" : "injured";
  }
}
