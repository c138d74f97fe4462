package io.corroborate.provenance;

import io.corroborate.model.Article;
import io.corroborate.model.BlockKind;
import io.corroborate.model.CreditLine;
import io.corroborate.model.CreditLine.CreditType;
import io.corroborate.model.NewsDate;
import io.corroborate.model.RemovedBlock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What provenance knows of one article besides its words: when it was published, its outlet, whom
 * it credits (names resolved by {@link OriginNames}, credits of its own outlet dropped), and
 * whether it shows the marks of a content farm that republishes others' reports.
 *
 * @param index the article's position in the corpus
 * @param id the article's id
 * @param published when it was published, or null
 * @param outletSlug its outlet's canonical slug, or null
 * @param creditedSlugs slugs of every outlet it credits
 * @param creditedTo the display name of its main credit, or null
 * @param creditType the type of its main credit, or null
 * @param syndicatedFrom the slug of the outlet it says it republishes, "" when it republishes
 *     without naming the outlet, null when it does not say it republishes
 * @param farmSignals ad-slot markers, "Source link" lines and republishing credits it carries
 * @param textHash a hash of its normalised words, naming an unnamed outside report it republishes
 */
public record ArticleFacts(
    int index,
    String id,
    NewsDate published,
    String outletSlug,
    Set<String> creditedSlugs,
    String creditedTo,
    CreditType creditType,
    String syndicatedFrom,
    int farmSignals,
    long textHash) {

  /** Freezes the set. */
  public ArticleFacts {
    creditedSlugs = Collections.unmodifiableSet(new TreeSet<>(creditedSlugs));
  }

  /** The facts of an article, with a hash of its normalised words ({@link NormalizedTokens}). */
  public static ArticleFacts of(int index, Article a, OriginNames names, long textHash) {
    String outlet = names.canonicalSlug(a.outlet());
    Set<String> slugs = new TreeSet<>();
    CreditLine main = null;
    boolean unnamedRepublished = false;
    for (CreditLine c : a.credits()) {
      String s = names.canonicalSlug(c.creditedTo());
      if (s == null) {
        if (c.type() == CreditType.REPUBLISHED) {
          unnamedRepublished = true;
        }
        continue;
      }
      if (s.equals(outlet)) {
        continue; // its own outlet: a dateline of an agency's own report
      }
      slugs.add(s);
      if (main == null || rank(c.type()) < rank(main.type())) {
        main = c;
      }
    }
    int farm = 0;
    boolean sourceLink = false;
    for (RemovedBlock r : a.removed()) {
      if (r.kind() == BlockKind.AD_MARKER) {
        farm++;
      } else if (r.end() <= a.text().length()
          && a.text()
              .substring(r.start(), r.end())
              .strip()
              .toLowerCase(Locale.ROOT)
              .equals("source link")) {
        farm++;
        sourceLink = true;
      }
    }
    String syndicated = null;
    if (main != null && main.type() != CreditType.CONTRIBUTED) {
      syndicated = names.canonicalSlug(main.creditedTo());
    } else if (unnamedRepublished || sourceLink) {
      syndicated = "";
    }
    if (main != null && main.type() == CreditType.REPUBLISHED || unnamedRepublished) {
      farm++;
    }
    return new ArticleFacts(
        index,
        a.id(),
        a.published(),
        outlet,
        slugs,
        main == null ? null : names.canonical(main.creditedTo()),
        main == null ? null : main.type(),
        syndicated,
        farm,
        textHash);
  }

  private static int rank(CreditType t) {
    return switch (t) {
      case REPUBLISHED -> 0;
      case AGENCY_DATELINE -> 1;
      case SOURCE -> 2;
      case CONTRIBUTED -> 3;
    };
  }

  /** Whether this article credits the other's outlet. */
  public boolean credits(ArticleFacts other) {
    return other.outletSlug != null && creditedSlugs.contains(other.outletSlug);
  }

  /** Every credited name, for building {@link OriginNames}. */
  static List<String> names(Article a) {
    List<String> out = new java.util.ArrayList<>();
    out.add(a.outlet());
    for (CreditLine c : a.credits()) {
      out.add(c.creditedTo());
    }
    return out;
  }
}
