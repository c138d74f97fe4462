package io.corroborate.provenance;

import java.util.Arrays;

/**
 * The words of a text for copy detection: runs of letters and digits, lower-cased, punctuation and
 * spacing dropped, each with its span in the text and a 64-bit hash. In scripts written without
 * spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) every character, with its combining marks,
 * is a token of its own, so that such texts still yield shingles. Token hashes are 64-bit FNV-1a of
 * the lower-cased characters; shingles mix them further. Immutable and thread-safe.
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
  public static NormalizedTokens of(String text) {
    int n = text.length();
    if (n == 0) {
      return EMPTY;
    }
    Builder b = new Builder(Math.max(16, n / 5));
    int i = 0;
    int tokStart = -1;
    long h = Hashing.FNV_OFFSET;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128) {
        // ASCII fast path: letters and digits extend the token, anything else ends it
        int lower = c | 0x20;
        if ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9')) {
          if (tokStart < 0) {
            tokStart = i;
          }
          h = (h ^ (c >= 'A' && c <= 'Z' ? lower : c)) * Hashing.FNV_PRIME;
        } else if (tokStart >= 0) {
          b.add(tokStart, i, h);
          tokStart = -1;
          h = Hashing.FNV_OFFSET;
        }
        i++;
        continue;
      }
      if (c >= 0x2000 && c <= 0x206F) {
        // general punctuation (curly quotes, dashes, ellipsis, spaces) ends a token
        if (tokStart >= 0) {
          b.add(tokStart, i, h);
          tokStart = -1;
          h = Hashing.FNV_OFFSET;
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (isMark(cp)) {
        // a combining mark belongs to the token before it, if any
        if (tokStart >= 0) {
          h = (h ^ cp) * Hashing.FNV_PRIME;
        }
        i += len;
        continue;
      }
      boolean word = Character.isLetterOrDigit(cp);
      if (word && isUnspacedScript(cp)) {
        if (tokStart >= 0) {
          b.add(tokStart, i, h);
        }
        int start = i;
        long g = (Hashing.FNV_OFFSET ^ Character.toLowerCase(cp)) * Hashing.FNV_PRIME;
        i += len;
        while (i < n) {
          int m = Character.codePointAt(text, i);
          if (!isMark(m)) {
            break;
          }
          g = (g ^ m) * Hashing.FNV_PRIME;
          i += Character.charCount(m);
        }
        b.add(start, i, g);
        tokStart = -1;
        h = Hashing.FNV_OFFSET;
        continue;
      }
      if (word) {
        if (tokStart < 0) {
          tokStart = i;
        }
        h = (h ^ Character.toLowerCase(cp)) * Hashing.FNV_PRIME;
      } else if (tokStart >= 0) {
        b.add(tokStart, i, h);
        tokStart = -1;
        h = Hashing.FNV_OFFSET;
      }
      i += len;
    }
    if (tokStart >= 0) {
      b.add(tokStart, n, h);
    }
    return new NormalizedTokens(b.st, b.en, b.hs, b.size);
  }

  /** Growable parallel arrays of token starts, ends and hashes. */
  private static final class Builder {
    int[] st;
    int[] en;
    long[] hs;
    int size;

    Builder(int cap) {
      st = new int[cap];
      en = new int[cap];
      hs = new long[cap];
    }

    void add(int s, int e, long h) {
      if (size == st.length) {
        st = Arrays.copyOf(st, size * 2);
        en = Arrays.copyOf(en, size * 2);
        hs = Arrays.copyOf(hs, size * 2);
      }
      st[size] = s;
      en[size] = e;
      hs[size] = h;
      size++;
    }
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
      h = (h ^ hashes[i]) * 0x9e3779b97f4a7c15L;
      h ^= h >>> 29;
    }
    return Hashing.mix(h);
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
