package io.corroborate.provenance;

import java.util.Arrays;

/**
 * The words of a text for copy detection: runs of letters and digits, lower-cased, punctuation and
 * spacing dropped, each with its span in the text and a 64-bit hash. In scripts written without
 * spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) every character, with its combining marks,
 * is a token of its own, so that such texts still yield shingles. Immutable and thread-safe.
 */
public final class NormalizedTokens {

  private static final NormalizedTokens EMPTY =
      new NormalizedTokens(new int[0], new int[0], new long[0], 0);

  private final int[] starts;
  private final int[] ends;
  private final long[] hashes;
  private final int size;

  private NormalizedTokens(int[] starts, int[] ends, long[] hashes, int size) {
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.size = size;
  }

  /** The tokens of a text; linear in its length. */
  public static NormalizedTokens of(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return EMPTY;
    }
    int cap = Math.max(16, n / 5);
    int[] st = new int[cap];
    int[] en = new int[cap];
    long[] hs = new long[cap];
    int size = 0;
    int i = 0;
    int tokStart = -1;
    long h = Hashing.FNV_OFFSET;
    while (i < n) {
      char c = text.charAt(i);
      int cp;
      int len;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(i + 1));
        len = 2;
      } else {
        cp = c;
        len = 1;
      }
      boolean word;
      boolean own = false;
      if (cp < 128) {
        word = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        if (cp >= 'A' && cp <= 'Z') {
          cp += 32;
        }
      } else if (isMark(cp)) {
        // a combining mark belongs to the token before it, whatever that is
        word = tokStart >= 0;
      } else {
        word = Character.isLetterOrDigit(cp);
        own = word && isUnspacedScript(cp);
        cp = Character.toLowerCase(cp);
      }
      if (word && own) {
        if (tokStart >= 0) {
          size = add(st, en, hs, size, tokStart, i, h);
          if (size == st.length) {
            st = Arrays.copyOf(st, size * 2);
            en = Arrays.copyOf(en, size * 2);
            hs = Arrays.copyOf(hs, size * 2);
          }
        }
        tokStart = i;
        h = (Hashing.FNV_OFFSET ^ cp) * Hashing.FNV_PRIME;
        i += len;
        // marks that follow stay with this character
        while (i < n && isMark(Character.codePointAt(text, i))) {
          int m = Character.codePointAt(text, i);
          h = (h ^ m) * Hashing.FNV_PRIME;
          i += Character.charCount(m);
        }
        size = add(st, en, hs, size, tokStart, i, h);
        if (size == st.length) {
          st = Arrays.copyOf(st, size * 2);
          en = Arrays.copyOf(en, size * 2);
          hs = Arrays.copyOf(hs, size * 2);
        }
        tokStart = -1;
        h = Hashing.FNV_OFFSET;
        continue;
      }
      if (word) {
        if (tokStart < 0) {
          tokStart = i;
        }
        h = (h ^ cp) * Hashing.FNV_PRIME;
      } else if (tokStart >= 0) {
        size = add(st, en, hs, size, tokStart, i, h);
        if (size == st.length) {
          st = Arrays.copyOf(st, size * 2);
          en = Arrays.copyOf(en, size * 2);
          hs = Arrays.copyOf(hs, size * 2);
        }
        tokStart = -1;
        h = Hashing.FNV_OFFSET;
      }
      i += len;
    }
    if (tokStart >= 0) {
      size = add(st, en, hs, size, tokStart, n, h);
    }
    return new NormalizedTokens(st, en, hs, size);
  }

  private static int add(int[] st, int[] en, long[] hs, int size, int s, int e, long h) {
    st[size] = s;
    en[size] = e;
    hs[size] = Hashing.mix(h);
    return size + 1;
  }

  private static boolean isMark(int cp) {
    if (cp < 0x300) {
      return false;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** Scripts whose words are not separated by spaces. */
  static boolean isUnspacedScript(int cp) {
    return (cp >= 0x0E00 && cp <= 0x0EFF) // Thai, Lao
        || (cp >= 0x1000 && cp <= 0x109F) // Myanmar
        || (cp >= 0x1780 && cp <= 0x17FF) // Khmer
        || (cp >= 0x2E80 && cp <= 0x9FFF) // CJK radicals, kana, Bopomofo, ideographs
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0x20000 && cp <= 0x3FFFF); // CJK extensions
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Start of token {@code i} in the text. */
  public int start(int i) {
    check(i);
    return starts[i];
  }

  /** End of token {@code i} in the text, exclusive. */
  public int end(int i) {
    check(i);
    return ends[i];
  }

  /** Hash of token {@code i}: equal for equal normalised words. */
  public long hash(int i) {
    check(i);
    return hashes[i];
  }

  /** Hash of the whole token sequence: equal for texts with equal normalised words. */
  public long contentHash() {
    long h = 0x2545f4914f6cdd1dL ^ size;
    for (int i = 0; i < size; i++) {
      h = Hashing.mix(h * 31 + hashes[i]);
    }
    return h;
  }

  /** Whether both texts have the same normalised words. */
  public boolean sameWords(NormalizedTokens o) {
    return size == o.size && Arrays.equals(hashes, 0, size, o.hashes, 0, size);
  }

  long[] hashArray() {
    return hashes;
  }

  private void check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("token index " + i + " outside [0, " + size + ")");
    }
  }
}
