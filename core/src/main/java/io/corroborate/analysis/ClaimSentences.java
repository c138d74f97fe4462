package io.corroborate.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.claims.figures.ReportingVerbs;
import io.corroborate.nlp.SentenceScope;
import io.corroborate.stories.ProfileBuilder;
import java.util.List;

/**
 * The sentences of an article whose entities and dates phase 1 reads, and so the only ones given
 * the costly entity recogniser and SUTime: the lead (the story profile weighs its entities and
 * dates most and takes the event date and dateline from it), and every sentence that can carry a
 * claim, with its neighbours, where claimants are named and claims dated: a sentence with a number
 * (a figure), a quotation mark (a quote) or a reporting verb (reported speech). A sentence that
 * holds none of these and is not next to one is narrative the profile reads by its lemmas alone.
 * Reads tokens, tags and lemmas only. Stateless and thread-safe.
 */
public final class ClaimSentences implements SentenceScope {

  /** Sentences on each side of a claim sentence that are tagged with it. */
  static final int NEIGHBOURS = 1;

  /** The scope with the product's settings. */
  public static final ClaimSentences DEFAULT = new ClaimSentences(ProfileBuilder.LEAD_SENTENCES);

  private final int lead;

  /**
   * A scope with the given lead.
   *
   * @param lead sentences at the top of the article always tagged; at least 0
   */
  public ClaimSentences(int lead) {
    if (lead < 0) {
      throw new IllegalArgumentException("lead must not be negative: lead=" + lead);
    }
    this.lead = lead;
  }

  @Override
  public boolean[] choose(List<CoreMap> sentences) {
    int n = sentences.size();
    boolean[] chosen = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (i < lead) {
        chosen[i] = true;
      }
      if (mayCarryClaim(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class))) {
        for (int j = Math.max(0, i - NEIGHBOURS); j <= Math.min(n - 1, i + NEIGHBOURS); j++) {
          chosen[j] = true;
        }
      }
    }
    return chosen;
  }

  /** Whether a sentence holds a number, a quotation mark or a reporting verb. */
  static boolean mayCarryClaim(List<CoreLabel> tokens) {
    if (tokens == null) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w == null || w.isEmpty()) {
        continue;
      }
      if ("CD".equals(t.tag()) || "``".equals(t.tag()) || "''".equals(t.tag())) {
        return true;
      }
      for (int k = 0; k < w.length(); k++) {
        char c = w.charAt(k);
        if (Character.isDigit(c) || isQuoteMark(c)) {
          return true;
        }
      }
      if (ReportingVerbs.contains(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"'
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u201E'
        || c == '\u00AB'
        || c == '\u00BB'
        || c == '\u2018'; // not U+2019, which is also the apostrophe
  }
}
