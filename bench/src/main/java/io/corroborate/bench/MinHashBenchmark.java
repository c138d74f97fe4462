package io.corroborate.bench;

import io.corroborate.provenance.MinHashConfig;
import io.corroborate.provenance.MinHasher;
import io.corroborate.provenance.NormalizedTokens;
import io.corroborate.provenance.Shingles;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmark of one article's MinHash signature (128 values) and of its shingling, on an
 * article of {@code words} words of generated text. Run with {@code corroborate-bench jmh
 * MinHashBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MinHashBenchmark {

  @Param({"400"})
  int words;

  private String text;
  private long[] shingles;
  private MinHasher hasher;

  /** Builds the article. */
  @Setup
  public void setUp() {
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append("w").append(r.nextInt(5000)).append(i % 17 == 16 ? ". " : " ");
    }
    text = sb.toString();
    shingles = Shingles.inOrder(NormalizedTokens.of(text), 5);
    hasher = new MinHasher(MinHashConfig.DEFAULT);
  }

  /** The signature of the article's shingles. */
  @Benchmark
  public int[] signature() {
    return hasher.signature(shingles);
  }

  /** Tokens and shingles of the article. */
  @Benchmark
  public long[] shingling() {
    return Shingles.inOrder(NormalizedTokens.of(text), 5);
  }
}
