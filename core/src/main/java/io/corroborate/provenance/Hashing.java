package io.corroborate.provenance;

/**
 * The 64-bit mixing steps the provenance hashes share. {@link #mix} is the finaliser of MurmurHash3
 * (public domain, Austin Appleby): a bijection that spreads every input bit over every output bit,
 * so that token hashes built by simple multiply-xor steps become uniform enough for MinHash.
 * Written out here rather than taken from a hashing library because it runs once per token and
 * shingle in the innermost loop, where a library's object-per-call interface would dominate the
 * cost. Stateless and thread-safe.
 */
final class Hashing {

  /** FNV-1a offset basis, the start value of a token hash. */
  static final long FNV_OFFSET = 0xcbf29ce484222325L;

  /** FNV-1a prime, the per-character multiplier of a token hash. */
  static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** MurmurHash3's 64-bit finaliser. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** SplitMix64 step: the {@code i}-th value of the stream started by {@code seed}. */
  static long splitMix(long seed, long i) {
    long z = seed + (i + 1) * 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
