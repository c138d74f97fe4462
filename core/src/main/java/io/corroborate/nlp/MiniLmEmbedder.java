package io.corroborate.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in-process by ONNX Runtime through
 * LangChain4j; the weights ship in the jar. Loaded once per JVM. Thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {

  private static volatile MiniLmEmbedder shared;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private MiniLmEmbedder() {
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  /** The JVM-wide instance, loaded on first use. */
  public static MiniLmEmbedder shared() {
    MiniLmEmbedder m = shared;
    if (m == null) {
      synchronized (MiniLmEmbedder.class) {
        m = shared;
        if (m == null) {
          m = new MiniLmEmbedder();
          shared = m;
        }
      }
    }
    return m;
  }

  @Override
  public float[] embed(String text) {
    return normalise(model.embed(text).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      out.add(normalise(e.vector()));
    }
    return out;
  }

  private static float[] normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
