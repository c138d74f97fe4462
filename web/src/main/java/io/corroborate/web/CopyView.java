package io.corroborate.web;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import io.corroborate.model.Article;
import io.corroborate.model.CopyLink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy beside its source, word by word: the source with the words the copy dropped marked
 * deleted, the copy with the words it added marked inserted (java-diff-utils over word and space
 * tokens). Plain text segments; the template escapes them and writes {@code <del>} and {@code
 * <ins>}. Immutable.
 *
 * @param copy the copy
 * @param source the article it copies
 * @param relation verbatim, partial, rewrite or syndicated
 * @param similarity its similarity to the source, 0 to 100
 * @param creditedTo whom the copy credits, or null
 * @param sourceSide the source's paragraphs
 * @param copySide the copy's paragraphs
 * @param inserted words the copy added
 * @param deleted words the copy dropped
 * @param unchanged words both share
 */
public record CopyView(
    StoryView.ArticleRow copy,
    StoryView.ArticleRow source,
    String relation,
    int similarity,
    String creditedTo,
    List<List<Piece>> sourceSide,
    List<List<Piece>> copySide,
    int inserted,
    int deleted,
    int unchanged) {

  /** Characters of each body compared at most; the rest is shown unmarked. */
  static final int MAX_CHARS = 60_000;

  private static final Pattern TOKEN =
      Pattern.compile("\\n\\s*\\n|\\s+|[\\p{L}\\p{N}\\p{M}'\u2019]+|[^\\s\\p{L}\\p{N}]");

  /**
   * A run of words.
   *
   * @param kind "same", "ins" or "del"
   * @param text the words
   */
  public record Piece(String kind, String text) {}

  /** The view of {@code copy} against {@code source} as {@code link} relates them. */
  public static CopyView of(Article copy, Article source, CopyLink link) {
    List<String> a = tokens(source.body());
    List<String> b = tokens(copy.body());
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Piece> left = new ArrayList<>();
    List<Piece> right = new ArrayList<>();
    int ia = 0;
    int ib = 0;
    int ins = 0;
    int del = 0;
    int same = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      int sa = d.getSource().getPosition();
      int sb = d.getTarget().getPosition();
      same += words(a.subList(ia, sa));
      add(left, "same", a.subList(ia, sa));
      add(right, "same", b.subList(ib, sb));
      List<String> gone = d.getSource().getLines();
      List<String> added = d.getTarget().getLines();
      del += words(gone);
      ins += words(added);
      add(left, "del", gone);
      add(right, "ins", added);
      ia = sa + gone.size();
      ib = sb + added.size();
    }
    same += words(a.subList(ia, a.size()));
    add(left, "same", a.subList(ia, a.size()));
    add(right, "same", b.subList(ib, b.size()));
    StoryView.ArticleRow copyRow = StoryView.row(copy, link, java.util.Map.of(source.id(), source));
    StoryView.ArticleRow sourceRow = StoryView.row(source, null, java.util.Map.of());
    return new CopyView(
        copyRow,
        sourceRow,
        link.relation().label(),
        (int) Math.round(link.similarity() * 100),
        link.creditedTo(),
        paragraphs(left),
        paragraphs(right),
        ins,
        del,
        same);
  }

  private static List<String> tokens(String body) {
    String t = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      String s = m.group();
      // runs of plain spaces compare equal whatever their length; paragraph breaks stay breaks
      out.add(s.isBlank() ? (s.chars().filter(c -> c == '\n').count() >= 2 ? "\n\n" : " ") : s);
    }
    return out;
  }

  private static int words(List<String> tokens) {
    int n = 0;
    for (String t : tokens) {
      if (!t.isBlank() && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  private static void add(List<Piece> into, String kind, List<String> tokens) {
    for (String t : tokens) {
      if (t.equals("\n\n")) {
        into.add(new Piece("break", ""));
        continue;
      }
      if (!into.isEmpty() && into.get(into.size() - 1).kind().equals(kind)) {
        Piece last = into.remove(into.size() - 1);
        into.add(new Piece(kind, last.text() + t));
      } else {
        into.add(new Piece(kind, t));
      }
    }
  }

  private static List<List<Piece>> paragraphs(List<Piece> pieces) {
    List<List<Piece>> out = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    for (Piece p : pieces) {
      if (p.kind().equals("break")) {
        if (!current.isEmpty()) {
          out.add(List.copyOf(current));
          current.clear();
        }
      } else {
        current.add(p);
      }
    }
    if (!current.isEmpty()) {
      out.add(List.copyOf(current));
    }
    return out;
  }
}
