package io.corroborate.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Feature ids and document frequencies that grow with the stream: each article added counts once
 * for every feature it has, and inverse document frequencies are read at the moment of use, so an
 * early article is weighed with what was known then and a late one with more. A prior of {@link
 * StoryConfig#priorDocuments()} documents without the feature keeps weights sensible on tiny
 * corpora (in five reports of one story every shared word would otherwise weigh nothing). Not
 * thread-safe: owned by one clusterer.
 */
final class Vocabulary implements Idf {

  private final Map<String, Integer> ids = new HashMap<>();
  private String[] names = new String[1024];
  private int[] df = new int[1024];
  private float[] logDf = new float[1024];
  private int size;
  private int documents;
  private final double prior;

  Vocabulary(double priorDocuments) {
    this.prior = priorDocuments;
  }

  /** The id of a feature, created when new. */
  int id(String feature) {
    Integer id = ids.get(feature);
    if (id != null) {
      return id;
    }
    if (size == df.length) {
      int n = size * 2;
      df = Arrays.copyOf(df, n);
      logDf = Arrays.copyOf(logDf, n);
      names = Arrays.copyOf(names, n);
    }
    names[size] = feature;
    logDf[size] = (float) Math.log(0.5);
    ids.put(feature, size);
    return size++;
  }

  /** The feature of an id. */
  String name(int id) {
    return names[id];
  }

  /** Counts one more document with the given distinct features. */
  void count(int[] distinct) {
    documents++;
    for (int f : distinct) {
      df[f]++;
      logDf[f] = (float) Math.log(df[f] + 0.5);
    }
  }

  /** Documents counted so far. */
  int documents() {
    return documents;
  }

  /** Document frequency of a feature. */
  int df(int id) {
    return df[id];
  }

  /**
   * {@code log(documents + prior + 1)}: the inverse document frequency is this minus {@link
   * #logDf}.
   */
  float logN() {
    return (float) Math.log(documents + prior + 1);
  }

  /** {@code log(df + 0.5)} of a feature. */
  float logDf(int id) {
    return logDf[id];
  }

  /** The inverse document frequency of a feature now. */
  @Override
  public float idf(int id) {
    return Math.max(0f, logN() - logDf[id]);
  }

  /** Features known. */
  int size() {
    return size;
  }

  /** Writes the features and their document frequencies. */
  void write(java.io.DataOutputStream d) throws java.io.IOException {
    d.writeInt(documents);
    d.writeInt(size);
    for (int i = 0; i < size; i++) {
      Snapshot.writeString(d, names[i]);
      d.writeInt(df[i]);
    }
  }

  /** Reads what {@link #write} wrote into this empty vocabulary. */
  void read(java.io.DataInputStream d) throws java.io.IOException {
    if (size != 0) {
      throw new IllegalStateException("not an empty vocabulary");
    }
    documents = d.readInt();
    int n = Snapshot.length(d);
    for (int i = 0; i < n; i++) {
      int id = id(Snapshot.readString(d));
      if (id != i) {
        throw new java.io.IOException("corrupt clusterer state: a feature repeated");
      }
      df[i] = d.readInt();
      if (df[i] > 0) {
        logDf[i] = (float) Math.log(df[i] + 0.5);
      }
    }
  }
}
