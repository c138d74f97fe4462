package io.corroborate.stories;

import io.corroborate.model.ArticleProfile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * An article's profile in the clusterer's feature space: one sparse vector per channel, ids from
 * the stream's vocabulary, with TF-IDF norms cached per vocabulary state. Not thread-safe.
 */
final class ArticleVector implements Scored {

  final int index;
  final String id;
  private final LocalDate date;
  final SparseVector[] channels;
  final float[] embedding;
  final int[] distinct;
  private final float[] norms = new float[Channel.COUNT];
  private int normsAt = -1;

  private ArticleVector(
      int index,
      ArticleProfile profile,
      SparseVector[] channels,
      float[] embedding,
      int[] distinct) {
    this.index = index;
    this.id = profile.id();
    this.date = profile.date();
    this.channels = channels;
    this.embedding = embedding;
    this.distinct = distinct;
  }

  /** Writes the vector, with its cached norms. */
  void write(java.io.DataOutputStream d) throws java.io.IOException {
    d.writeInt(index);
    Snapshot.writeString(d, id);
    Snapshot.writeDate(d, date);
    for (SparseVector c : channels) {
      Snapshot.writeSparse(d, c);
    }
    Snapshot.writeFloats(d, embedding);
    Snapshot.writeInts(d, distinct, distinct.length);
    Snapshot.writeFloats(d, norms);
    d.writeInt(normsAt);
  }

  /** A vector written by {@link #write}. */
  static ArticleVector read(java.io.DataInputStream d) throws java.io.IOException {
    int index = d.readInt();
    String id = Snapshot.readString(d);
    LocalDate date = Snapshot.readDate(d);
    SparseVector[] ch = new SparseVector[Channel.COUNT];
    for (int c = 0; c < ch.length; c++) {
      ch[c] = Snapshot.readSparse(d);
    }
    float[] embedding = Snapshot.readFloats(d);
    int[] distinct = Snapshot.readInts(d);
    ArticleVector v = new ArticleVector(index, id, date, ch, embedding, distinct);
    float[] norms = Snapshot.readFloats(d);
    if (norms.length != Channel.COUNT) {
      throw new java.io.IOException("corrupt clusterer state: " + norms.length + " norms");
    }
    System.arraycopy(norms, 0, v.norms, 0, norms.length);
    v.normsAt = d.readInt();
    return v;
  }

  private ArticleVector(
      int index,
      String id,
      LocalDate date,
      SparseVector[] channels,
      float[] embedding,
      int[] distinct) {
    this.index = index;
    this.id = id;
    this.date = date;
    this.channels = channels;
    this.embedding = embedding;
    this.distinct = distinct;
  }

  /** The vector of a profile; features new to the vocabulary get ids (not yet counted). */
  static ArticleVector of(int index, ArticleProfile p, Vocabulary vocabulary) {
    Map<String, Float> people = new HashMap<>();
    Map<String, Float> places = new HashMap<>();
    for (Map.Entry<String, Float> e : p.entities().entrySet()) {
      if (e.getKey().startsWith("p:")) {
        people.put(e.getKey(), e.getValue());
      } else if (e.getKey().startsWith("l:")) {
        places.put(e.getKey(), e.getValue());
      }
    }
    Map<String, Float> dates = new HashMap<>();
    for (Map.Entry<String, Float> e : p.dates().entrySet()) {
      dates.put("@" + e.getKey(), e.getValue());
    }
    Map<String, Float> terms = prefixed("t:", p.terms());
    Map<String, Float> lead = prefixed("t:", p.leadTerms());
    SparseVector[] ch = new SparseVector[Channel.COUNT];
    ch[Channel.ENTITIES] = SparseVector.of(p.entities(), vocabulary);
    ch[Channel.PEOPLE] = SparseVector.of(people, vocabulary);
    ch[Channel.PLACES] = SparseVector.of(places, vocabulary);
    ch[Channel.TERMS] = SparseVector.of(terms, vocabulary);
    ch[Channel.LEAD] = SparseVector.of(lead, vocabulary);
    ch[Channel.DATES] = SparseVector.of(dates, vocabulary);
    TreeSet<Integer> all = new TreeSet<>();
    for (int c : new int[] {Channel.ENTITIES, Channel.TERMS, Channel.LEAD, Channel.DATES}) {
      for (int id : ch[c].ids()) {
        all.add(id);
      }
    }
    int[] distinct = all.stream().mapToInt(Integer::intValue).toArray();
    return new ArticleVector(index, p, ch, p.embedding(), distinct);
  }

  private static Map<String, Float> prefixed(String prefix, Map<String, Float> m) {
    Map<String, Float> out = new HashMap<>(m.size() * 2);
    for (Map.Entry<String, Float> e : m.entrySet()) {
      out.put(prefix + e.getKey(), e.getValue());
    }
    return out;
  }

  @Override
  public SparseVector channel(int c) {
    return channels[c];
  }

  @Override
  public float norm(int c, Idf idf) {
    if (!(idf instanceof Vocabulary v)) {
      return channels[c].norm(idf);
    }
    // frequencies drift slowly: refresh the norms when the stream has grown by a hundredth
    if (normsAt < 0 || v.documents() > normsAt + normsAt / 100) {
      for (int i = 0; i < Channel.COUNT; i++) {
        norms[i] = channels[i].norm(v);
      }
      normsAt = v.documents();
    }
    return norms[c];
  }

  @Override
  public float[] embedding() {
    return embedding;
  }

  @Override
  public LocalDate date() {
    return date;
  }
}
