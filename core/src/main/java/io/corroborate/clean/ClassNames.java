package io.corroborate.clean;

import io.corroborate.model.BlockKind;
import io.corroborate.util.WordLists;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an element's {@code class} and {@code id} say about it. Names are split into lower-case
 * words at punctuation and camel-case boundaries ({@code "articleBody"}, {@code "article__body"}
 * and {@code "article-body"} all give "article", "body"), and words and adjacent pairs are looked
 * up in small lexicons of page furniture and of article text. Whole words only: "header" never
 * matches "ad". Stateless and thread-safe.
 */
final class ClassNames {

  /** No signal. */
  static final int NONE = 0;

  /** Furniture that may still hold the article when it holds most of the page's prose. */
  static final int FURNITURE = 1;

  /** Comments, footers, consent banners: never the article, whatever they hold. */
  static final int NEVER_ARTICLE = 2;

  /** Names that say "this is the article's text". */
  static final int ARTICLE_BODY = 4;

  /** Names that say "article", "content", "post" and the like: a weak hint. */
  static final int CONTENT_HINT = 8;

  /**
   * Furniture only by words such as "header" or "teaser": such elements may hold an article's lead
   * paragraph.
   */
  static final int HEADER_ONLY = 16;

  /**
   * Never the article only by words such as "footer" or "copyright" that templates also put on
   * whole-page wrappers: such an element that holds nearly all of the page's prose is believed to
   * hold the article.
   */
  static final int PAGE_END = 32;

  private static final WordLists WORDS = WordLists.read(ClassNames.class, "class-names.txt");

  /** Never-article words that name the end of a page rather than what an element is. */
  private static final Set<String> PAGE_END_WORDS = WORDS.get("page-end-words");

  private static final Set<String> HEADER_WORDS = WORDS.get("header-words");

  private static final Set<String> FURNITURE_WORDS = WORDS.get("furniture-words");

  private static final Set<String> NEVER_ARTICLE_WORDS = WORDS.get("never-article-words");

  /** Words after "hidden" that make it a responsive-layout class, not a hidden one. */
  private static final Set<String> BREAKPOINTS = WORDS.get("breakpoints");

  private static final Set<String> BODY_WORDS = WORDS.get("body-words");

  private static final Set<String> BODY_PAIRS = WORDS.get("body-pairs");

  private static final Set<String> HINT_WORDS = WORDS.get("hint-words");

  private static final Map<String, BlockKind> KINDS = kinds();

  private ClassNames() {}

  private static Map<String, BlockKind> kinds() {
    Map<String, BlockKind> m = new HashMap<>();
    put(m, BlockKind.PHOTO_CAPTION, "caption", "figcaption", "legend", "credit", "credits");
    put(m, BlockKind.PHOTO_CAPTION, "gallery", "slideshow", "carousel", "slider");
    put(m, BlockKind.SHARE_BAR, "share", "shares", "sharing", "sharebar", "sharethis", "addthis");
    put(m, BlockKind.SHARE_BAR, "social", "sociable", "socialmedia", "follow");
    put(m, BlockKind.RELATED_LINKS, "related", "relatedposts", "recommended", "recommendation");
    put(m, BlockKind.RELATED_LINKS, "recommendations", "recirc", "recirculation", "trending");
    put(m, BlockKind.RELATED_LINKS, "popular", "mostread", "teaser", "teasers", "outbrain");
    put(m, BlockKind.RELATED_LINKS, "taboola");
    put(m, BlockKind.BYLINE, "byline", "author", "authors");
    put(m, BlockKind.AUTHOR_BIO, "bio");
    put(m, BlockKind.SUBSCRIBE_PROMPT, "newsletter", "subscribe", "subscription", "signup");
    put(m, BlockKind.SUBSCRIBE_PROMPT, "paywall", "login", "signin");
    put(m, BlockKind.AD_MARKER, "ad", "ads", "advert", "advertisement", "advertising");
    put(m, BlockKind.AD_MARKER, "adsbygoogle", "adslot", "adunit", "dfp", "sponsored", "sponsor");
    put(m, BlockKind.AD_MARKER, "promo", "promos", "promotion", "promoted", "banner");
    put(m, BlockKind.NAVIGATION, "nav", "navbar", "navigation", "subnav", "menu", "submenu");
    put(m, BlockKind.NAVIGATION, "breadcrumb", "breadcrumbs", "pagination", "pager", "toolbar");
    put(m, BlockKind.NAVIGATION, "skip", "search");
    put(m, BlockKind.TAGS, "tags", "tag", "taglist", "keywords");
    put(m, BlockKind.DATE_LINE, "date", "timestamp", "meta", "subline");
    put(m, BlockKind.LEGAL, "footer", "copyright");
    put(m, BlockKind.COMMENT_FORM, "comment", "comments", "commentlist", "commentform", "respond");
    put(m, BlockKind.COMMENT_FORM, "reply", "replies", "disqus", "discussion", "kommentare");
    put(m, BlockKind.COMMENT_FORM, "commentaires");
    return Map.copyOf(m);
  }

  private static void put(Map<String, BlockKind> m, BlockKind kind, String... words) {
    for (String w : words) {
      m.put(w, kind);
    }
  }

  /**
   * The kind of furniture an element's class and id name, for the list of removed blocks; null when
   * they name none or one without a kind of its own (a pop-up, a hidden element).
   */
  static BlockKind kindOf(String className, String id) {
    List<String> words = new ArrayList<>(8);
    splitClasses(className, words);
    split(id, words);
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      BlockKind k = KINDS.get(w.startsWith("advert") ? "advert" : w);
      if (k != null && !isNumber(next)) {
        return k;
      }
    }
    return null;
  }

  /** The signals of an element's class and id, as a bit set of the constants above. */
  static int signals(String className, String id) {
    if (className.isEmpty() && id.isEmpty()) {
      return NONE;
    }
    List<String> words = new ArrayList<>(8);
    splitClasses(className, words);
    split(id, words);
    int s = NONE;
    boolean otherFurniture = false;
    boolean otherNever = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      if (NEVER_ARTICLE_WORDS.contains(w)) {
        s |= NEVER_ARTICLE;
        otherNever |= !PAGE_END_WORDS.contains(w);
      } else if ((FURNITURE_WORDS.contains(w) || w.startsWith("advert")) && !isNumber(next)) {
        if (!(w.equals("hidden") || w.equals("hide")) || !BREAKPOINTS.contains(next)) {
          s |= FURNITURE;
          otherFurniture |= !HEADER_WORDS.contains(w);
        }
      }
      if (BODY_WORDS.contains(w) || BODY_PAIRS.contains(w + " " + next)) {
        s |= ARTICLE_BODY;
      }
      if (HINT_WORDS.contains(w)) {
        s |= CONTENT_HINT;
      }
    }
    if ((s & FURNITURE) != 0 && !otherFurniture) {
      s |= HEADER_ONLY;
    }
    if ((s & NEVER_ARTICLE) != 0 && !otherNever) {
      s |= PAGE_END;
    }
    return s;
  }

  /** An identifier's number: "player-2020" names one player row, not a video player. */
  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  /**
   * Splits a class attribute into words, leaving out the classes that describe the page rather than
   * the element: taxonomy classes that content systems add to a post ("category-newsletter",
   * "tag-sidebar") and layout flags ("no-sidebar", "has-comments").
   */
  static void splitClasses(String className, List<String> out) {
    int n = className.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(className.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(className.charAt(j))) {
        j++;
      }
      if (j > i && !isDescriptive(className, i, j)) {
        split(className.substring(i, j), out);
      }
      i = j;
    }
  }

  private static final String[] DESCRIPTIVE_PREFIXES = {
    "category-",
    "categories-",
    "cat-",
    "tag-",
    "tags-",
    "topic-",
    "no-",
    "has-",
    "without-",
    "with-",
    "postid-",
    "page-id-",
    "format-",
    "status-",
    "type-",
    "author-",
    "section-"
  };

  private static boolean isDescriptive(String s, int from, int to) {
    for (String p : DESCRIPTIVE_PREFIXES) {
      if (to - from > p.length() && s.regionMatches(true, from, p, 0, p.length())) {
        return true;
      }
    }
    return false;
  }

  /** Splits a class or id into lower-case words at punctuation, spaces and camel case. */
  static void split(String s, List<String> out) {
    int n = s.length();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      boolean camel =
          letterOrDigit
              && start >= 0
              && Character.isUpperCase(c)
              && Character.isLowerCase(s.charAt(i - 1));
      if (!letterOrDigit || camel) {
        if (start >= 0) {
          out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = letterOrDigit ? i : -1;
      } else if (start < 0) {
        start = i;
      }
    }
  }
}
