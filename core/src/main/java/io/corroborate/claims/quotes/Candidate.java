package io.corroborate.claims.quotes;

import java.util.List;

/** A quote found by the rules, before its speaker is resolved. Body offsets. */
final class Candidate {
  /** Content parts as body spans {start, end}; one unless the quote runs over paragraphs. */
  final List<int[]> parts;

  final boolean direct;

  /** The token of the attribution verb, or -1. */
  int verb = -1;

  /** The speaker mention, or null. */
  SpeakerRef speaker;

  /** Whether the speaker was taken from an earlier quote. */
  boolean inherited;

  /** First and last content token. */
  final int firstTok;

  final int lastTok;

  /** The marked quote this comes from, or -1 for reported speech. */
  final int quote;

  Candidate(List<int[]> parts, boolean direct, int firstTok, int lastTok, int quote) {
    this.parts = List.copyOf(parts);
    this.direct = direct;
    this.firstTok = firstTok;
    this.lastTok = lastTok;
    this.quote = quote;
  }

  int start() {
    return parts.get(0)[0];
  }

  int end() {
    return parts.get(parts.size() - 1)[1];
  }

  boolean contains(Candidate o) {
    return start() <= o.start() && o.end() <= end();
  }

  boolean overlaps(Candidate o) {
    return start() < o.end() && o.start() < end();
  }
}
