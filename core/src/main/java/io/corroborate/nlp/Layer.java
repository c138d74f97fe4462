package io.corroborate.nlp;

/** CoreNLP layers, each requiring the ones before it. */
public enum Layer {
  /** Tokens and sentences ({@code tokenize, ssplit}). */
  TOKENS("tokenize,ssplit"),
  /** Part-of-speech tags ({@code pos}). */
  POS("pos"),
  /** Lemmas ({@code lemma}). */
  LEMMA("lemma"),
  /** Named entities with normalised numbers and dates ({@code ner}). */
  NER("ner");

  private final String annotators;

  Layer(String annotators) {
    this.annotators = annotators;
  }

  /** The CoreNLP annotators this layer adds. */
  public String annotators() {
    return annotators;
  }
}
