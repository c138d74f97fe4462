package io.corroborate.reconcile;

import io.corroborate.util.WordLists;
import java.util.regex.Pattern;

/** The word lists of reconciliation, read once from {@code key-figures.txt} beside this class. */
final class Lexicon {

  /** The key-figures table's lists. */
  static final WordLists KEY_FIGURES = WordLists.read(Lexicon.class, "key-figures.txt");

  /** A number in digits or in words: where the words about another figure begin. */
  static final Pattern NUMBER =
      Pattern.compile(
          "\\d+|" + KEY_FIGURES.pattern("number-words").pattern(), Pattern.CASE_INSENSITIVE);

  /** After a figure, its words end at another number or where its clause ends. */
  static final Pattern NUMBER_OR_CLAUSE_END =
      Pattern.compile("[,;:\u2013\u2014]|" + NUMBER.pattern(), Pattern.CASE_INSENSITIVE);

  private Lexicon() {}
}
