package io.corroborate.claims.quotes;

import java.util.List;

/**
 * The speaker mention an attribution uses, as token ranges.
 *
 * @param start first token of the mention
 * @param end end of the mention, exclusive
 * @param role token ranges that say what the speaker is (premodifiers, an apposition), may be empty
 */
record SpeakerRef(int start, int end, List<int[]> role) {

  SpeakerRef {
    role = List.copyOf(role);
  }

  static SpeakerRef of(int[] np) {
    return new SpeakerRef(np[0], np[1], List.of());
  }

  SpeakerRef withRole(int from, int to) {
    if (to <= from) {
      return this;
    }
    java.util.List<int[]> r = new java.util.ArrayList<>(role);
    r.add(new int[] {from, to});
    return new SpeakerRef(start, end, r);
  }
}
